package io.callpipeline.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.owner.CallOwner;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An app upgraded from a version that kept a call's direction as Twilio's own word: each of Twilio's
 * five words becomes one of ours (a trunk's call named from the PBX's side), and a word that is
 * neither becomes unknown rather than a guess. On H2 and on the real PostgreSQL.
 */
class DirectionMigrationTest {

    private static final String BEFORE_DIRECTIONS = "13";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twiliosWordsBecomeOurs(String vendor) throws Exception {
        List<String> stored = Arrays.asList("inbound", "outbound-api", "outbound-dial", "trunking-originating",
                "trunking-terminating", "Outbound-Api", "sideways", null);
        try (UpgradedDatabase db = UpgradedDatabase.create(vendor)) {
            JdbcTemplate jdbc = db.migratedTo(BEFORE_DIRECTIONS);
            for (int i = 0; i < stored.size(); i++) {
                insertCall(jdbc, i + 1, stored.get(i));
            }

            new CrmSchema(db.dataSource(), CallOwner.UNROUTED).migrate();

            assertThat(jdbc.queryForList("select direction from callpipeline_call_log order by id", String.class))
                    .containsExactly("INBOUND", "OUTBOUND", "OUTBOUND", "OUTBOUND", "INBOUND", "OUTBOUND", null, null);
        }
    }

    private static void insertCall(JdbcTemplate jdbc, int n, String direction) {
        String digits = String.format("%032d", n);
        jdbc.update("insert into callpipeline_call_log (call_sid, recording_sid, stage, status, attempts, call_known,"
                + " from_number, to_number, direction, occurred_at, created_at, updated_at, version)"
                + " values (?, ?, 'COMPLETED', 'COMPLETED', 1, true, '+972541234567', '+97235551234', ?,"
                + " current_timestamp, current_timestamp, current_timestamp, 0)", "CA" + digits, "RE" + digits, direction);
    }
}
