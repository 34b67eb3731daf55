package io.callpipeline.spring.observability;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * Says once, at start-up, what the starter set up in this app, because what it sets up depends on
 * what the host has: with a database, the webhook and durable processing; without one, only the
 * pipeline bean, which a host may call itself. A host that expected the webhook learns here why it
 * has none, instead of from Twilio's 404s.
 */
public final class StartupModeReport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupModeReport.class);

    /** What the starter configured, decided from the beans in the context. */
    public enum Mode {
        /** Webhook, durable queue and store on the app's database. */
        WEBHOOK_AND_PROCESSING,
        /** Durable processing on the app's database, but no webhook (not a servlet web app). */
        PROCESSING_ONLY,
        /** A database, but no background processing (db-scheduler absent or the store replaced). */
        NO_PROCESSING,
        /** No DataSource: the pipeline bean only, results kept in memory. */
        PIPELINE_ONLY;

        /** Decided from the beans the context ended up with. */
        public static Mode of(ListableBeanFactory beans) {
            if (beans.getBeanNamesForType(DataSource.class).length == 0) {
                return PIPELINE_ONLY;
            }
            if (!hasBeanOf(beans, "io.callpipeline.spring.processing.RecordingIntake")) {
                return NO_PROCESSING;
            }
            return hasBeanOf(beans, "io.callpipeline.spring.webhook.RecordingWebhookController")
                    ? WEBHOOK_AND_PROCESSING : PROCESSING_ONLY;
        }

        /** By name, as the class may need what the host lacks (db-scheduler, Web MVC) to load. */
        private static boolean hasBeanOf(ListableBeanFactory beans, String type) {
            try {
                return beans.getBeanNamesForType(ClassUtils.forName(type, StartupModeReport.class.getClassLoader()))
                        .length > 0;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    private final Supplier<Mode> mode;
    private final String webhookPath;

    /**
     * @param mode        read once the context's beans are all created
     * @param webhookPath where Twilio posts recording callbacks
     */
    public StartupModeReport(Supplier<Mode> mode, String webhookPath) {
        this.mode = mode;
        this.webhookPath = webhookPath;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Mode current = mode.get();
        switch (current) {
            case WEBHOOK_AND_PROCESSING -> log.info("callpipeline: recording webhook at {}, durable processing on the"
                    + " app's database", webhookPath);
            case PROCESSING_ONLY -> log.info("callpipeline: durable processing on the app's database; no webhook, as"
                    + " this is not a servlet web app");
            case NO_PROCESSING -> log.warn("callpipeline: the app has a database but no background processing"
                    + " (db-scheduler is missing from the classpath), so there is no webhook either; add"
                    + " callpipeline-spring-boot-starter rather than the autoconfigure module alone");
            case PIPELINE_ONLY -> log.warn("callpipeline: no DataSource in this app, so only the CallRecordingPipeline"
                    + " bean is configured: no webhook, no background processing, results kept in memory until the"
                    + " app stops. Add a database (spring-boot-starter-jdbc or -data-jpa and spring.datasource.url)"
                    + " to get them.");
        }
    }

    /** The mode this report last saw; for tests and the self-check. */
    public Mode mode() {
        return mode.get();
    }
}
