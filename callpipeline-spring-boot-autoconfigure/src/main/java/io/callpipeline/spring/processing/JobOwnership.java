package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.task.Execution;
import io.callpipeline.core.pipeline.RunOwnership;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a recording job's run still holds its row in db-scheduler's table. db-scheduler raises a
 * row's {@code version} each time it is picked or rescheduled, and revives a picked job whose
 * heartbeats stopped (after {@code heartbeat-interval} × 6) on any instance. A run whose worker
 * was paused past that (a long garbage collection, a frozen VM, a database it could not reach)
 * comes back to find its row at another version: it must stop rather than pay the providers a
 * second time and overwrite the newer run's record.
 */
public final class JobOwnership {

    private final JdbcTemplate jdbc;
    private final String sql;

    /**
     * @param dataSource the database the scheduler uses
     * @param table      db-scheduler's table
     */
    public JobOwnership(DataSource dataSource, String table) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sql = "select version from " + table + " where task_name = ? and task_instance = ? and picked = ?";
    }

    /** The ownership of the run executing {@code execution}, as it was picked. */
    RunOwnership of(Execution execution) {
        String taskName = execution.taskInstance.getTaskName();
        String instance = execution.taskInstance.getId();
        long picked = execution.version;
        return () -> {
            Long version = jdbc.query(sql, rs -> rs.next() ? rs.getLong(1) : null, taskName, instance, true);
            return version != null && version == picked;
        };
    }
}
