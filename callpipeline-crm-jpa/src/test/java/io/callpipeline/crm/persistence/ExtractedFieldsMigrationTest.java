package io.callpipeline.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.call.ExtractedFieldsJson;
import io.callpipeline.crm.testing.CrmDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An app that kept a real-estate column per field, upgraded to fields in the host's schema: each
 * answered call's values move into the JSON column under the default schema's names and labels, said
 * or not, in the schema's order; a call not answered yet gets none; the columns go. On H2 and on the
 * real PostgreSQL.
 */
class ExtractedFieldsMigrationTest {

    private static final String BEFORE_EXTRACTION = "8";

    private static DataSource database(String vendor, List<Runnable> drops) throws Exception {
        if ("h2".equals(vendor)) {
            return new DriverManagerDataSource("jdbc:h2:mem:extracted-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "sa", "");
        }
        String schema = "extracted_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(CrmDatabases.postgresUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        drops.add(() -> CrmDatabases.dropPostgres(schema));
        return new DriverManagerDataSource(CrmDatabases.postgresUrl() + "?currentSchema=" + schema, "postgres", "");
    }

    private static long call(JdbcTemplate jdbc, String digit) {
        jdbc.update("insert into callpipeline_call_log (call_sid, recording_sid, stage, status, attempts, origin,"
                + " occurred_at, created_at, updated_at, version) values (?, ?, 'COMPLETED', 'COMPLETED', 1,"
                + " 'CALLBACK', current_timestamp, current_timestamp, current_timestamp, 0)",
                "CA" + digit.repeat(32), "RE" + digit.repeat(32));
        return jdbc.queryForObject("select id from callpipeline_call_log where recording_sid = ?", Long.class,
                "RE" + digit.repeat(32));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachAnsweredCallsRealEstateColumnsBecomeItsFieldsUnderTheirLabels(String vendor) throws Exception {
        List<Runnable> drops = new ArrayList<>();
        try {
            DataSource dataSource = database(vendor, drops);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/callpipeline-crm/" + vendor)
                    .table(CrmSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0")
                    .javaMigrations(new DefaultOwnerMigration(CallOwner.UNROUTED)).target(BEFORE_EXTRACTION).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long answered = call(jdbc, "1");
            long unanswered = call(jdbc, "2");
            jdbc.update("insert into callpipeline_call_transcript (call_log_id, full_text, segments_json, summary,"
                    + " lead_budget, lead_area, lead_property_type, created_at, updated_at) values (?, 'טקסט', '[]',"
                    + " 'סיכום', 'עד 2.5 מיליון ₪', 'רמת גן', 'דירה \"גן\"', current_timestamp, current_timestamp)",
                    answered);
            jdbc.update("insert into callpipeline_call_transcript (call_log_id, full_text, segments_json, created_at,"
                    + " updated_at) values (?, 'טקסט', '[]', current_timestamp, current_timestamp)", unanswered);

            new CrmSchema(dataSource, CallOwner.UNROUTED).migrate();

            assertThat(jdbc.queryForObject("select extraction_schema from callpipeline_call_transcript"
                    + " where call_log_id = ?", String.class, answered)).isEqualTo("real-estate-lead");
            String json = jdbc.queryForObject("select extracted_fields from callpipeline_call_transcript"
                    + " where call_log_id = ?", String.class, answered);
            assertThat(new ExtractedFieldsJson().convertToEntityAttribute(json)).containsExactly(
                    new ExtractedField("budget", "תקציב", "עד 2.5 מיליון ₪"), new ExtractedField("rooms", "חדרים", null),
                    new ExtractedField("area", "אזור", "רמת גן"),
                    new ExtractedField("property_type", "סוג נכס", "דירה \"גן\""),
                    new ExtractedField("timeframe", "מועד", null));
            assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_transcript where call_log_id = ?"
                    + " and extraction_schema is null and extracted_fields is null", Integer.class, unanswered))
                    .as("a call not answered yet has no fields").isEqualTo(1);
            assertThat(jdbc.queryForList("select * from callpipeline_call_transcript").get(0).keySet())
                    .as("the real-estate columns went (the lead's score, of a later version, is no field)")
                    .noneMatch(column -> java.util.Set.of("lead_budget", "lead_rooms", "lead_area", "lead_property_type",
                            "lead_timeframe").contains(column.toLowerCase()));
        } finally {
            drops.forEach(Runnable::run);
        }
    }
}
