package io.callpipeline.core.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappedCallRouterTest {

    private static final String TLV_ACCOUNT = "AC" + "1".repeat(32);
    private static final String HAIFA_ACCOUNT = "AC" + "2".repeat(32);
    private static final CallOwner TLV = CallOwner.agency("tlv");
    private static final CallOwner HAIFA = CallOwner.agency("haifa");
    private static final CallOwner DANA = new CallOwner("tlv", "dana");

    private final MappedCallRouter router = MappedCallRouter.builder()
            .numbers(List.of("+972-3-555-0000"), TLV)
            .number("+97245550000", HAIFA)
            .number("+972541110000", DANA)
            .account(TLV_ACCOUNT, TLV)
            .account(HAIFA_ACCOUNT, HAIFA)
            .build();

    @Test
    void theNumberCalledDecidesHoweverItIsWritten() {
        assertThat(router.route(new RoutingFacts(null, "+97235550000"))).contains(TLV);
        assertThat(router.route(new RoutingFacts(null, "+972 4 555 0000"))).contains(HAIFA);
    }

    @Test
    void theNumberWinsOverTheAccount() {
        assertThat(router.route(new RoutingFacts(TLV_ACCOUNT, "+97245550000"))).contains(HAIFA);
        assertThat(router.route(new RoutingFacts(TLV_ACCOUNT, "+972541110000"))).contains(DANA);
    }

    @Test
    void theAgentOurDialForwardedToNamesTheAgentWithinTheAgency() {
        assertThat(router.route(new RoutingFacts(null, "+97235550000", "+972-54-111-0000"))).contains(DANA);
        assertThat(router.route(new RoutingFacts(TLV_ACCOUNT, null, "+972541110000"))).contains(DANA);
        assertThat(router.route(new RoutingFacts(null, "+97245550000", "+972541110000")))
                .as("an agent of another agency never moves the call").contains(HAIFA);
        assertThat(router.route(new RoutingFacts(null, "+97235550000", "+97245550000")))
                .as("a dialled number that is an agency's, not an agent's").contains(TLV);
    }

    @Test
    void theAccountDecidesWhenNoNumberIsKnownYet() {
        assertThat(router.route(RoutingFacts.account(HAIFA_ACCOUNT))).contains(HAIFA);
    }

    @Test
    void nothingKnownRoutesNowhere() {
        assertThat(router.route(new RoutingFacts("AC" + "9".repeat(32), "+97299999999"))).isEmpty();
        assertThat(router.route(new RoutingFacts(null, null))).isEmpty();
        assertThat(router.route(null)).isEmpty();
    }

    @Test
    void blankEntriesOfAListAreSkipped() {
        MappedCallRouter router = MappedCallRouter.builder().numbers(java.util.Arrays.asList("+97235550000", "", " ", null),
                TLV).accounts(List.of(""), HAIFA).build();
        assertThat(router.route(new RoutingFacts(null, "+97235550000"))).contains(TLV);
        assertThat(router.isEmpty()).isFalse();
    }

    @Test
    void oneNumberForTwoOwnersIsRefused() {
        assertThatThrownBy(() -> MappedCallRouter.builder().number("+97235550000", TLV).number("03-555-0000x", TLV)
                .number("+972-3-555-0000", HAIFA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tlv").hasMessageContaining("haifa");
        assertThatThrownBy(() -> MappedCallRouter.builder().number("abc", TLV))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ownerIdsArePlainAndTheUnroutedAgencyCannotBeWritten() {
        assertThat(CallOwner.isValidId("tel-aviv_2")).isTrue();
        assertThat(CallOwner.isValidId("(unrouted)")).isFalse();
        assertThat(CallOwner.isValidId("")).isFalse();
        assertThat(CallOwner.isValidId("a".repeat(65))).isFalse();
        assertThatThrownBy(() -> CallOwner.agency("tlv/dana")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallOwner(CallOwner.UNROUTED_AGENCY, "dana"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CallOwner.UNROUTED.unrouted()).isTrue();
        assertThat(DANA).hasToString("tlv/dana");
    }
}
