package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTest {

    @Test
    void createsADatabaseAndAnswersQueries() throws Exception {
        Postgres pg = Postgres.shared();
        String url = pg.createDatabase("testkit_db");
        assertThat(pg.createDatabase("testkit_db")).as("idempotent").isEqualTo(url);
        assertThat(url).isEqualTo(pg.jdbcUrl("testkit_db")).startsWith("jdbc:postgresql://127.0.0.1:");

        try (Connection c = DriverManager.getConnection(url, pg.username(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cutover (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO cutover VALUES (1, 'ERP go-live')");
            try (ResultSet rs = s.executeQuery("SELECT name, current_database() FROM cutover WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ERP go-live");
                assertThat(rs.getString(2)).isEqualTo("testkit_db");
            }
        }
    }

    @Test
    void persistentDataDirectorySurvivesARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        int port;
        try (Postgres first = Postgres.builder().dataDirectory(data).start()) {
            port = first.port();
            try (Connection c = DriverManager.getConnection(first.createDatabase("keep"), first.username(), first.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v text)");
                s.execute("INSERT INTO t VALUES ('kept')");
            }
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        try (Postgres second = Postgres.builder().dataDirectory(data).port(port).start()) {
            assertThat(second.port()).isEqualTo(port);
            try (Connection c = DriverManager.getConnection(second.jdbcUrl("keep"), second.username(), second.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT v FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }
}
