package com.northstar.member.migration;

import static com.northstar.member.migration.MigrationSagaFixtures.BATTERIES;
import static com.northstar.member.migration.MigrationSagaFixtures.DEPOSIT;
import static com.northstar.member.migration.MigrationSagaFixtures.PACKAGE;
import static com.northstar.member.migration.MigrationSagaFixtures.PHONE;
import static com.northstar.member.migration.MigrationSagaFixtures.USER;
import static com.northstar.member.migration.MigrationSagaFixtures.WEICHUANG_USER;
import static com.northstar.member.migration.MigrationSagaFixtures.approval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.member.FakeNeighbours;
import com.northstar.member.FakeNeighbours.WeichuangUser;
import com.northstar.member.MemberIntegrationTestSupport;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.test.FakeInternalService.Mode;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The migration saga through memberMigrationStart, the review decisions and the resumer: each step's result stored,
 * Weichuang or asset-service down at the step that needs them, a restart (the resumer run from a stored
 * intermediate state), and member.migration-completed exactly once per migration.
 */
class MigrationSagaIntegrationTest extends MemberIntegrationTestSupport {


    private final FakeNeighbours partner = FakeNeighbours.partnerAdapter();
    private final FakeNeighbours asset = FakeNeighbours.assetService();

    @Autowired
    private MigrationResumer resumer;

    @BeforeEach
    void fixture() {
        loadFixture();
        partner.knows(PHONE, WEICHUANG_USER);
    }

