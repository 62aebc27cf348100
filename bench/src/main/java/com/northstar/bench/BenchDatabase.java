package com.northstar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's schema on the MySQL-protocol server: created anew for a load, asked what it holds, dropped at
 * the end. The service creates the tables itself (Flyway) when it first starts against the schema.
 */
final class BenchDatabase {

    /** The swapOrderQuery benchmark's schema. */
    static final String QUERY_SCHEMA = "bench_swap_order";
    /** The gateway benchmark's, so the two never drop each other's orders. */
    static final String GATEWAY_SCHEMA = "bench_swap_order_gateway";
    private static final String OPTIONS = "?useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true"
            + "&useSSL=false&connectionTimeZone=LOCAL";

    private final BenchOptions.DatabaseServer server;
    private final String schema;

    BenchDatabase(BenchOptions.DatabaseServer server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** A merchant of the loaded data and the cabinets it owns: what a merchant back office sends. */
    record MerchantCabinets(String merchantCode, List<String> deviceIds) {
    }

    String schema() {
        return schema;
    }

    String schemaUrl() {
        return serverUrl() + schema + OPTIONS;
    }

    /** The loader's URL: multi-row batches are only fast when the driver may rewrite them. */
    String bulkLoadUrl() {
        return schemaUrl() + "&rewriteBatchedStatements=true";
    }

    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    void recreate() throws SQLException {
        try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    void drop() throws SQLException {
        try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    /** How many rows the schema's {@code table} holds; -1 when it has no such table. */
    long rowCount(String table) throws SQLException {
        try (Connection connection = serverConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_name = ?")) {
                exists.setString(1, schema);
                exists.setString(2, table);
                if (single(exists) == 0) {
                    return -1;
                }
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`")) {
                return single(count);
            }
        }
    }

    /** The first merchant (by code) that owns cabinets, with all of them. */
    MerchantCabinets firstMerchantWithCabinets() throws SQLException {
        try (Connection connection = DriverManager.getConnection(schemaUrl(), server.user(), server.password());
                PreparedStatement select = connection.prepareStatement("SELECT merchant_code, device_id"
                        + " FROM cabinet_owner WHERE merchant_code = (SELECT MIN(merchant_code) FROM cabinet_owner)"
                        + " ORDER BY device_id");
                ResultSet rows = select.executeQuery()) {
            String merchant = null;
            List<String> devices = new ArrayList<>();
            while (rows.next()) {
                merchant = rows.getString(1);
                devices.add(rows.getString(2));
            }
            if (merchant == null) {
                throw new IllegalStateException("the loaded schema knows no cabinet owners");
            }
            return new MerchantCabinets(merchant, List.copyOf(devices));
        }
    }

    private Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl() + OPTIONS, server.user(), server.password());
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The server part of the configured URL, ending in a slash, whatever schema or options it named. */
    private String serverUrl() {
        String url = server.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? base + "/" : base.substring(0, slash + 1);
    }
}
