package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            try (ResultSet rs = s.executeQuery("SHOW server_version_num")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1) / 10000).as("the binaries' major, as Postgres.MAJOR says").isEqualTo(Postgres.MAJOR);
            }
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
        assertThat(data.resolve("PG_VERSION")).content().isEqualToIgnoringWhitespace(String.valueOf(Postgres.MAJOR));
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

    @Test
    void refusesADataDirectoryOfAnotherMajorSayingWhatToDo(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("pgdata"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> Postgres.builder().dataDirectory(data).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(data.toString())
                .hasMessageContaining("created by PostgreSQL 14")
                .hasMessageContaining("runs PostgreSQL " + Postgres.MAJOR)
                .hasMessageContaining("delete .golive/");
        assertThat(data.resolve("PG_VERSION")).as("left as it was").hasContent("14\n");
    }
}
