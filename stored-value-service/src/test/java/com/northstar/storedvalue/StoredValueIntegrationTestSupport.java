package com.northstar.storedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import com.northstar.storedvalue.card.CardLedgerAudit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The one Spring context of stored-value-service's integration tests: MariaDB schema {@code it_stored_value}, no
 * broker (the service consumes and publishes no events), requests through the real MVC stack with the trusted
 * headers the gateway would set for a POS token. After every test each card's balances and points must be the sums
 * of its ledger, whatever the test did.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class StoredValueIntegrationTestSupport extends ServiceMvcTestSupport {

    /** A cashier of tenant T001 at shops 1 and 2 (works at 1). */
    public static final HttpHeaders T001 = pos("till-1", "T001", "1", "2");
    /** A cashier of T001 working at shop 2. */
    public static final HttpHeaders T001_SHOP_2 = pos("till-2", "T001", "2");
    /** A cashier of tenant T002 at its shop 3. */
    public static final HttpHeaders T002 = pos("till-3", "T002", "3");

    private static final List<String> TABLES = List.of("tenant", "shop", "shop_gate", "card_class", "member_level",
            "member_tag", "gift", "recharge_plan", "member", "member_tag_link", "card", "card_ledger", "card_payment",
            "recharge", "recharge_payment", "balance_refund", "balance_refund_detail", "pay_code", "daily_settlement",
            "idempotency_key");

    private static final AtomicLong CARD_NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

    @Autowired
    private DataSource dataSource;
    @Autowired
    private CardLedgerAudit ledgerAudit;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.registerWithoutKafka(registry, "it_stored_value");
    }

    /** A POS caller of {@code tenant} whose token names {@code shops} (the first is where it works). */
    public static HttpHeaders pos(String subject, String tenant, String... shops) {
        HttpHeaders headers = caller(subject, "POS");
        headers.set(AuthHeaders.TENANT_ID, tenant);
        headers.set(AuthHeaders.SHOP_IDS, String.join(",", shops));
        return headers;
    }

    /** Empties every table and loads the reference data of T001 and T002, every shop's business day today. */
    protected void loadReferenceData() {
        jdbc.sql("SET FOREIGN_KEY_CHECKS = 0").update();
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
        new ResourceDatabasePopulator(new ClassPathResource("demo/reference-data.sql")).execute(dataSource);
        LocalDate today = LocalDate.now(WireDates.ZONE);
        for (long shop : new long[] { 1, 2, 3 }) {
            long tenant = shop == 3 ? 2 : 1;
            for (int slot = 0; slot < 16; slot++) {
                jdbc.sql("INSERT INTO shop_gate (tenant_id, shop_id, slot, business_day) VALUES (?, ?, ?, ?)")
                        .params(tenant, shop, slot, today).update();
            }
        }
    }

    /** A new card number no test used before. */
    protected static String newCardCode() {
        return "C" + CARD_NUMBERS.incrementAndGet();
    }

    /**
     * A card of {@code tenant} (1 or 2) and card class with an opening balance, written as the service would: the
     * card and its OPEN ledger line. Its mac is "M" + its number.
     */
    protected String cardWith(long tenant, long cardClass, String actual, String give) {
        return cardWithCode(newCardCode(), tenant, cardClass, actual, give);
    }

    /** Like {@link #cardWith} with a card number of the test's choosing (golden answers show it). */
    protected String cardWithCode(String code, long tenant, long cardClass, String actual, String give) {
        long shop = tenant == 2 ? 3 : 1;
        jdbc.sql("""
                INSERT INTO card (tenant_id, code, mac, card_class_id, status, send_mode, shop_id, effective_time,
                  actual_balance, give_balance, actual_recharge, give_recharge, actual_expense, give_expense,
                  total_points, actual_points, used_points, changed_at, created_at)
                VALUES (?, ?, ?, ?, 1, 1, ?, NOW(), ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, NOW())""")
                .params(tenant, code, "M" + code, cardClass, shop, new BigDecimal(actual), new BigDecimal(give),
                        new BigDecimal(actual), new BigDecimal(give), System.currentTimeMillis() - 86_400_000L).update();
        long cardId = jdbc.sql("SELECT id FROM card WHERE code = ?").param(code).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO card_ledger (tenant_id, card_id, kind, actual_delta, give_delta, points_delta,
                  actual_after, give_after, points_after, operator, shop_id, business_day, created_at)
                VALUES (?, ?, 'OPEN', ?, ?, 0, ?, ?, 0, 'test', ?, CURRENT_DATE, NOW())""")
                .params(tenant, cardId, new BigDecimal(actual), new BigDecimal(give), new BigDecimal(actual),
                        new BigDecimal(give), shop).update();
        return code;
    }

    protected static String mac(String cardCode) {
        return "M" + cardCode;
    }

    /** The card's row, as the database has it. */
    protected Map<String, Object> card(String code) {
        return jdbc.sql("SELECT * FROM card WHERE code = ?").param(code).query().singleRow();
    }

    protected BigDecimal balance(String code) {
        Map<String, Object> card = card(code);
        return ((BigDecimal) card.get("actual_balance")).add((BigDecimal) card.get("give_balance"));
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The ledger invariant, over every tenant: no card's balances or points differ from its ledger's sums. */
    @AfterEach
    void everyCardMatchesItsLedger() {
        assertThat(ledgerAudit.cardsOffTheirLedger()).as("cards whose balances are not the sums of their ledger")
                .isEmpty();
    }

    /** The {@code status} of a seed 002 envelope. */
    protected static int statusOf(JsonNode answer) {
        return answer.get("status").asInt();
    }

    protected JsonNode getJson(String path, HttpHeaders caller) throws Exception {
        return read(get(path, caller).andReturn());
    }

    protected JsonNode postJson(String path, HttpHeaders caller, Object body) throws Exception {
        return read(post(path, caller, body).andReturn());
    }

    /** The body exactly as sent (amounts keep their two decimals, which a parsed tree would not show). */
    protected String raw(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static String resource(String path) throws IOException {
        try (InputStream in = StoredValueIntegrationTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
