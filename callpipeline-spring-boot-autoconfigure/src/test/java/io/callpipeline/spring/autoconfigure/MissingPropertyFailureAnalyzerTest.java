package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.spring.testing.StarterTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A missing credential ends start-up with Spring Boot's short description, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class MissingPropertyFailureAnalyzerTest {

    @Test
    void aMissingCredentialIsDescribedInTwoLines(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(StarterTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:missing-" + UUID.randomUUID(),
                        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                        "callpipeline.twilio.auth-token=test-token");

        assertThatThrownBy(app::run).hasRootCauseInstanceOf(MissingPropertyException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("The property callpipeline.openai.api-key is not set")
                .contains("Set callpipeline.openai.api-key (for example as the environment variable CALLPIPELINE_OPENAI_API_KEY)")
                .doesNotContain("\tat org.springframework.beans");
    }
}
