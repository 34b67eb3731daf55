package io.callpipeline.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The tests' own PostgreSQL starts from the build's binaries whoever runs the build (root included),
 * keeps its data across a stop and a start under a client, and reads Hebrew as the CRM's tables need.
 */
class TestPostgresTest {

    private static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aServerOfItsOwnKeepsItsDataAcrossAStopAndAStart() throws Exception {
        try (TestPostgres pg = TestPostgres.start()) {
            pg.execute("postgres", "create table calls (id int primary key, said text)");
            pg.execute("postgres", "insert into calls values (1, 'שלום, לגבי הדירה')");

            pg.stop();
            assertThatThrownBy(() -> query(pg.url("postgres"), "select 1")).isInstanceOf(SQLException.class);

            pg.restart();
            assertThat(query(pg.url("postgres"), "select said from calls where id = 1")).isEqualTo("שלום, לגבי הדירה");
            assertThat(query(pg.url("postgres"), "select lower('ДОМ Dana')")).isEqualTo("дом dana");
            assertThat(query(pg.url("postgres"), "select current_setting('server_version_num')")).startsWith("18");
        }
    }

    @Test
    void theSharedServerHasADatabaseTestAndIsTheSameForEveryCaller() throws Exception {
        TestPostgres shared = TestPostgres.shared();

        assertThat(TestPostgres.shared()).isSameAs(shared);
        assertThat(shared.url("test")).startsWith("jdbc:postgresql://127.0.0.1:" + shared.port() + "/");
        assertThat(query(shared.url("test"), "select current_database()")).isEqualTo("test");
    }
}
