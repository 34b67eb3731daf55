package io.callpipeline.crm.autoconfigure;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.crm.web.CallAudioController;
import io.callpipeline.crm.web.CallViews;
import io.callpipeline.crm.web.CallsApiController;
import io.callpipeline.crm.web.CrmApiErrors;
import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The calls API, the audio endpoint and their error answers, in a servlet app with the CRM's data.
 * The tab itself is a static script ({@code /callpipeline/calls-tab.js}) served from the jar.
 */
@AutoConfiguration(after = {CrmJpaAutoConfiguration.class, CallPipelineAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(CallHistory.class)
public final class CrmWebAutoConfiguration {

    /** The Twilio source streams; a host's own source that cannot gets a clear 501 instead of a player error. */
    @Bean
    @ConditionalOnMissingBean
    MediaStreamer callPipelineMediaStreamer(RecordingSource source) {
        if (source instanceof MediaStreamer streamer) {
            return streamer;
        }
        return request -> {
            throw new PermanentProcessingException("audio_unavailable", "The configured RecordingSource ("
                    + source.getClass().getSimpleName() + ") cannot stream audio; define a MediaStreamer bean");
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CallViews callViews(CrmProperties properties, PhoneNumbers phones) {
        return new CallViews(properties.timeZone(), properties.apiPath(), phones);
    }

    @Bean
    @ConditionalOnMissingBean
    CallsApiController callsApiController(CallHistory calls, CallViews views) {
        return new CallsApiController(calls, views);
    }

    @Bean
    @ConditionalOnMissingBean
    CallAudioController callAudioController(CallHistory calls, MediaStreamer media) {
        return new CallAudioController(calls, media);
    }

    @Bean
    @ConditionalOnMissingBean
    CrmApiErrors crmApiErrors() {
        return new CrmApiErrors();
    }
}
