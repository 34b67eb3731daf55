package io.callpipeline.spring.processing;

import io.callpipeline.spring.store.CallPipelineSchema;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When this app adopted the starter: the first row of the starter's own migration history. Empty
 * when the host manages the schema itself (no history of ours to read).
 */
public final class AdoptionTime implements Supplier<Optional<Instant>> {

    private final JdbcTemplate jdbc;

    public AdoptionTime(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Optional<Instant> get() {
        try {
            return Optional.ofNullable(jdbc.queryForObject("select min(installed_on) from "
                    + CallPipelineSchema.HISTORY_TABLE, Timestamp.class)).map(Timestamp::toInstant);
        } catch (DataAccessException noHistory) {
            return Optional.empty();
        }
    }
}
