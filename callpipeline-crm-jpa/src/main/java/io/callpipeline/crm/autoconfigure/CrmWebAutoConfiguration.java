package io.callpipeline.crm.autoconfigure;

import io.callpipeline.core.archive.ArchiveFirstMediaStreamer;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.core.owner.MappedCallRouter;
import io.callpipeline.core.recording.MediaStreamer;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.Responder;
import io.callpipeline.crm.access.AuthorityCallAccess;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.access.CallAccessReport;
import io.callpipeline.crm.access.OpenCallAccess;
import io.callpipeline.crm.access.UnprotectedCallsApiException;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallReanswer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.crm.followup.AgentTasks;
import io.callpipeline.crm.followup.CustomerStory;
import io.callpipeline.crm.followup.FieldConfirmation;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.privacy.Erasure;
import io.callpipeline.crm.web.CallAudioController;
import io.callpipeline.crm.web.CallFieldsController;
import io.callpipeline.crm.web.CallTasksController;
import io.callpipeline.crm.web.CustomerStoryController;
import io.callpipeline.crm.web.CallReanswerController;
import io.callpipeline.crm.web.CallRetryController;
import io.callpipeline.crm.web.CallViews;
import io.callpipeline.crm.web.CallsApiController;
import io.callpipeline.crm.web.CallsExportController;
import io.callpipeline.crm.web.CrmApiErrors;
import io.callpipeline.crm.web.OwnJsonConverter;
import io.callpipeline.crm.web.PagingResolver;
import io.callpipeline.crm.web.PrivacyController;
import io.callpipeline.crm.web.UnavailableMediaStreamer;
import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineProcessingAutoConfiguration;
import io.callpipeline.spring.processing.FailedCallRetry;
import io.callpipeline.spring.routing.OwnerRouting;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The calls API, the audio endpoint and their error answers, in a servlet app with the CRM's data,
 * behind one access rule ({@link CallAccess}): the host's bean, else every call when the host opened
 * the API on purpose, else Spring Security's authorities; with neither the app refuses to start.
 * The tab itself is a static script ({@code /callpipeline/calls-tab.js}) served from the jar.
 */
