package io.callpipeline.crm.autoconfigure;

import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.Responder;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallReanswer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.crm.web.CallAudioController;
import io.callpipeline.crm.web.CallViews;
import io.callpipeline.crm.web.CallsApiController;
import io.callpipeline.crm.web.CrmApiErrors;
import io.callpipeline.crm.web.OwnJsonConverter;
import io.callpipeline.crm.web.UnavailableMediaStreamer;
import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import io.callpipeline.spring.processing.FailedCallRetry;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The calls API, the audio endpoint and their error answers, in a servlet app with the CRM's data.
 * The tab itself is a static script ({@code /callpipeline/calls-tab.js}) served from the jar.
 */
@AutoConfiguration(after = {CrmJpaAutoConfiguration.class, CallPipelineAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(CallHistory.class)
public final class CrmWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CallViews callViews(CrmProperties properties, PhoneNumbers phones) {
        return new CallViews(properties.timeZone(), properties.apiPath(), phones);
    }

    @Bean
    @ConditionalOnMissingBean
    CallsApiController callsApiController(CallHistory calls, CallViews views,
            ObjectProvider<FailedCallRetry> retries, CustomerDirectory customers,
            ObjectProvider<CallReanswer> reanswers) {
        return new CallsApiController(calls, views, retries.getIfAvailable(), customers, reanswers.getIfAvailable());
    }

    /** Answers a completed call again from its stored transcript, with the app's responder. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Responder.class)
    CallReanswer callPipelineCallReanswer(EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, Responder responder, ObjectProvider<Clock> clock) {
        return new CallReanswer(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), responder, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    CallAudioController callAudioController(CallHistory calls, ObjectProvider<MediaStreamer> streamers,
            RecordingSource source, CrmProperties properties) {
        // a host's own MediaStreamer first; else the recording source (Twilio's streams); else a clear 501
        MediaStreamer media = streamers.orderedStream().filter(streamer -> streamer != source).findFirst()
                .orElseGet(() -> source instanceof MediaStreamer streamer ? streamer : new UnavailableMediaStreamer(source));
        return new CallAudioController(calls, media, properties.timeZone());
    }

    /** Our API's JSON, whatever the host's Jackson settings are. */
    @Bean
    @ConditionalOnMissingBean(name = "callPipelineJson")
    WebMvcConfigurer callPipelineJson() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.add(0, new OwnJsonConverter());
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CrmApiErrors crmApiErrors() {
        return new CrmApiErrors();
    }
}
