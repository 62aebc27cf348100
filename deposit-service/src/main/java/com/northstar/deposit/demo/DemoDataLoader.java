package com.northstar.deposit.demo;

import com.northstar.deposit.merchant.MerchantDirectory;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
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
 * Local runs ({@code suite.demo-data=true}): fills empty deposit tables so every deposit operation shows
 * something. Merchants M001-M003 with asset-service's demo names; per merchant five members (asset-service's demo
 * app users {@code 1370000m001}/{@code 1370000m002}, who hold a battery there, and three more), each with a deposit
 * (Weichuang's or the review's terms), and applications in every status: awaiting the merchant, refunding,
 * refunded, failed.
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final String[][] MERCHANTS = { { "M001", "北极星换电海淀店" }, { "M002", "北极星换电朝阳店" },
            { "M003", "北极星换电丰台店" } };
    private static final String[] NAMES = { "张三", "李四", "王五", "赵六", "钱九" };

    private final JdbcClient jdbc;
    private final MerchantDirectory merchants;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, MerchantDirectory merchants, Clock clock) {
        this.jdbc = jdbc;
        this.merchants = merchants;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM deposit").query(Long.class).single() > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
        for (int m = 0; m < MERCHANTS.length; m++) {
            String merchant = MERCHANTS[m][0];
            merchants.record(merchant, MERCHANTS[m][1]);
            for (int u = 1; u <= NAMES.length; u++) {
                String phone = "1370000" + (m + 1) + "00" + u;
                String userId = "10" + (m + 1) + "0" + u;
                boolean reviewTerms = u == 3 || u == 5;
                long depositId = deposit(phone, userId, NAMES[u - 1], merchant, reviewTerms ? 50000 : 29900,
                        reviewTerms ? "REVIEW_TERMS" : "WEICHUANG_MIGRATION", state(u), now.minusDays(60 + u));
                application(depositId, phone, userId, NAMES[u - 1], merchant, u, now.minusDays(u).minusHours(m));
            }
        }
        log.info("demo data: {} merchants, {} deposits and refund applications", MERCHANTS.length,
                MERCHANTS.length * NAMES.length);
    }

    /** Member u's deposit: 1, 2 and 5 open applications, 3 refunded, 4 failed (held again). */
    private static String state(int u) {
        return switch (u) {
            case 1, 2, 5 -> "REFUNDING";
            case 3 -> "REFUNDED";
            default -> "HELD";
        };
    }

    private long deposit(String phone, String userId, String name, String merchant, long fen, String source,
            String state, LocalDateTime paidAt) {
        jdbc.sql("INSERT INTO deposit (phone_no, user_id, user_name, merchant_code, amount, deposit_type, paid_at, "
                + "source, state, refunded_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(phone, userId, name, merchant, fen, "REVIEW_TERMS".equals(source) ? "线下" : "微信支付",
                        paidAt, source, state, "REFUNDED".equals(state) ? paidAt.plusDays(59) : null, paidAt, paidAt)
                .update();
        return jdbc.sql("SELECT id FROM deposit WHERE phone_no = ?").param(phone).query(Long.class).single();
    }

    /**
     * Member u's application: 1 awaiting the merchant, 2 refunding, 3 refunded (in person: a review-terms deposit),
     * 4 failed at Weichuang, 5 awaiting the merchant (review-terms: confirming it refunds it at once).
     */
    private void application(long depositId, String phone, String userId, String name, String merchant, int u,
            LocalDateTime appliedAt) {
        int status = u == 5 ? 0 : u - 1;
        boolean confirmed = status > 0;
        LocalDateTime confirmedAt = confirmed ? appliedAt.plusHours(2) : null;
        jdbc.sql("INSERT INTO refund_application (deposit_id, phone_no, user_id, user_name, merchant_code, reason, "
                + "applicant, status, refund_amount, applied_at, refund_no, confirmed_by, confirmed_at, confirm_info, "
                + "remark, completed_at, failure_reason, created_at, updated_at) "
                + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, amount, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM deposit WHERE id = ?")
                .params(depositId, phone, userId, name, merchant, "不再使用换电服务", "app-" + phone, status,
                        appliedAt, confirmed ? "RFDEMO" + phone : null, confirmed ? "merchant-" + merchant : null,
                        confirmedAt, confirmed ? "电池已归还" : null, null,
                        status == 2 ? confirmedAt : status == 3 ? confirmedAt.plusMinutes(5) : null,
                        status == 3 ? "微创退款失败：账户已注销" : null, appliedAt, appliedAt, depositId)
                .update();
    }
}
