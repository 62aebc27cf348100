package com.northstar.deposit.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.deposit.DepositIntegrationTestSupport;
import com.northstar.platform.test.SharedKafkaBroker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** member.migration-completed on the embedded broker records a migrated member's deposit once. */
class MigrationDepositIntegrationTest extends DepositIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void aMigrationWithADepositRecordsItHeld() throws Exception {
        String eventId = migrated("13900000101", deposit(29900, "WEICHUANG_MIGRATION"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(MigrationCompletedListener.CONSUMER, eventId));
        assertThat(row("SELECT * FROM deposit WHERE phone_no = '13900000101'")).containsEntry("user_id", "WC13900000101")
                .containsEntry("member_id", 101L).containsEntry("user_name", "钱九").containsEntry("merchant_code", "M002")
                .containsEntry("amount", 29900L).containsEntry("deposit_type", "微信支付")
                .containsEntry("paid_at", LocalDateTime.of(2025, 6, 1, 10, 0))
                .containsEntry("source", "WEICHUANG_MIGRATION").containsEntry("state", "HELD");
    }

    @Test
    void theDepositIsRecordedOnceFromARedeliveredOrRepeatedEvent() throws Exception {
        Map<String, Object> data = data("13900000102", deposit(50000, "REVIEW_TERMS"));
        String eventId = publish("member.migration-completed", "13900000102", "MemberMigrationCompleted", data);
        publish("member.migration-completed", "13900000102", eventId, "MemberMigrationCompleted", data);
        String repeated = migrated("13900000102", deposit(77700, "WEICHUANG_MIGRATION"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(MigrationCompletedListener.CONSUMER, repeated));
        assertThat(count("SELECT COUNT(*) FROM deposit WHERE phone_no = '13900000102'")).isEqualTo(1);
        assertThat(row("SELECT amount, source FROM deposit WHERE phone_no = '13900000102'"))
                .containsEntry("amount", 50000L).containsEntry("source", "REVIEW_TERMS");
    }

    @Test
    void aMigrationWithoutADepositOrWithAnUnusableOneRecordsNothing() throws Exception {
        String none = migrated("13900000103", null);
        String zero = migrated("13900000104", deposit(0, "REVIEW_TERMS"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(MigrationCompletedListener.CONSUMER, none)
                && handled(MigrationCompletedListener.CONSUMER, zero));
        assertThat(count("SELECT COUNT(*) FROM deposit WHERE phone_no IN ('13900000103', '13900000104')")).isZero();
    }

    @Test
    void aDepositWithAnUnreadablePaymentTimeIsRecordedWithoutIt() throws Exception {
        Map<String, Object> deposit = deposit(29900, "WEICHUANG_MIGRATION");
        deposit.put("paidAt", "last spring");
        String eventId = migrated("13900000106", deposit);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(MigrationCompletedListener.CONSUMER, eventId));
        assertThat(row("SELECT amount, paid_at FROM deposit WHERE phone_no = '13900000106'"))
                .containsEntry("amount", 29900L).containsEntry("paid_at", null);
    }

    @Test
    void anEventWhoseDepositCannotBeReadGoesToTheDeadLetterTopicUntried() throws Exception {
        String poison = migrated("13900000107", deposit(29900, "SOMETHING_ELSE"));
        String next = migrated("13900000107", deposit(29900, "WEICHUANG_MIGRATION"));

        await().atMost(Duration.ofSeconds(15)).until(() -> handled(MigrationCompletedListener.CONSUMER, next));
        assertThat(handled(MigrationCompletedListener.CONSUMER, poison)).isFalse();
        Map<String, Object> props = KafkaTestUtils.consumerProps(SharedKafkaBroker.bootstrapServers(),
                "dlt-reader-" + poison);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, String> deadLetters = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            deadLetters.subscribe(List.of(MigrationCompletedListener.TOPIC + "-dlt"));
            ConsumerRecord<String, String> parked = KafkaTestUtils.getSingleRecord(deadLetters,
                    MigrationCompletedListener.TOPIC + "-dlt", Duration.ofSeconds(30));
            assertThat(parked.value()).contains(poison);
        }
        assertThat(row("SELECT source FROM deposit WHERE phone_no = '13900000107'"))
                .containsEntry("source", "WEICHUANG_MIGRATION");
    }

    @Test
    void aMigratedMemberCanApplyForTheRecordedDeposit() throws Exception {
        String eventId = migrated("13900000105", deposit(29900, "WEICHUANG_MIGRATION"));
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(MigrationCompletedListener.CONSUMER, eventId));

        long id = postOk(APPLY, app("user-105"), Map.of("phoneNo", "13900000105")).get("data").get("id").asLong();

        assertThat(row("SELECT refund_amount, merchant_code FROM refund_application WHERE id = ?", id))
                .containsEntry("refund_amount", 29900L).containsEntry("merchant_code", "M002");
    }

    private String migrated(String phoneNo, Map<String, Object> deposit) throws Exception {
        return publish("member.migration-completed", phoneNo, "MemberMigrationCompleted", data(phoneNo, deposit));
    }

    private static Map<String, Object> data(String phoneNo, Map<String, Object> deposit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("phoneNo", phoneNo);
        data.put("userId", "WC" + phoneNo);
        data.put("memberId", Long.parseLong(phoneNo.substring(8)));
        data.put("merchantCode", "M002");
        data.put("userName", "钱九");
        data.put("deposit", deposit);
        return data;
    }

    private static Map<String, Object> deposit(long fen, String source) {
        Map<String, Object> deposit = new LinkedHashMap<>();
        deposit.put("amount", fen);
        deposit.put("depositType", "微信支付");
        deposit.put("paidAt", "2025-06-01 10:00:00");
        deposit.put("source", source);
        return deposit;
    }
}
