package com.example.hostcrm;

import static org.springframework.security.config.Customizer.withDefaults;

import io.callpipeline.crm.access.AuthorityCallAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The host's security: every page behind a form login, CSRF on; one agent per agency, each granted
 * the authority that gives them their agency's calls ({@code callpipeline:agency:…}), and a privacy
 * officer who may erase calls and read the access log ({@code callpipeline:admin}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(withDefaults())
                .build();
    }

    @Bean
    UserDetailsService hostUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("agent").password("{noop}host-crm-demo").authorities(AuthorityCallAccess.agency("tlv"))
                        .build(),
                User.withUsername("agent2").password("{noop}host-crm-demo")
                        .authorities(AuthorityCallAccess.agency("haifa")).build(),
                // the privacy officer: erases on request and reads the access log (callpipeline:admin);
                // the host's own pages show them agency "tlv"'s customers
                User.withUsername("officer").password("{noop}host-crm-demo")
                        .authorities(AuthorityCallAccess.ADMIN, AuthorityCallAccess.agency("tlv")).build());
    }

    /** The agency of the logged-in agent, as the host's own pages filter its customers by it. */
    static String agencyOf(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith(AuthorityCallAccess.AGENCY_PREFIX))
                .map(a -> a.substring(AuthorityCallAccess.AGENCY_PREFIX.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("A user without an agency"));
    }
}
