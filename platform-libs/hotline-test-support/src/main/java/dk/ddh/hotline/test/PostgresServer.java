package dk.ddh.hotline.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL server reached with a superuser, in which each test class gets its own role and database. */
final class PostgresServer {

    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;

    PostgresServer(String host, int port, String adminDatabase, String user, String password) {
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
    }

    String describe() {
        return "PostgreSQL at " + host + ":" + port;
    }

    /** Creates a login role and a database it owns, both called {@code name}. */
    Database createDatabase(String name, String rolePassword) {
        execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + rolePassword + "'");
        execute("CREATE DATABASE " + name + " OWNER " + name);
        return new Database(jdbcUrl(name), name, rolePassword);
    }

    /** Forces the database away even if a connection is still open (PostgreSQL 13+), then drops its role. */
    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("DROP ROLE IF EXISTS " + name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(adminDatabase), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    describe() + " refused: " + sql.replaceAll("PASSWORD '.*'", "PASSWORD ***"), e);
        }
    }

    record Database(String url, String username, String password) {}
}
