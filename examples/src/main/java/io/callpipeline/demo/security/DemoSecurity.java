package io.callpipeline.demo.security;

import io.callpipeline.crm.access.AuthorityCallAccess;
import io.callpipeline.demo.DemoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything behind a login. Twilio's webhooks need nothing here: the starter adds its own filter
 * chain for their two paths, where Twilio's signature is the authentication. The sandbox's simulate
 * endpoint also takes HTTP basic, so it can be called with {@code curl}. Each user sees one agency's
 * calls, or all of them as admin (see {@link DemoProperties#users()}).
 */
@Configuration(proxyBeanMethods = false)
public class DemoSecurity {

    @Bean
    SecurityFilterChain demoSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/demo.css", "/callpipeline/calls-tab.js", "/actuator/health",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/customers", true).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/sandbox/calls"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One login per configured user, each with the authority that gives it its agency's calls
     * ({@code callpipeline:agency:tlv}) or all of them ({@code callpipeline:admin}).
     *
     * @throws IllegalStateException in real mode with the documented password: that app is on the internet
     */
    @Bean
    UserDetailsService demoUsers(DemoProperties demo, PasswordEncoder encoder) {
        if (!demo.sandbox().enabled() && DemoProperties.DEFAULT_PASSWORD.equals(demo.password())) {
            throw new IllegalStateException("The demo runs with real Twilio credentials, so it must be reachable from"
                    + " the internet, and its password is still the documented one: set demo.password (or the"
                    + " environment variable DEMO_PASSWORD) to one of your own");
        }
        String password = encoder.encode(demo.password());
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        demo.users().forEach((name, agency) -> users.createUser(User.withUsername(name).password(password)
                .authorities(DemoProperties.ADMIN.equals(agency) ? AuthorityCallAccess.ADMIN
                        : AuthorityCallAccess.agency(agency))
                .build()));
        return users;
    }
}
