package io.callpipeline.demo.security;

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
 * endpoint also takes HTTP basic, so it can be called with {@code curl}.
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

    @Bean
    UserDetailsService demoUsers(DemoProperties demo, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(demo.user())
                .password(encoder.encode(demo.password())).roles("AGENT").build());
    }
}
