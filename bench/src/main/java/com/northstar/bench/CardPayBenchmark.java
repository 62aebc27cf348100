package com.northstar.bench;

import com.northstar.platform.core.caller.AuthHeaders;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * svCardPay (#23) throughput and latency with concurrent tills, on distinct cards and on one hot card, against the
 * same statements in raw JDBC on the same MariaDB (the service's floor), and what the card's version check and the
 * ledger line cost in that raw path. The service runs as its built jar straight on its port (no gateway), with the
 * trusted headers the gateway would set for a POS token.
 */
final class CardPayBenchmark {

    private static final String SCHEMA = "bench_stored_value";
    private static final String HOT_CARD = "HOT0000001";
    /** Cards of the raw case without ledger lines: the only ones allowed to differ from their ledger. */
    private static final String NO_LEDGER_PREFIX = "NL";
    private static final BigDecimal OPENING = new BigDecimal("100000000.00");
    private static final AtomicLong ORDER_NUMBERS = new AtomicLong();

    private final CardPayOptions options;
    private final PrintStream out;
    private final BenchDatabase database;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CardPayBenchmark(CardPayOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.database = new BenchDatabase(options.database(), SCHEMA);
    }

    static void main(String[] args) {
        Bench.launch(args, CardPayOptions::parse, CardPayOptions.USAGE,
                options -> () -> new CardPayBenchmark(options, System.out).run());
    }

    /** What one case measured. */
    record Measured(long payments, Duration took, Latencies latencies) {

        double perSecond() {
            return payments * 1e9 / took.toNanos();
        }
    }

    /** How the raw JDBC path runs a payment: everything, or without the version condition or the ledger line. */
    enum RawVariant {
        SAME_STATEMENTS, WITHOUT_VERSION_CHECK, WITHOUT_LEDGER_LINE
    }

    void run() throws Exception {
        Path workDir = Files.createTempDirectory("bench-stored-value");
        database.recreate();
        ServiceJar jar = new ServiceJar("stored-value-service", options.serviceJar(), workDir, database, out);
        try (ServiceJar.RunningService service = jar.start()) {
            out.printf("stored-value-service ready in %.1f s%n", service.startup().toMillis() / 1000.0);
            seed();
            List<String> distinct = new ArrayList<>();
            for (int till = 1; till <= options.tills(); till++) {
                distinct.add(String.format("BENCH%05d", till));
            }
            List<String> hot = Collections.nCopies(options.tills(), HOT_CARD);
            List<String> withoutLedger = distinct.stream().map(card -> NO_LEDGER_PREFIX + card).toList();
            // Two rounds over all cases, reporting the second: the first warms both JVMs and the database's
            // buffers for every case alike, so no case gains from running after another.
            for (int round = 1; round <= 2; round++) {
                Measured serviceDistinct = overHttp(service.baseUri(), distinct);
                Measured serviceHot = overHttp(service.baseUri(), hot);
                Measured rawDistinct = raw(distinct, RawVariant.SAME_STATEMENTS);
                Measured rawHot = raw(hot, RawVariant.SAME_STATEMENTS);
                Measured rawNoVersion = raw(distinct, RawVariant.WITHOUT_VERSION_CHECK);
                Measured rawNoLedger = raw(withoutLedger, RawVariant.WITHOUT_LEDGER_LINE);
                requireLedgerBalances();
                if (round == 2) {
                    report(serviceDistinct, serviceHot, rawDistinct, rawHot, rawNoVersion, rawNoLedger);
                }
            }
        } finally {
            if (!options.keep()) {
                database.drop();
            }
        }
    }

    private void report(Measured serviceDistinct, Measured serviceHot, Measured rawDistinct, Measured rawHot,
            Measured rawNoVersion, Measured rawNoLedger) {
        out.printf("%nsvCardPay, %d tills, %d measured payments each (after %d warm-up)%n", options.tills(),
                options.payments(), options.warmUp());
        out.println("| case | path | payments/s | p50 ms | p99 ms | service / raw JDBC |");
        out.println("|---|---|---:|---:|---:|---:|");
        row("distinct cards", "service (HTTP)", serviceDistinct, serviceDistinct.perSecond() / rawDistinct.perSecond());
        row("distinct cards", "raw JDBC", rawDistinct, Double.NaN);
        row("one hot card", "service (HTTP)", serviceHot, serviceHot.perSecond() / rawHot.perSecond());
        row("one hot card", "raw JDBC", rawHot, Double.NaN);
        row("distinct cards", "raw, no version check", rawNoVersion, Double.NaN);
        row("distinct cards", "raw, no ledger line", rawNoLedger, Double.NaN);
        out.printf("%nversion check: %+.1f%% payments/s when left out; ledger line: %+.1f%% when left out%n",
                (rawNoVersion.perSecond() / rawDistinct.perSecond() - 1) * 100,
                (rawNoLedger.perSecond() / rawDistinct.perSecond() - 1) * 100);
    }

    private void row(String scenario, String path, Measured measured, double ratio) {
        out.printf("| %s | %s | %,.0f | %.2f | %.2f | %s |%n", scenario, path, measured.perSecond(),
                measured.latencies().p50(), measured.latencies().percentileMillis(99),
                Double.isNaN(ratio) ? "" : String.format("%.2f", ratio));
    }

    /** Tenant T001 with shop 1 open today, a card class earning points, and one card per till plus the hot card. */
    private void seed() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO tenant (id, code, name) VALUES (1, 'T001', 'bench')");
            statement.execute("INSERT INTO shop (id, tenant_id, name) VALUES (1, 1, 'bench shop')");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            for (int slot = 0; slot < 16; slot++) {
                statement.execute("INSERT INTO shop_gate (tenant_id, shop_id, slot, business_day) VALUES (1, 1, "
                        + slot + ", '" + today + "')");
            }
            statement.execute("INSERT INTO card_class (id, tenant_id, name, card_type, can_recharge, can_member_price,"
                    + " can_discount, can_point, points_basic, points_to_one, points_valid_days, give_first)"
                    + " VALUES (1, 1, 'bench', 1, TRUE, TRUE, TRUE, TRUE, 10, 100, 365, FALSE)");
            List<String> codes = new ArrayList<>(List.of(HOT_CARD));
            for (int till = 1; till <= options.tills(); till++) {
                codes.add(String.format("BENCH%05d", till));
                codes.add(NO_LEDGER_PREFIX + String.format("BENCH%05d", till));
            }
            for (String code : codes) {
                statement.execute("INSERT INTO card (tenant_id, code, mac, card_class_id, status, send_mode, shop_id,"
                        + " effective_time, actual_balance, give_balance, actual_recharge, give_recharge,"
                        + " actual_expense, give_expense, total_points, actual_points, used_points, changed_at,"
                        + " created_at) VALUES (1, '" + code + "', 'M" + code + "', 1, 1, 1, 1, NOW(), " + OPENING
                        + ", 0, " + OPENING + ", 0, 0, 0, 0, 0, 0, 0, NOW())");
                statement.execute("INSERT INTO card_ledger (tenant_id, card_id, kind, actual_delta, give_delta,"
                        + " points_delta, actual_after, give_after, points_after, operator, shop_id, business_day,"
                        + " created_at) SELECT 1, id, 'OPEN', actual_balance, 0, 0, actual_balance, 0, 0, 'bench', 1,"
                        + " '" + today + "', NOW() FROM card WHERE code = '" + code + "'");
            }
        }
    }

    /** Each till pays its card's orders one after another over HTTP; every answer must be status 200. */
    private Measured overHttp(URI base, List<String> cardOfTill) throws Exception {
        return measured(cardOfTill, (till, card) -> {
            String body = "{\"cardCode\":\"" + card + "\",\"mac\":\"M" + card + "\",\"money\":12.34,\"code\":\"O"
                    + ORDER_NUMBERS.incrementAndGet() + "\",\"userId\":" + till + "}";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/stored-value/card-payments"))
                    .header("Content-Type", "application/json")
                    .header(AuthHeaders.SUBJECT, "bench-till-" + till)
                    .header(AuthHeaders.ROLES, "POS")
                    .header(AuthHeaders.TENANT_ID, "T001")
                    .header(AuthHeaders.SHOP_IDS, "1")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 || !response.body().startsWith("{\"status\":200")) {
                throw new Bench.WrongAnswer("svCardPay answered " + response.statusCode() + " " + response.body());
            }
        });
    }

    /**
     * The statements the service runs for one payment, in one transaction per payment on the till's own
     * connection: the idempotency key's claim and answer, the card's lookup, the shop gate, the card's lock, its
     * class, the payment row, the compare-and-set on the card's version, the ledger line (payment and its points).
     */
    private Measured raw(List<String> cardOfTill, RawVariant variant) throws Exception {
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        try {
            return measured(cardOfTill, (till, card) -> {
                Connection connection = connections.get();
                if (connection == null) {
                    connection = connection();
                    connection.setAutoCommit(false);
                    connections.set(connection);
                    opened.add(connection);
                }
                rawPayment(connection, card, "R" + ORDER_NUMBERS.incrementAndGet(), variant);
            });
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private static void rawPayment(Connection connection, String card, String code, RawVariant variant)
            throws SQLException {
        BigDecimal money = new BigDecimal("12.34");
        update(connection, "INSERT INTO idempotency_key (operation, idem_key, request_hash, created_at) VALUES "
                + "('svCardPay', ?, 'h', NOW(3)) ON DUPLICATE KEY UPDATE idem_key = idem_key", "1:" + code);
        query(connection, "SELECT request_hash, response FROM idempotency_key WHERE operation = 'svCardPay' AND "
                + "idem_key = ? FOR UPDATE", "1:" + code);
        long cardId;
        try (PreparedStatement lookup = connection.prepareStatement(
                "SELECT * FROM card WHERE code = ? AND card.tenant_id = 1")) {
            lookup.setString(1, card);
            try (ResultSet rows = lookup.executeQuery()) {
                rows.next();
                cardId = rows.getLong("id");
            }
        }
        query(connection, "SELECT * FROM shop_gate WHERE shop_id = 1 AND slot = ? AND shop_gate.tenant_id = 1 FOR UPDATE",
                Math.floorMod(cardId, 16L));
        BigDecimal actual;
        int points;
        long version;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT * FROM card WHERE id = ? AND card.tenant_id = 1 FOR UPDATE")) {
            lock.setLong(1, cardId);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                actual = rows.getBigDecimal("actual_balance").subtract(money);
                points = rows.getInt("actual_points") + 1;
                version = rows.getLong("changed_at");
            }
        }
        query(connection, "SELECT * FROM card_class WHERE id = 1 AND card_class.tenant_id = 1");
        update(connection, "INSERT INTO card_payment (tenant_id, card_id, code, money, actual_part, give_part, "
                + "points_earned, status, shop_id, business_day, operator, created_at) VALUES (1, ?, ?, ?, ?, 0, 1, "
                + "'PAID', 1, CURRENT_DATE, 'raw', NOW())", cardId, code, money, money);
        String condition = variant == RawVariant.WITHOUT_VERSION_CHECK ? "" : " AND changed_at = " + version;
        update(connection, "UPDATE card SET status = 1, member_id = NULL, actual_balance = ?, give_balance = 0, "
                + "actual_expense = actual_expense + ?, total_points = total_points + 1, actual_points = ?, "
                + "changed_at = ? WHERE id = ? AND card.tenant_id = 1" + condition, actual, money, points,
                Math.max(System.currentTimeMillis(), version + 1), cardId);
        if (variant != RawVariant.WITHOUT_LEDGER_LINE) {
            String ledger = "INSERT INTO card_ledger (tenant_id, card_id, kind, actual_delta, give_delta, points_delta, "
                    + "actual_after, give_after, points_after, idem_key, operator, shop_id, business_day, created_at) "
                    + "VALUES (1, ?, ?, ?, 0, ?, ?, 0, ?, ?, 'raw', 1, CURRENT_DATE, NOW(3))";
            update(connection, ledger, cardId, "PAY", money.negate(), 1, actual, points, code);
        }
        update(connection, "UPDATE idempotency_key SET response = '{}' WHERE operation = 'svCardPay' AND idem_key = ?",
                "1:" + code);
        connection.commit();
    }

    /** One payment of a till on its card. */
    interface TillStep {
        void pay(int till, String card) throws Exception;
    }

    private Measured measured(List<String> cardOfTill, TillStep step) throws Exception {
        int tills = cardOfTill.size();
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            List<Future<Latencies>> warm = new ArrayList<>();
            for (int till = 0; till < tills; till++) {
                int number = till;
                warm.add(pool.submit(() -> tillRun(number, cardOfTill.get(number), options.warmUp(), step)));
            }
            for (Future<Latencies> future : warm) {
                future.get();
            }
            long started = System.nanoTime();
            List<Future<Latencies>> runs = new ArrayList<>();
            for (int till = 0; till < tills; till++) {
                int number = till;
                runs.add(pool.submit(() -> tillRun(number, cardOfTill.get(number), options.payments(), step)));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> future : runs) {
                all.addAll(future.get());
            }
            return new Measured((long) tills * options.payments(), Duration.ofNanos(System.nanoTime() - started), all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Latencies tillRun(int till, String card, int payments, TillStep step) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = 0; i < payments; i++) {
            long started = System.nanoTime();
            step.pay(till, card);
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }

    /** The money rules held under load: every card but the no-ledger case's is still the sum of its ledger. */
    private void requireLedgerBalances() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM card c WHERE c.code NOT LIKE '"
                        + NO_LEDGER_PREFIX + "%' AND c.actual_balance <> "
                        + "(SELECT SUM(actual_delta) FROM card_ledger l WHERE l.card_id = c.id)")) {
            rows.next();
            if (rows.getLong(1) != 0) {
                throw new Bench.WrongAnswer(rows.getLong(1) + " cards are not the sums of their ledger");
            }
        }
    }

    /** A connection with the driver settings the services' pools use (platform-defaults.yml). */
    private Connection connection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("cachePrepStmts", "true");
        properties.setProperty("prepStmtCacheSize", "250");
        properties.setProperty("prepStmtCacheSqlLimit", "2048");
        properties.setProperty("useLocalSessionState", "true");
        properties.setProperty("cacheServerConfiguration", "true");
        properties.setProperty("elideSetAutoCommits", "true");
        properties.setProperty("maintainTimeStats", "false");
        return DriverManager.getConnection(database.schemaUrl(), properties);
    }

    private static void update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, params)) {
            statement.executeUpdate();
        }
    }

    private static void query(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
