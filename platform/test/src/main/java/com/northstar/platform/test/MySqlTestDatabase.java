package com.northstar.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The MySQL-protocol server integration tests run against, first found of: {@code TEST_MYSQL_URL} (user and
 * password from {@code TEST_MYSQL_USER}/{@code TEST_MYSQL_PASSWORD}); the local server on 127.0.0.1:3306 as root
 * without a password, which {@code .ci/run} installs and starts; MySQL 8 in a container when a Docker engine is
 * there. Each test family gets a schema of its own, dropped and created anew when the family starts, so runs never
 * see each other's rows.
 */
public final class MySqlTestDatabase {

    private static final String LOCAL_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String OPTIONS = "?useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true"
            + "&useSSL=false&rewriteBatchedStatements=true&connectionTimeZone=LOCAL";

    private static Server server;

    private MySqlTestDatabase() {
    }

    /**
     * Drops and creates {@code schema}; returns the JDBC URL of it. With {@code TEST_SCHEMA_SUFFIX} set, the suffix
     * is appended, so two checkouts testing at once on one server never drop each other's schemas.
     */
    public static String freshSchema(String familySchema) {
        String suffix = System.getenv("TEST_SCHEMA_SUFFIX");
        String schema = suffix == null || suffix.isBlank() ? familySchema : familySchema + "_" + suffix;
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema names are lower-case identifiers: " + schema);
        }
        Server target = server();
        try (Connection connection = DriverManager.getConnection(target.url() + OPTIONS, target.user(),
                target.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("No MySQL-compatible server at " + target.url()
                    + " (set TEST_MYSQL_URL, or run .ci/run which installs and starts MariaDB)", e);
        }
        return target.url() + schema + OPTIONS;
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = locate();
        }
        return server;
    }

    private static Server locate() {
        String configured = System.getenv("TEST_MYSQL_URL");
        if (configured != null && !configured.isBlank()) {
            return new Server(serverPart(configured), envOr("TEST_MYSQL_USER", "root"),
                    envOr("TEST_MYSQL_PASSWORD", ""));
        }
        if (!localServerListens() && DockerClientFactory.instance().isDockerAvailable()) {
            MySQLContainer container = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            container.start();
            return new Server(serverPart(container.getJdbcUrl()), "root", "test");
        }
        return new Server(LOCAL_SERVER, "root", "");
    }

    private static boolean localServerListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code jdbc:mysql://host:port/} of a JDBC URL, without its database and options. */
    private static String serverPart(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? base + "/" : base.substring(0, slash + 1);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String url, String user, String password) {
    }
}
