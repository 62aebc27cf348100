package com.northstar.parking.demo;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local runs ({@code suite.demo-data=true}): the seed's examples, so a client written against the seed works on a
 * fresh suite. Park 停车场1 with the org tree (机构1 › 机构11 as the org example, 文学院 › 中文系 as the user's) and the
 * seven documents of the extra-config example (codes 0-6; 驾驶证 and 行驶证1 required); user 用户1 with plates
 * 京A12345, 京B12345, 京C12345 (channel 3) and card 0027f861… of product 包月123 (0.01 a year, audited before
 * payment), paid up to 2027-08-23 by its last order 5545aabd… (4 years, 0.04). Besides the seed's examples, two first
 * purchases awaiting the park's audit ({@link #loadAwaitingAudit}), so the parking office has orders to decide.
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    public static final String PARK = "b5ae3fed8f35419ab3e6c9521e631354";
    public static final String USER = "b5ae3fed8f35419ab3e6c9521e631354";
    public static final String CARD = "0027f8615ca143a4967b98ee7dad1026";
    public static final String PRODUCT = "c933aabd0057483c8f0dc8da65c781b4";
    public static final String PRODUCT_VERSION = "1245aabd0057483c8f0dc8da65c781b4";
    public static final String LAST_ORDER = "5545aabd0057483c8f0dc8da65c781b4";
    /** The orders awaiting audit of {@link #loadAwaitingAudit}: 用户2's (文学院/中文系) and 用户3's (机构1/机构11). */
    public static final String AWAITING_ORDER_2 = "5545aabd0057483c8f0dc8da65c781b5";
    public static final String AWAITING_ORDER_3 = "5545aabd0057483c8f0dc8da65c781b6";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** 1471881600000, the examples' date: 2016-08-23 00:00 Asia/Shanghai. */
    private static final LocalDateTime EXAMPLE_DATE = LocalDateTime.of(2016, 8, 23, 0, 0);
    private static final LocalDateTime PAID_UNTIL = LocalDateTime.of(2027, 8, 23, 0, 0);

    private final JdbcClient jdbc;

    public DemoDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM park").query(Long.class).single() == 0) {
            load();
            loadAwaitingAudit();
        }
    }

    /** Writes the examples into empty tables (tests load them as their fixture). */
    @Transactional
    public void load() {
        jdbc.sql("INSERT INTO park (id, name) VALUES (?, ?)").params(PARK, "停车场1").update();
        org("0017f8615ca143a4967b98ee7dad1026", "机构1", "101", "00000001", "0000", "1", "1", null, 1);
        org("0027f8615ca143a4967b98ee7dad1026", "机构11", "10101", "000000000001", "00000001", "2", "0", "101", 1);
        org("0037f8615ca143a4967b98ee7dad1026", "文学院", "111", "00000002", "0000", "1", "1", null, 2);
        org("23567f8615ca143a4967b98ee7dad1026", "中文系", "111001", "000000000002", "00000002", "2", "0", "111", 1);
        String[][] documents = { { "驾驶证", "1", "true" }, { "行驶证1", "1", "true" }, { "在职证明", "1", "false" },
                { "工作证", "0", "false" }, { "结婚证", "1", "false" }, { "身份证", "0", "false" },
                { "行驶证2", "1", "false" } };
        for (int code = 0; code < documents.length; code++) {
            jdbc.sql("INSERT INTO park_extra_config (id, park_id, name, code, type, required) VALUES (?, ?, ?, ?, ?, ?)")
                    .params((1235 + code) + "7f8615ca143a4967b98ee7dad1026", PARK, documents[code][0],
                            Integer.toString(code), documents[code][1], Boolean.parseBoolean(documents[code][2]))
                    .update();
        }
        jdbc.sql("""
                INSERT INTO parking_product (id, version_id, park_id, name, unit_type, rent_type, card_type,
                    price_inside_fen, price_outside_fen, audit_before_pay, is_link)
                VALUES (?, ?, ?, '包月123', '5', '1', '3', 1, 1, TRUE, '1')""")
                .params(PRODUCT, PRODUCT_VERSION, PARK).update();
        jdbc.sql("""
                INSERT INTO parking_user (id, park_id, name, phone, address, idcard, drive_licence, content, code,
                    department, org_code, is_single, is_drop, bought_online, has_conflict_process, first_org_name,
                    first_org_code, second_org_name, second_org_code, duplicate_code, created_at, updated_at)
                VALUES (?, ?, '用户1', '14700000000', '北京', '', '132000000333300', '北京', '001',
                    '23567f8615ca143a4967b98ee7dad1026', '000000000001', '0', '1', TRUE, FALSE, '文学院', '111',
                    '中文系', '111001', '20071230', ?, ?)""")
                .params(USER, PARK, EXAMPLE_DATE, EXAMPLE_DATE).update();
        for (String plate : new String[] { "京A12345", "京B12345", "京C12345" }) {
            jdbc.sql("INSERT INTO parking_car (user_id, car_num, channel, created_at) VALUES (?, ?, '3', ?)")
                    .params(USER, plate, EXAMPLE_DATE).update();
        }
        jdbc.sql("""
                INSERT INTO parking_card (id, user_id, product_id, cm_user_id, user_name, start_dt, end_dt, renew_end_dt,
                    state, remark, card_type, paid, last_order_id, created_at, updated_at)
                VALUES (?, ?, ?, '152452326235', '用户123', ?, ?, ?, '1', '', '3', TRUE, ?, ?, ?)""")
                .params(CARD, USER, PRODUCT, EXAMPLE_DATE, PAID_UNTIL, PAID_UNTIL, LAST_ORDER, EXAMPLE_DATE,
                        EXAMPLE_DATE)
                .update();
        LocalDateTime ordered = PAID_UNTIL.minusYears(4).minusDays(1);
        jdbc.sql("""
                INSERT INTO parking_order (id, card_id, user_id, product_id, product_v_id, product_name, price_type,
                    count, start_dt, end_dt, amount_fen, state, order_type, card_type, is_link, audit_before_pay,
                    audit_state, audited_by, audited_at, payable_since, pay_suc_dt, transaction_id, extra_info,
                    duplicate_code, user_department, first_org_name, first_org_code, second_org_name, second_org_code,
                    remark, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, '包月123', '01', 4, ?, ?, 4, '03', 1, '3', '1', TRUE, '03', 'park-demo', ?, ?,
                    ?, 'demo-transaction-0001', '[]', '20071230', '111001', '文学院', '111', '中文系', '111001', '',
                    ?, ?)""")
                .params(LAST_ORDER, CARD, USER, PRODUCT, PRODUCT_VERSION, PAID_UNTIL.minusYears(4), PAID_UNTIL,
                        ordered.plusHours(1), ordered.plusHours(1), ordered.plusHours(1).plusMinutes(2), ordered,
                        ordered.plusHours(1).plusMinutes(2))
                .update();
        log.info("demo data: park 停车场1, user 用户1 with 3 plates and card {}", CARD);
    }

    /**
     * Two more users of 停车场1, each with one plate and a card whose first purchase of 包月123 (one year from
     * 2026-12-01, 0.01, the two required documents) awaits the park's audit: 用户2 (京D12345, 文学院 › 中文系,
     * ordered 2026-12-01 09:00) and 用户3 (京E12345, 机构1 › 机构11, ordered 2026-12-01 10:00). The documents' links
     * name no stored file. Not part of {@link #load} (the tests' fixture), whose rows tests count.
     */
    @Transactional
    public void loadAwaitingAudit() {
        awaitingFirstPurchase("b5ae3fed8f35419ab3e6c9521e631355", "用户2", "14700000002", "京D12345",
                "0027f8615ca143a4967b98ee7dad1027", AWAITING_ORDER_2, new String[] { "文学院", "111", "中文系", "111001" },
                "23567f8615ca143a4967b98ee7dad1026", LocalDateTime.of(2026, 12, 1, 9, 0));
        awaitingFirstPurchase("b5ae3fed8f35419ab3e6c9521e631356", "用户3", "14700000003", "京E12345",
                "0027f8615ca143a4967b98ee7dad1028", AWAITING_ORDER_3, new String[] { "机构1", "101", "机构11", "10101" },
                "0027f8615ca143a4967b98ee7dad1026", LocalDateTime.of(2026, 12, 1, 10, 0));
        log.info("demo data: orders {} and {} await the park's audit", AWAITING_ORDER_2, AWAITING_ORDER_3);
    }

    /** {@code orgs}: first-level name and code, second-level name and code; {@code department} the second's id. */
    private void awaitingFirstPurchase(String userId, String name, String phone, String plate, String cardId,
            String orderId, String[] orgs, String department, LocalDateTime ordered) {
        jdbc.sql("""
                INSERT INTO parking_user (id, park_id, name, phone, address, idcard, drive_licence, content, code,
                    department, org_code, is_single, is_drop, bought_online, has_conflict_process, first_org_name,
                    first_org_code, second_org_name, second_org_code, duplicate_code, created_at, updated_at)
                VALUES (?, ?, ?, ?, '北京', '', '', '', ?, ?, NULL, '0', '1', TRUE, FALSE, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, PARK, name, phone, phone.substring(8), department, orgs[0], orgs[1], orgs[2], orgs[3],
                        "2007" + phone.substring(7), ordered, ordered)
                .update();
        jdbc.sql("INSERT INTO parking_car (user_id, car_num, channel, created_at) VALUES (?, ?, '3', ?)")
                .params(userId, plate, ordered).update();
        jdbc.sql("""
                INSERT INTO parking_card (id, user_id, product_id, cm_user_id, user_name, start_dt, end_dt, renew_end_dt,
                    state, remark, card_type, paid, last_order_id, created_at, updated_at)
                VALUES (?, ?, ?, NULL, ?, NULL, NULL, NULL, '2', '', '3', FALSE, ?, ?, ?)""")
                .params(cardId, userId, PRODUCT, name, orderId, ordered, ordered).update();
        String documents = "[{\"name\":\"驾驶证\",\"code\":\"0\",\"type\":\"1\",\"content\":"
                + "\"/parking-documents/demo-" + orderId + "-0.png\"},{\"name\":\"行驶证1\",\"code\":\"1\","
                + "\"type\":\"1\",\"content\":\"/parking-documents/demo-" + orderId + "-1.png\"}]";
        jdbc.sql("""
                INSERT INTO parking_order (id, card_id, user_id, product_id, product_v_id, product_name, price_type,
                    count, start_dt, end_dt, amount_fen, state, order_type, card_type, is_link, audit_before_pay,
                    audit_state, extra_info, duplicate_code, user_department, first_org_name, first_org_code,
                    second_org_name, second_org_code, remark, open_card_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, '包月123', '01', 1, ?, ?, 1, '01', 0, '3', '1', TRUE, '01', ?, ?, ?, ?, ?, ?, ?,
                    '', ?, ?, ?)""")
                .params(orderId, cardId, userId, PRODUCT, PRODUCT_VERSION, ordered, ordered.plusYears(1), documents,
                        "2007" + phone.substring(7), orgs[3], orgs[0], orgs[1], orgs[2], orgs[3], cardId, ordered,
                        ordered)
                .update();
    }

    private void org(String id, String name, String orgCode, String levelCode, String parentLevelCode, String level,
            String isLeaf, String parentOrgCode, int sort) {
        jdbc.sql("""
                INSERT INTO park_org (id, park_id, name, org_code, level_code, parent_level_code, level, is_leaf,
                    is_used, parent_org_code, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '0', ?, ?)""")
                .params(id, PARK, name, orgCode, levelCode, parentLevelCode, level, isLeaf, parentOrgCode, sort)
                .update();
    }
}
