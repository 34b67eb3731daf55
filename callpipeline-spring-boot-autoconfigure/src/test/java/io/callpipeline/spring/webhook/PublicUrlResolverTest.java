package io.callpipeline.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicUrlResolverTest {

    private static MockHttpServletRequest request(String contextPath, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", contextPath + path);
        request.setContextPath(contextPath);
        request.setServerName("10.0.0.7");
        request.setServerPort(8080);
        return request;
    }

    @Test
    void underAContextPathTheCallbackUrlAndTheCheckedUrlBothCarryIt() {
        PublicUrlResolver own = new PublicUrlResolver(null, false);
        MockHttpServletRequest request = request("/crm", "/webhook/voice");
        assertThat(own.resolve(request, "/webhook/handle_recording"))
                .isEqualTo("http://10.0.0.7:8080/crm/webhook/handle_recording");
        assertThat(own.resolve(request)).isEqualTo("http://10.0.0.7:8080/crm/webhook/voice");
    }

    @Test
    void aPublicBaseUrlWithTheContextPathIsNotDoubled() {
        PublicUrlResolver configured = new PublicUrlResolver(URI.create("https://crm.example.com/crm/"), false);
        MockHttpServletRequest request = request("/crm", "/webhook/handle_recording");
        request.setQueryString("a=1");
        assertThat(configured.resolve(request)).isEqualTo("https://crm.example.com/crm/webhook/handle_recording?a=1");
        assertThat(configured.resolve(request, "/webhook/handle_recording"))
                .isEqualTo("https://crm.example.com/crm/webhook/handle_recording");
    }

    @Test
    void withoutAContextPathNothingChanges() {
        PublicUrlResolver configured = new PublicUrlResolver(URI.create("https://crm.example.com"), false);
        assertThat(configured.resolve(request("", "/webhook/handle_recording")))
                .isEqualTo("https://crm.example.com/webhook/handle_recording");
    }

    @Test
    void aForwardedPortThatIsNotOneCountsAsAbsent() {
        PublicUrlResolver trusting = new PublicUrlResolver(null, true);
        for (String port : new String[] {"abc", "99999", "-1", "443x", ""}) {
            MockHttpServletRequest request = request("", "/webhook/handle_recording");
            request.addHeader("X-Forwarded-Proto", "https");
            request.addHeader("X-Forwarded-Host", "crm.example.com");
            request.addHeader("X-Forwarded-Port", port);
            assertThat(trusting.resolve(request)).as(port).isEqualTo("https://crm.example.com/webhook/handle_recording");
        }
        MockHttpServletRequest hostWithPort = request("", "/webhook/handle_recording");
        hostWithPort.addHeader("X-Forwarded-Host", "crm.example.com:x1");
        assertThat(trusting.resolve(hostWithPort)).isEqualTo("http://crm.example.com/webhook/handle_recording");
        MockHttpServletRequest good = request("", "/w");
        good.addHeader("X-Forwarded-Proto", "https");
        good.addHeader("X-Forwarded-Host", "crm.example.com");
        good.addHeader("X-Forwarded-Port", "8443");
        assertThat(trusting.resolve(good)).isEqualTo("https://crm.example.com:8443/w");
    }
}
