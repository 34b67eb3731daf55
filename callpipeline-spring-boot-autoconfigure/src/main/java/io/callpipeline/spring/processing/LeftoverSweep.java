package io.callpipeline.spring.processing;

import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.store.TranscriptStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At start-up, removes the audio of runs that died with their process ({@code kill -9}, a crash,
 * a container stopped hard): nothing of a caller's recording may outlive its run. Runs under way
 * on another instance sharing the folder (a job picked with a fresh heartbeat) are left alone; a
 * dead run's job is revived later and removes its own leftovers then too. It also drops results
 * kept to avoid paying twice once their call has ended (perhaps on another instance) or was never
 * stored, and cut-short {@code .partial} writes; {@link #sweepKeptResults()} does that alone, hourly.
 */
public final class LeftoverSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(LeftoverSweep.class);

    private final CallRecordingPipeline pipeline;
    private final TranscriptStore store;
    private final JdbcTemplate jdbc;
    private final String tasksTable;
    private final Duration aliveWithin;
    private final Clock clock;

    /**
     * @param aliveWithin how recent a running job's heartbeat must be for its run to count as alive
     */
    public LeftoverSweep(CallRecordingPipeline pipeline, TranscriptStore store, DataSource dataSource, String tasksTable,
            Duration aliveWithin, Clock clock) {
        if (!tasksTable.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("Not a table name: " + tasksTable);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tasksTable = tasksTable;
        this.aliveWithin = aliveWithin;
        this.clock = clock;
    }

    @Override
    public void run() {
        Set<String> running = new HashSet<>(jdbc.queryForList("select task_instance from " + tasksTable
                + " where task_name = ? and picked = true and last_heartbeat > ?", String.class,
                RecordingTask.TASK_NAME, Timestamp.from(clock.instant().minus(aliveWithin))));
        int removed = pipeline.removeLeftoverWorkDirectories(running::contains);
        if (removed > 0) {
            log.info("Removed {} work director{} left by runs that died", removed, removed == 1 ? "y" : "ies");
        }
        sweepKeptResults();
    }

    /** Drops kept results no run will read again; a store that cannot answer keeps them all. */
    public void sweepKeptResults() {
        int removed = pipeline.sweepKeptResults(recordingSid -> {
            try {
                return store.find(recordingSid).map(record -> !record.stage().isTerminal()).orElse(false);
            } catch (RuntimeException unavailable) {
                return true;
            }
        });
        if (removed > 0) {
            log.info("Removed {} kept result file{} no run needs any more", removed, removed == 1 ? "" : "s");
        }
    }
}
