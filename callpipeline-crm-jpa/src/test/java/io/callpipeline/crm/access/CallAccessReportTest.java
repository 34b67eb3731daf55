package io.callpipeline.crm.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CallAccessReportTest {

    @Test
    void theStartUpSaysWhoReadsTheCallsAndWhyATabMayStayEmpty(CapturedOutput output) {
        new CallAccessReport(new AuthorityCallAccess(), "/callpipeline/api", false).afterSingletonsInstantiated();
        assertThat(output.getAll()).contains("access by Spring Security authorities").doesNotContain("unrouted");

        new CallAccessReport(new AuthorityCallAccess(), "/callpipeline/api", true).afterSingletonsInstantiated();
        assertThat(output.getAll()).contains("every call stays unrouted")
                .contains("callpipeline.routing.default-agency").contains("callpipeline:agency:{id}");

        new CallAccessReport(new OpenCallAccess(), "/callpipeline/api", true).afterSingletonsInstantiated();
        assertThat(output.getAll()).contains("WARN").contains("open to anyone who reaches it");
    }
}
