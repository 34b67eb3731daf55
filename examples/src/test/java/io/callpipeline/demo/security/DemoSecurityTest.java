package io.callpipeline.demo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.crm.access.AuthorityCallAccess;
import io.callpipeline.demo.DemoProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class DemoSecurityTest {

    private static DemoProperties demo(String password, boolean sandbox) {
        return new DemoProperties(password, Map.of("agent", "tlv", "agent2", "haifa", "admin", "admin"),
                new DemoProperties.Twilio(null), new DemoProperties.Sandbox(sandbox, 0));
    }

    @Test
    void realModeRefusesTheDocumentedPassword() {
        assertThatThrownBy(() -> new DemoSecurity().demoUsers(demo(DemoProperties.DEFAULT_PASSWORD, false),
                PasswordEncoderFactories.createDelegatingPasswordEncoder()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo.password");
    }

    @Test
    void eachUserGetsTheirAgencyOrEveryAgency() {
        UserDetailsService users = new DemoSecurity().demoUsers(demo("a-password-of-our-own", false),
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
        assertThat(users.loadUserByUsername("agent").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(AuthorityCallAccess.agency("tlv"));
        assertThat(users.loadUserByUsername("agent2").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(AuthorityCallAccess.agency("haifa"));
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(AuthorityCallAccess.ADMIN);
        assertThat(new DemoSecurity().demoUsers(demo(DemoProperties.DEFAULT_PASSWORD, true),
                PasswordEncoderFactories.createDelegatingPasswordEncoder())).as("the sandbox keeps it").isNotNull();
    }
}
