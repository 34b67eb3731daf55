package io.callpipeline.crm.testing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records what a browser's player asked of the audio endpoint ({@code Range}) and what it got (the
 * status), so a browser test can prove the player seeks with 206 answers. Add it to the test's classes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AudioAnswers {

    /** One request to the audio endpoint. */
    public record Answer(String range, int status) {
    }

    public static final List<Answer> SEEN = new CopyOnWriteArrayList<>();

    /** Whether the player asked for a byte range and got 206. */
    public static boolean playerGotAPartialAnswer() {
        return SEEN.stream().anyMatch(answer -> answer.range() != null && answer.status() == 206);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> audioAnswersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(request, response);
                        if (request.getRequestURI().endsWith("/audio")) {
                            SEEN.add(new Answer(request.getHeader("Range"), response.getStatus()));
                        }
                    }
                });
        registration.addUrlPatterns("/callpipeline/api/calls/*");
        return registration;
    }
}
