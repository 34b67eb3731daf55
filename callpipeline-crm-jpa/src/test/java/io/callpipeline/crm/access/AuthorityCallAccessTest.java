package io.callpipeline.crm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AuthorityCallAccessTest {

    private final AuthorityCallAccess access = new AuthorityCallAccess();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logIn(String... authorities) {
        TestingAuthenticationToken user = new TestingAuthenticationToken("dana", "", authorities);
        user.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(user);
    }

    @Test
    void nobodyLoggedInSeesNothing() {
        assertThat(access.currentScope()).isEqualTo(AccessScope.NONE);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(access.currentScope()).isEqualTo(AccessScope.NONE);
    }

    @Test
    void aUserSeesTheAgenciesTheirAuthoritiesOrRolesName() {
        logIn("ROLE_USER", "callpipeline:agency:tlv", "ROLE_callpipeline:agency:haifa");
        assertThat(access.currentScope()).isEqualTo(AccessScope.agencies(Set.of("tlv", "haifa")));
        assertThat(access.currentScope().sees("tlv")).isTrue();
        assertThat(access.currentScope().sees("jerusalem")).isFalse();
    }

    @Test
    void anAgentAuthorityGivesThatAgentsCalls() {
        logIn(AuthorityCallAccess.agent("tlv", "dana"), "callpipeline:agent:tlv", "callpipeline:agent:tlv:da na");
        AccessScope scope = access.currentScope();
        assertThat(scope.agents()).containsExactly(new io.callpipeline.core.owner.CallOwner("tlv", "dana"));
        assertThat(scope.agencies()).isEmpty();
        assertThat(scope.sees("tlv")).as("the agency's customers").isTrue();
        assertThat(scope.sees("haifa")).isFalse();
        assertThat(scope.homeAgency()).isEqualTo("tlv");
    }

    @Test
    void anAdminSeesEverythingAndOtherAuthoritiesGiveNothing() {
        logIn("callpipeline:admin");
        assertThat(access.currentScope()).isEqualTo(AccessScope.ALL);
        logIn("ROLE_ADMIN", "callpipeline:agency:", "callpipeline:agency:(unrouted)", "callpipeline:agency:a b");
        assertThat(access.currentScope()).as("no valid agency id among them").isEqualTo(AccessScope.NONE);
    }

    @Test
    void theUnroutedAgencyIsNeverAScopesAgency() {
        assertThatThrownBy(() -> AccessScope.agencies(List.of("(unrouted)"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccessScope.ALL.sees("(unrouted)")).isTrue();
        assertThat(AccessScope.agencies(List.of("tlv")).homeAgency()).isEqualTo("tlv");
        assertThat(AccessScope.agencies(List.of("tlv", "haifa")).homeAgency()).isNull();
        assertThat(AccessScope.ALL.homeAgency()).isNull();
    }
}
