package io.callpipeline.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.owner.CallOwner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An app that ran the CRM before owners existed, upgraded: its calls and customers are given the
 * configured default agency by the migration (or stay unrouted without one), and a number is then
 * unique within an agency only. On H2 and on the real PostgreSQL.
 */
class OwnerMigrationTest {

    private static final String BEFORE_OWNERS = "6";

    /** The schema as an app that ran the CRM before owners had it, with a customer and a call. */
    private static JdbcTemplate before(UpgradedDatabase db) {
        JdbcTemplate jdbc = db.migratedTo(BEFORE_OWNERS);
        jdbc.update("insert into callpipeline_customer (name, phone, origin, created_at, version)"
                + " values ('דנה', '+972545551234', 'MANUAL', current_timestamp, 0)");
        long customer = jdbc.queryForObject("select id from callpipeline_customer", Long.class);
        jdbc.update("insert into callpipeline_call_log (customer_id, call_sid, recording_sid, stage, status, attempts,"
                + " occurred_at, created_at, updated_at, version) values (?, ?, ?, 'COMPLETED', 'COMPLETED', 1,"
                + " current_timestamp, current_timestamp, current_timestamp, 0)", customer, "CA" + "1".repeat(32),
                "RE" + "1".repeat(32));
        return jdbc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void existingRowsGetTheDefaultAgencyAndANumberIsUniqueWithinAnAgencyOnly(String vendor) throws Exception {
        try (UpgradedDatabase db = UpgradedDatabase.create(vendor)) {
            JdbcTemplate jdbc = before(db);

            new CrmSchema(db.dataSource(), CallOwner.agency("tlv")).migrate();

            assertThat(jdbc.queryForList("select owner_agency from callpipeline_customer", String.class))
                    .containsExactly("tlv");
            assertThat(jdbc.queryForList("select owner_agency from callpipeline_call_log", String.class))
                    .containsExactly("tlv");
            jdbc.update("insert into callpipeline_customer (owner_agency, phone, origin, created_at, version)"
                    + " values ('haifa', '+972545551234', 'MANUAL', current_timestamp, 0)");
            assertThatThrownBy(() -> jdbc.update("insert into callpipeline_customer (owner_agency, phone, origin,"
                    + " created_at, version) values ('tlv', '+972545551234', 'MANUAL', current_timestamp, 0)"))
                    .isInstanceOf(DataIntegrityViolationException.class);
            // a second start with another default changes nothing already given
            new CrmSchema(db.dataSource(), CallOwner.agency("haifa")).migrate();
            assertThat(jdbc.queryForList("select owner_agency from callpipeline_call_log", String.class))
                    .containsExactly("tlv");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void withoutADefaultAgencyExistingRowsStayUnrouted(String vendor) throws Exception {
        try (UpgradedDatabase db = UpgradedDatabase.create(vendor)) {
            JdbcTemplate jdbc = before(db);

            new CrmSchema(db.dataSource(), CallOwner.UNROUTED).migrate();

            assertThat(jdbc.queryForList("select owner_agency from callpipeline_call_log", String.class))
                    .containsExactly(CallOwner.UNROUTED_AGENCY);
        }
    }
}
