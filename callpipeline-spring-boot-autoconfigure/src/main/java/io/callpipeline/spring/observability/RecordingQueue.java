package io.callpipeline.spring.observability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the state of the recording jobs straight from db-scheduler's table, across all instances
 * sharing the database: how many wait, how many run, and how many are overdue. An overdue job
 * (due long ago and still not picked) means no instance is processing, which is what the health
 * check reports as a stuck queue.
 */
public final class RecordingQueue {

    private static final String SNAPSHOT = """
            select
              coalesce(sum(case when picked then 0 else 1 end), 0),
              coalesce(sum(case when picked then 1 else 0 end), 0),
              coalesce(sum(case when not picked and execution_time < ? then 1 else 0 end), 0),
              min(case when not picked then execution_time end)
            from %s where task_name = ?""";

    private final JdbcTemplate jdbc;
    private final String sql;
    private final String taskName;
    private final Duration overdueAfter;
    private final Clock clock;

    /**
     * @param table        db-scheduler's table
     * @param taskName     the recording task's name in it
     * @param overdueAfter how long past its due time an unpicked job counts as overdue
     */
    public RecordingQueue(DataSource dataSource, String table, String taskName, Duration overdueAfter, Clock clock) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.sql = SNAPSHOT.formatted(table);
        this.taskName = taskName;
        this.overdueAfter = overdueAfter;
        this.clock = clock;
    }

    public Duration overdueAfter() {
        return overdueAfter;
    }

    /** One consistent read of the queue. */
    public Snapshot snapshot() {
        Timestamp overdueBefore = Timestamp.from(clock.instant().minus(overdueAfter));
        return jdbc.queryForObject(sql, (rs, row) -> {
            Timestamp oldest = rs.getTimestamp(4);
            return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), oldest == null ? null : oldest.toInstant());
        }, overdueBefore, taskName);
    }

    /**
     * @param waiting     jobs not yet picked by any instance (due now, or later after a failure)
     * @param running     jobs an instance is working on
     * @param overdue     waiting jobs due longer ago than the overdue threshold
     * @param oldestDueAt when the longest-waiting job was due, or {@code null} when none waits
     */
    public record Snapshot(long waiting, long running, long overdue, Instant oldestDueAt) {

        public long depth() {
            return waiting + running;
        }
    }
}