    @Test
    void startPullsFromWeichuangAndOpensAPendingReviewForTheUsersMerchant() throws Exception {
        JsonNode migration = start(PHONE);

        assertThat(migration.get("state").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(migration.get("waitingOn").asString()).isEqualTo("MERCHANT");
        assertThat(partner.calls()).hasSize(4).allMatch(call -> call.contains(" INTERNAL "));
        assertThat(jdbc.sql("SELECT state, merchant_code, user_id FROM member WHERE phone = ?").param(PHONE).query()
                .singleRow()).containsEntry("state", "NEW").containsEntry("merchant_code", "M001")
                .containsEntry("user_id", "WC13900001234");
        assertThat(jdbc.sql("SELECT * FROM access_review WHERE id = ?").param(migration.get("reviewId").asLong())
                .query().singleRow()).containsEntry("state", 0).containsEntry("merchant_code", "M001")
                .containsEntry("battery_code", "BTWC0001").containsEntry("deposit", 29900L)
                .containsEntry("online_price", "299.00").containsEntry("rent_type", "月卡");
        assertTotalsAreTheCounts();
    }

    @Test
    void startingAgainAnswersTheSameMigrationAndChangesNothing() throws Exception {
        JsonNode first = start(PHONE);
        JsonNode again = start(PHONE);

        assertThat(again.get("reviewId")).isEqualTo(first.get("reviewId"));
        assertThat(again.get("memberId")).isEqualTo(first.get("memberId"));
        assertThat(count("SELECT COUNT(*) FROM member WHERE phone = ?", PHONE)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM access_review WHERE phone = ?", PHONE)).isEqualTo(1);
        assertThat(partner.calls()).hasSize(4);
    }

    @Test
    void anUnknownWeichuangPhoneIs404AndLeavesNoMigration() throws Exception {
        post(MIGRATIONS, APP, Map.of("phoneNo", "13900009999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
        assertThat(count("SELECT COUNT(*) FROM member_migration")).isZero();
        assertThat(count("SELECT COUNT(*) FROM member WHERE phone = '13900009999'")).isZero();
        get(MIGRATIONS + "/13900009999", OPS).andExpect(status().isNotFound());
    }

    @Test
    void aPhoneThatIsNoMobileNumberIs400() throws Exception {
        post(MIGRATIONS, APP, Map.of("phoneNo", "12ab")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        post(MIGRATIONS, APP, "{}").andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = { "UNAVAILABLE", "SILENT", "DOWN" })
    void weichuangDownAtThePullKeepsTheMigrationWaitingAndTheResumerFinishesThePull(Mode fault) throws Exception {
        partner.mode(fault);
        JsonNode waiting = start(PHONE);

        assertThat(waiting.get("state").asString()).isEqualTo("STARTED");
        assertThat(waiting.get("waitingOn").asString()).isEqualTo("WEICHUANG");
        assertThat(waiting.get("lastError").asString()).startsWith("partner-adapter");
        assertThat(count("SELECT COUNT(*) FROM member WHERE phone = ?", PHONE)).isZero();

        partner.mode(Mode.ANSWER);
        assertThat(resumer.resumeDue()).isEqualTo(1);

        JsonNode resumed = migration(PHONE);
        assertThat(resumed.get("state").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(resumed.get("lastError").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM access_review WHERE phone = ?", PHONE)).isEqualTo(1);
    }

    @Test
    void approvalBindsEveryBatteryMakesTheMemberInUseAndPublishesTheCompletionOnce() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();

        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));

        JsonNode completed = migration(PHONE);
        assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("bound").size()).isEqualTo(2);
        assertThat(asset.calls()).hasSize(2).allMatch(call -> call.contains(" INTERNAL ")
                && call.contains("\"userId\":\"WC13900001234\"") && call.contains("\"merchantCode\":\"M001\""));
        assertThat(jdbc.sql("SELECT state FROM member WHERE phone = ?").param(PHONE).query(String.class).single())
                .isEqualTo("IN_USE");
        assertThat(events(MigrationCompletedEvent.TOPIC)).singleElement().satisfies(data -> {
            assertThat(data.get("phoneNo").asString()).isEqualTo(PHONE);
            assertThat(data.get("userId").asString()).isEqualTo("WC13900001234");
            assertThat(data.get("merchantCode").asString()).isEqualTo("M001");
            assertThat(data.get("userName").asString()).isEqualTo("周九");
            assertThat(data.get("deposit").get("amount").asLong()).isEqualTo(29900);
            assertThat(data.get("deposit").get("source").asString()).isEqualTo("WEICHUANG_MIGRATION");
            assertThat(data.get("deposit").get("paidAt").asString()).isEqualTo("2024-05-01 10:05:00");
        });

        JsonNode again = postOk(APPROVE, merchant("M001"), approval(reviewId, 0));
        assertThat(again.get("msg").asString()).contains("already approved");
        assertThat(resumer.resumeDue()).isZero();
        assertThat(events(MigrationCompletedEvent.TOPIC)).hasSize(1);
        assertThat(asset.calls()).hasSize(2);
        assertTotalsAreTheCounts();
    }

    @Test
    void withoutAWeichuangDepositTheApprovalsTermsAreTheDeposit() throws Exception {
        partner.knows(PHONE, new WeichuangUser(USER, "null", "null", "{\"batteryList\":[]}"));
        long reviewId = start(PHONE).get("reviewId").asLong();

        postOk(APPROVE, PARTNER, approval(reviewId, 19900));

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
        assertThat(asset.calls()).isEmpty();
        JsonNode deposit = events(MigrationCompletedEvent.TOPIC).get(0).get("deposit");
        assertThat(deposit.get("amount").asLong()).isEqualTo(19900);
        assertThat(deposit.get("source").asString()).isEqualTo("REVIEW_TERMS");
    }

    @Test
    void noDepositAnywhereCompletesWithANullDeposit() throws Exception {
        partner.knows(PHONE, new WeichuangUser(USER, "null", "null", "{\"batteryList\":[]}"));
        postOk(APPROVE, PARTNER, approval(start(PHONE).get("reviewId").asLong(), 0));

        assertThat(events(MigrationCompletedEvent.TOPIC).get(0).get("deposit").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = { "UNAVAILABLE", "DOWN" })
    void assetDownAtTheBindKeepsTheApprovalAndTheResumerCompletes(Mode fault) throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        asset.mode(fault);

        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));

        JsonNode waiting = migration(PHONE);
        assertThat(waiting.get("state").asString()).isEqualTo("APPROVED");
        assertThat(waiting.get("waitingOn").asString()).isEqualTo("ASSET");
        assertThat(jdbc.sql("SELECT state FROM member WHERE phone = ?").param(PHONE).query(String.class).single())
                .isEqualTo("NEW");
        assertThat(events(MigrationCompletedEvent.TOPIC)).isEmpty();

        asset.mode(Mode.ANSWER);
        resumer.resumeDue();

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
        assertThat(events(MigrationCompletedEvent.TOPIC)).hasSize(1);
    }

    @Test
    void aBatteryAssetHasBoundToSomeoneElseIsRecordedRefusedAndTheMigrationCompletes() throws Exception {
        asset.boundElsewhere("BTWC0002");
        postOk(APPROVE, merchant("M001"), approval(start(PHONE).get("reviewId").asLong(), 0));

        JsonNode completed = migration(PHONE);
        assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("bound").get("BTWC0002").asString()).isEqualTo("REFUSED");
        assertThat(completed.get("bound").get("BTWC0001").asString()).isNotEqualTo("REFUSED");
    }

