package io.callpipeline.demo.security;

import io.callpipeline.demo.DemoProperties;
import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
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
 * Everything behind a login except Twilio's webhooks, which have no session or CSRF token: they
 * are protected by Twilio's signature instead (checked by the starter). The sandbox's simulate
 * endpoint also takes HTTP basic, so it can be called with {@code curl}.
 */
@Configuration(proxyBeanMethods = false)
public class DemoSecurity {

    @Bean
    SecurityFilterChain demoSecurityFilterChain(HttpSecurity http, CallPipelineProperties pipeline) throws Exception {
        String[] webhooks = {pipeline.webhook().path(), pipeline.voice().path()};
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(webhooks).permitAll()
                        .requestMatchers("/login", "/demo.css", "/callpipeline/calls-tab.js", "/actuator/health",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/customers", true).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(webhooks[0], webhooks[1], "/sandbox/calls"));
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
