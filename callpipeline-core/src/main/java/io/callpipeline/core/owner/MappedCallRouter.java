package io.callpipeline.core.owner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default {@link CallRouter}: our numbers and Twilio accounts, each mapped to an owner. The
 * number decides first (an agency's number is the most specific fact), then the account; an agent's
 * own number that our {@code <Dial>} forwarded the call to then names the agent within that agency
 * (never moves the call to another agency); numbers are compared by their digits, so {@code +972-3-555-0000} in a
 * property matches Twilio's {@code +97235550000}.
 */
public final class MappedCallRouter implements CallRouter {

    private final Map<String, CallOwner> numbers;
    private final Map<String, CallOwner> accounts;

    private MappedCallRouter(Map<String, CallOwner> numbers, Map<String, CallOwner> accounts) {
        this.numbers = Map.copyOf(numbers);
        this.accounts = Map.copyOf(accounts);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<CallOwner> route(RoutingFacts facts) {
        if (facts == null) {
            return Optional.empty();
        }
        CallOwner owner = numbers.get(digits(facts.ourNumber()));
        if (owner == null && facts.accountSid() != null) {
            owner = accounts.get(facts.accountSid());
        }
        CallOwner dialed = numbers.get(digits(facts.dialedNumber()));
        if (dialed != null && dialed.agent() != null && (owner == null || owner.agency().equals(dialed.agency()))) {
            return Optional.of(dialed);
        }
        return Optional.ofNullable(owner);
    }

    /** Whether any number or account is mapped. */
    public boolean isEmpty() {
        return numbers.isEmpty() && accounts.isEmpty();
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("\\D", "");
    }

    /** Collects the mappings; a number or account given to two owners is refused. */
    public static final class Builder {

        private final Map<String, CallOwner> numbers = new HashMap<>();
        private final Map<String, CallOwner> accounts = new HashMap<>();

        private Builder() {
        }

        /** @throws IllegalArgumentException for a number without digits or one already mapped elsewhere */
        public Builder number(String number, CallOwner owner) {
            Objects.requireNonNull(owner, "owner");
            String digits = digits(number);
            if (digits.length() < 3) {
                throw new IllegalArgumentException("'" + number + "' is not a phone number");
            }
            put(numbers, digits, owner, "The number " + number);
            return this;
        }

        /** Several numbers; blank entries (an unset environment variable in a list) are skipped. */
        public Builder numbers(Collection<String> numbers, CallOwner owner) {
            numbers.stream().filter(number -> number != null && !number.isBlank()).forEach(number -> number(number, owner));
            return this;
        }

        /** @throws IllegalArgumentException for an account already mapped elsewhere */
        public Builder account(String accountSid, CallOwner owner) {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(accountSid, "accountSid");
            put(accounts, accountSid.strip(), owner, "The account " + accountSid);
            return this;
        }

        /** Several accounts; blank entries are skipped. */
        public Builder accounts(Collection<String> accountSids, CallOwner owner) {
            accountSids.stream().filter(account -> account != null && !account.isBlank())
                    .forEach(account -> account(account, owner));
            return this;
        }

        private static void put(Map<String, CallOwner> map, String key, CallOwner owner, String what) {
            CallOwner earlier = map.putIfAbsent(key, owner);
            if (earlier != null && !earlier.equals(owner)) {
                throw new IllegalArgumentException(what + " is given to both " + earlier + " and " + owner);
            }
        }

        public MappedCallRouter build() {
            return new MappedCallRouter(numbers, accounts);
        }
    }
}