    @Test
    void aRestartAfterTheRowWasWrittenPullsAndOpensTheReview() throws Exception {
        jdbc.sql("INSERT INTO member_migration (phone, state, started_at, updated_at) VALUES (?, 'STARTED', NOW(),"
                + " NOW())").param(PHONE).update();

        resumer.resumeDue();

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void aRestartAfterThePullOpensTheReviewFromTheStoredPullWithoutAskingWeichuangAgain() throws Exception {
        jdbc.sql("""
                INSERT INTO member_migration (phone, state, user_id, merchant_code, user_json, deposit_json,
                    package_json, batteries_json, started_at, updated_at)
                VALUES (?, 'PULLED', 'WC13900001234', 'M001', ?, ?, ?, ?, NOW(), NOW())""")
                .params(PHONE, USER, DEPOSIT, PACKAGE, json.readTree(BATTERIES).get("batteryList").toString())
                .update();

        resumer.resumeDue();

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(partner.calls()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM member WHERE phone = ?", PHONE)).isEqualTo(1);
    }

    @Test
    void aRestartHalfwayThroughTheBindsOnlyBindsWhatIsLeft() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        asset.mode(Mode.UNAVAILABLE);
        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));
        jdbc.sql("UPDATE member_migration SET bound_json = '{\"BTWC0001\":\"4242\"}' WHERE phone = ?").param(PHONE)
                .update();
        asset.mode(Mode.ANSWER);
        asset.calls().clear();

        resumer.resumeDue();

        assertThat(asset.calls()).singleElement().satisfies(call -> assertThat(call).contains("BTWC0002"));
        assertThat(migration(PHONE).get("bound").get("BTWC0001").asString()).isEqualTo("4242");
    }

    @Test
    void aRestartAfterTheBindsCompletesWithOneEvent() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        asset.mode(Mode.UNAVAILABLE);
        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));
        jdbc.sql("UPDATE member_migration SET state = 'BOUND', bound_json = '{}' WHERE phone = ?").param(PHONE)
                .update();
        asset.calls().clear();

        resumer.resumeDue();
        resumer.resumeDue();

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
        assertThat(asset.calls()).isEmpty();
        assertThat(events(MigrationCompletedEvent.TOPIC)).hasSize(1);
    }

    @Test
    void aRunKilledHoldingTheClaimIsTakenOverOnlyAfterItsLease() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        asset.mode(Mode.UNAVAILABLE);
        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));
        asset.mode(Mode.ANSWER);
        LocalDateTime now = LocalDateTime.now(WireDates.ZONE);
        jdbc.sql("UPDATE member_migration SET claim_token = 'dead-run', claimed_until = ? WHERE phone = ?")
                .params(now.plusMinutes(1), PHONE).update();

        assertThat(resumer.resumeDue()).isZero();
        assertThat(migration(PHONE).get("state").asString()).isEqualTo("APPROVED");

        jdbc.sql("UPDATE member_migration SET claimed_until = ? WHERE phone = ?").params(now.minusSeconds(1), PHONE)
                .update();
        assertThat(resumer.resumeDue()).isEqualTo(1);
        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void twoResumersAtOncePublishTheCompletionOnce() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        asset.mode(Mode.UNAVAILABLE);
        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));
        asset.mode(Mode.ANSWER);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(resumer::resumeDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(resumer::resumeDue);
        one.get();
        two.get();

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
        assertThat(events(MigrationCompletedEvent.TOPIC)).hasSize(1);
    }

    @Test
    void rejectionEndsTheMigrationRejectedCancelsTheMemberAndBindsNothing() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();

        postOk(REJECT, merchant("M001"), Map.of("id", reviewId));

        assertThat(migration(PHONE).get("state").asString()).isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT state FROM member WHERE phone = ?").param(PHONE).query(String.class).single())
                .isEqualTo("CANCELLED");
        assertThat(asset.calls()).isEmpty();
        assertThat(events(MigrationCompletedEvent.TOPIC)).isEmpty();

        assertThat(postOk(REJECT, merchant("M001"), Map.of("id", reviewId)).get("msg").asString())
                .contains("already rejected");
        post(APPROVE, merchant("M001"), approval(reviewId, 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        assertThat(start(PHONE).get("state").asString()).isEqualTo("REJECTED");
        assertTotalsAreTheCounts();
    }

    @Test
    void rejectingAnApprovedReviewIs409() throws Exception {
        long reviewId = start(PHONE).get("reviewId").asLong();
        postOk(APPROVE, merchant("M001"), approval(reviewId, 0));

        post(REJECT, merchant("M001"), Map.of("id", reviewId)).andExpect(status().isConflict());
        assertThat(migration(PHONE).get("state").asString()).isEqualTo("COMPLETED");
    }

    private JsonNode start(String phone) throws Exception {
        return postOk(MIGRATIONS, APP, Map.of("phoneNo", phone)).get("data");
    }

    private JsonNode migration(String phone) throws Exception {
        return read(get(MIGRATIONS + "/" + phone, OPS).andExpect(status().isOk()).andReturn()).get("data");
    }
}