@AutoConfiguration(after = {CrmJpaAutoConfiguration.class, CallPipelineAutoConfiguration.class,
        CallPipelineProcessingAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(CallHistory.class)
public final class CrmWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CallViews callViews(CrmProperties properties, PhoneNumbers phones,
            ObjectProvider<io.callpipeline.crm.reply.Replies> replies) {
        return new CallViews(properties.timeZone(), properties.apiPath(), phones,
                () -> replies.getIfAvailable() != null);
    }

    /** Every call to anyone, when the host said so. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "callpipeline.crm.api", name = "open", havingValue = "true")
    static final class OpenAccess {

        @Bean
        @ConditionalOnMissingBean
        CallAccess callPipelineCallAccess() {
            return new OpenCallAccess();
        }
    }

    /** The logged-in user's authorities, with Spring Security, unless the host opened the API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    @ConditionalOnProperty(prefix = "callpipeline.crm.api", name = "open", havingValue = "false", matchIfMissing = true)
    static final class SecurityAccess {

        @Bean
        @ConditionalOnMissingBean
        CallAccess callPipelineCallAccess() {
            return new AuthorityCallAccess();
        }
    }

    /** Neither: the app does not start, rather than serve calls to anyone. */
    @Bean
    @ConditionalOnMissingBean
    CallAccess callPipelineUnprotectedCallAccess(CrmProperties properties) {
        throw new UnprotectedCallsApiException(properties.apiPath());
    }

    @Bean
    @ConditionalOnMissingBean
    CallAccessReport callPipelineCallAccessReport(CallAccess access, CrmProperties properties,
            ObjectProvider<CallRouter> router, ObjectProvider<OwnerRouting> routing) {
        boolean noRule = router.getIfAvailable() instanceof MappedCallRouter mapped && mapped.isEmpty();
        boolean noDefault = routing.getIfAvailable() == null || routing.getIfAvailable().fallback().unrouted();
        return new CallAccessReport(access, properties.apiPath(), noRule && noDefault);
    }

    @Bean
    @ConditionalOnMissingBean
    CallsApiController callsApiController(CallHistory calls, CallViews views, CustomerDirectory customers,
            CallAccess access, AccessLog accessLog) {
        return new CallsApiController(calls, views, customers, access, accessLog);
    }

    @Bean
    @ConditionalOnMissingBean
    CallsExportController callPipelineCallsExportController(CallHistory calls, CallViews views,
            CustomerDirectory customers, CallAccess access, AccessLog accessLog) {
        return new CallsExportController(calls, views, customers, access, accessLog);
    }

    /** The agent accepts, edits or rejects what the model extracted. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FieldConfirmation.class)
    CallFieldsController callPipelineCallFieldsController(CallHistory calls, CallViews views,
            FieldConfirmation confirmation, CallAccess access, AccessLog accessLog, AccessActor actor) {
        return new CallFieldsController(calls, views, confirmation, access, accessLog, actor);
    }

    /** The agent's tasks: the "today" list and marking one done. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AgentTasks.class)
    CallTasksController callPipelineCallTasksController(AgentTasks tasks, CallHistory calls, CallViews views,
            CallAccess access, AccessLog accessLog, AccessActor actor, ObjectProvider<Clock> clock) {
        return new CallTasksController(tasks, calls, views, access, accessLog, actor,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** A customer's calls at a glance. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CustomerStory.class)
    CustomerStoryController callPipelineCustomerStoryController(CustomerStory stories, CallAccess access,
            AccessLog accessLog) {
        return new CustomerStoryController(stories, access, accessLog);
    }

    /** Another run for a failed call: only with background processing. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FailedCallRetry.class)
    CallRetryController callPipelineCallRetryController(CallHistory calls, CallViews views, FailedCallRetry retries,
            CallAccess access, AccessLog accessLog) {
        return new CallRetryController(calls, views, retries, access, accessLog);
    }

    @Bean
    @ConditionalOnMissingBean
    PrivacyController callPipelinePrivacyController(CallAccess access, AccessLog accessLog, Erasure erasure,
            CustomerDirectory customers, CrmProperties properties) {
        return new PrivacyController(access, accessLog, erasure, customers, properties.timeZone());
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

    /** Another answer for a completed call: only with a responder. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CallReanswer.class)
    CallReanswerController callPipelineCallReanswerController(CallViews views, CallReanswer reanswers,
            CallAccess access, AccessLog accessLog) {
        return new CallReanswerController(views, reanswers, access, accessLog);
    }

    @Bean
    @ConditionalOnMissingBean
    CallAudioController callAudioController(CallHistory calls, CallAccess access,
            ObjectProvider<MediaStreamer> streamers, RecordingSource source, CrmProperties properties,
            AccessLog accessLog, ObjectProvider<AudioArchive> archive) {
        // a host's own MediaStreamer first; else the recording source (Twilio's streams); else a clear 501;
        // our archived (redacted) copy before any of them
        MediaStreamer provider = streamers.orderedStream()
                .filter(streamer -> streamer != source && !(streamer instanceof AudioArchive)).findFirst()
                .orElseGet(() -> source instanceof MediaStreamer streamer ? streamer : new UnavailableMediaStreamer(source));
        MediaStreamer media = archive.getIfAvailable() == null ? provider
                : new ArchiveFirstMediaStreamer(archive.getIfAvailable(), provider);
        return new CallAudioController(calls, access, media, properties.timeZone(), properties.audio().maxStreams(),
                accessLog);
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

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PagingResolver()); // our own type only: the host's handlers never see it
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CrmApiErrors crmApiErrors() {
        return new CrmApiErrors();
    }
}
