package io.callpipeline.crm.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a row unless a unique constraint says it is already there, without spoiling the caller's
 * transaction: the insert runs behind a savepoint, so on PostgreSQL (where a failed statement aborts
 * the transaction) the work around it goes on. This is what makes "find or create" safe when two
 * first calls from one new number, or two copies of one callback, arrive at the same moment.
 */
public final class UniqueInsert {

    /** SQLSTATE for a unique violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;

    /** @param jdbc on the same DataSource as the JPA transaction, so it joins it */
    public UniqueInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return {@code false} when a unique constraint refused the row */
    public boolean insert(String sql, Object... arguments) {
        Boolean inserted = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return false;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        });
        return Boolean.TRUE.equals(inserted);
    }
}
