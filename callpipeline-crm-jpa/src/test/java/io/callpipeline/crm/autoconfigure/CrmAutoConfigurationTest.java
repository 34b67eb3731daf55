package io.callpipeline.crm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.AuthorityCallAccess;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.access.OpenCallAccess;
import io.callpipeline.crm.access.UnprotectedCallsApiException;
import io.callpipeline.crm.access.UnprotectedCallsApiFailureAnalyzer;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.JpaTranscriptStore;
import io.callpipeline.crm.customer.CallerMatcher;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.PhoneNumberCallerMatcher;
import io.callpipeline.crm.persistence.CrmSchema;
import io.callpipeline.crm.web.CallAudioController;
import io.callpipeline.crm.web.CallsApiController;
import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineOpenAiAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineProcessingAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineStoreAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallRoutingAutoConfiguration;
import io.callpipeline.spring.store.JdbcTranscriptStore;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class CrmAutoConfigurationTest {

    private static final AutoConfigurations ALL = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
            TransactionAutoConfiguration.class, CrmJpaAutoConfiguration.class, CrmWebAutoConfiguration.class,
            CallPipelineStoreAutoConfiguration.class, CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
            CallPipelineProcessingAutoConfiguration.class, CallRoutingAutoConfiguration.class);

    private static final String[] PROPERTIES = {
        "spring.datasource.url=jdbc:h2:mem:crm-autoconfig-${random.uuid};DB_CLOSE_DELAY=-1",
        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "callpipeline.twilio.auth-token=test-token",
        "callpipeline.openai.api-key=sk-test",
    };

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(ALL).withPropertyValues(PROPERTIES);

    @Test
    void theCrmStoreReplacesTheStartersJsonStore() {
        app.run(context -> {
            assertThat(context).hasSingleBean(TranscriptStore.class);
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(JpaTranscriptStore.class);
            assertThat(context).doesNotHaveBean(JdbcTranscriptStore.class)
                    .hasSingleBean(CrmSchema.class).hasSingleBean(CustomerDirectory.class)
                    .hasSingleBean(CallHistory.class)
                    .hasSingleBean(io.callpipeline.crm.followup.JpaCallerHistory.class)
                    .hasSingleBean(io.callpipeline.crm.followup.FieldConfirmation.class);
            assertThat(context.getBean(CallerMatcher.class)).isInstanceOf(PhoneNumberCallerMatcher.class);
            assertThat(context).as("no web application, no API").doesNotHaveBean(CallsApiController.class);
        });
    }

    @Test
    void switchedOffTheStarterKeepsItsOwnStore() {
        app.withPropertyValues("callpipeline.crm.enabled=false").run(context -> {
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(JdbcTranscriptStore.class);
            assertThat(context).doesNotHaveBean(CustomerDirectory.class);
        });
    }

    @Test
    void withoutJpaInTheHostThereIsNoCrm() {
        new ApplicationContextRunner().withPropertyValues(PROPERTIES).withConfiguration(AutoConfigurations.of(
                DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                CrmJpaAutoConfiguration.class, CallPipelineStoreAutoConfiguration.class,
                CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallRoutingAutoConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(CustomerDirectory.class);
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(JdbcTranscriptStore.class);
        });
    }

    @Test
    void hostsOwnStoreAndMatcherAreUsed() {
        app.withUserConfiguration(HostBeans.class).run(context -> {
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(InMemoryTranscriptStore.class);
            assertThat(context.getBean(CallerMatcher.class)).isSameAs(context.getBean("hostMatcher"));
        });
    }

    @Test
    void hostThatManagesTheSchemaGetsNoMigration() {
        app.withPropertyValues("callpipeline.crm.migrate-schema=false", "spring.jpa.hibernate.ddl-auto=none")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CrmSchema.class));
    }

    @Test
    void hibernatesSchemaToolLeavesOurTablesAlone() {
        app.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop").run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
                    + " where index_name = 'CALLPIPELINE_CALL_LOG_CUSTOMER_IDX'", Integer.class))
                    .as("the index only our migration makes is still there: Hibernate did not recreate the table")
                    .isEqualTo(1);
            Object filter = context.getBean(EntityManagerFactory.class).getProperties()
                    .get("hibernate.hbm2ddl.schema_filter_provider");
            assertThat(filter).isEqualTo(io.callpipeline.crm.persistence.CallPipelineTablesFilter.class.getName());
        });
    }

    @Test
    void inAWebAppTheApiIsThere() {
        new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(PROPERTIES).run(context -> {
            assertThat(context).hasSingleBean(CallsApiController.class).hasSingleBean(CallAudioController.class);
            assertThat(context.getBean(CallAccess.class)).as("Spring Security is on the class path")
                    .isInstanceOf(AuthorityCallAccess.class);
        });
    }

    @Test
    void withoutSpringSecurityTheAppRefusesToServeCallsToAnyone() {
        new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(PROPERTIES)
                .withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    while (failure != null && !(failure instanceof UnprotectedCallsApiException)) {
                        failure = failure.getCause();
                    }
                    assertThat(failure).isInstanceOf(UnprotectedCallsApiException.class);
                    FailureAnalysis analysis = new UnprotectedCallsApiFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getAction()).contains("callpipeline.crm.api.open=true")
                            .contains("spring-boot-starter-security").contains("callpipeline:agency:{id}");
                });
    }

    @Test
    void theFailureAnalyzerIsRegisteredWithSpringBoot() throws Exception {
        StringBuilder factories = new StringBuilder();
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            try (var in = resources.nextElement().openStream()) {
                factories.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(factories).contains(UnprotectedCallsApiFailureAnalyzer.class.getName());
    }

    @Test
    void withoutSpringSecurityTheHostMayOpenTheApiOnPurpose() {
        new WebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues(PROPERTIES).withPropertyValues("callpipeline.crm.api.open=true")
                .withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CallsApiController.class);
                    assertThat(context.getBean(CallAccess.class)).isInstanceOf(OpenCallAccess.class);
                    assertThat(context.getBean(CallAccess.class).currentScope()).isEqualTo(AccessScope.ALL);
                });
    }

    @Test
    void anOpenApiStaysOpenWithSpringSecurityToo() {
        new WebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues(PROPERTIES).withPropertyValues("callpipeline.crm.api.open=true").run(context -> {
                    assertThat(context.getBean(CallAccess.class)).isInstanceOf(OpenCallAccess.class);
                });
    }

    @Test
    void aHostsOwnAccessRuleNeedsNeitherAndIsKept() {
        CallAccess host = () -> AccessScope.agencies(java.util.Set.of("tlv"));
        new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(PROPERTIES)
                .withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
                .withBean(CallAccess.class, () -> host).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CallAccess.class)).isSameAs(host);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class HostBeans {
        @Bean
        TranscriptStore hostStore() {
            return new InMemoryTranscriptStore();
        }

        @Bean
        CallerMatcher hostMatcher() {
            return (call, owner) -> Optional.empty();
        }
    }
}
