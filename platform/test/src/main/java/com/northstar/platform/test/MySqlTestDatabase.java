package com.northstar.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The MySQL-protocol server integration tests run against: {@code TEST_MYSQL_URL} when set (user and password
 * from {@code TEST_MYSQL_USER}/{@code TEST_MYSQL_PASSWORD}), else the local server on 127.0.0.1:3306 as root
 * without a password, which {@code .ci/run} installs and starts. Each test family gets a schema of its own,
 * dropped and created anew when the family starts, so runs never see each other's rows.
 */
public final class MySqlTestDatabase {

    private static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String OPTIONS = "?useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true"
            + "&useSSL=false&rewriteBatchedStatements=true&connectionTimeZone=LOCAL";

    private MySqlTestDatabase() {
    }

    /** Drops and creates {@code schema}; returns the JDBC URL of it. */
    public static String freshSchema(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema names are lower-case identifiers: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl() + OPTIONS, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("No MySQL-compatible server at " + serverUrl()
                    + " (set TEST_MYSQL_URL, or run .ci/run which installs and starts MariaDB)", e);
        }
        return serverUrl() + schema + OPTIONS;
    }

    public static String user() {
        return envOr("TEST_MYSQL_USER", "root");
    }

    public static String password() {
        return envOr("TEST_MYSQL_PASSWORD", "");
    }

    private static String serverUrl() {
        String url = envOr("TEST_MYSQL_URL", DEFAULT_SERVER);
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? base + "/" : base.substring(0, slash + 1);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
