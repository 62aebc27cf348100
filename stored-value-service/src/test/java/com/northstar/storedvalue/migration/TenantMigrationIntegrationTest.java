package com.northstar.storedvalue.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.MemberTestSupport;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantMigrationIntegrationTest extends MemberTestSupport {

    static final String MIGRATE = "/api/stored-value/tenants/migrate-members";
    static final Map<String, Object> T001_TO_T002 = Map.of("tenantIdByMemberExport", 1, "tenantIdByMemberImport", 2,
            "shopId", 3, "shopName", "烘焙工坊望京店");

    @BeforeEach
    void referenceData() {
        loadMembersReferenceData();
    }

    private void memberWithMoney(String code) throws Exception {
        createMember(newMember(code, 1, "会员" + code), T001);
        jdbc.sql("UPDATE card SET actual_balance = 30, actual_recharge = 30, give_balance = 5, give_recharge = 5, "
                + "actual_points = 7, total_points = 7 WHERE code = ?").param(code).update();
        jdbc.sql("UPDATE card_ledger SET actual_delta = 30, give_delta = 5, points_delta = 7, actual_after = 30, "
                + "give_after = 5, points_after = 7 WHERE card_id = (SELECT id FROM card WHERE code = ?)")
                .param(code).update();
    }

    @Test
    void svTenantMigrateMovesTheMoneyOnceAndClosesTheSourceCards() throws Exception {
        memberWithMoney("G001");
        memberWithMoney("G002");

        String answer = raw(post(MIGRATE, OPS, T001_TO_T002));

        assertGolden("sv-svTenantMigrate", answer);
        Map<String, Object> target = jdbc.sql("SELECT * FROM card WHERE code = 'G001' AND tenant_id = 2").query()
                .singleRow();
        assertThat(target.get("actual_balance")).isEqualTo(new BigDecimal("30.00"));
        assertThat(target.get("give_balance")).isEqualTo(new BigDecimal("5.00"));
        assertThat(target.get("actual_points")).isEqualTo(7);
        assertThat(target.get("send_mode")).isEqualTo(4);
        assertThat(target.get("card_class_id")).isEqualTo(3L);
        Map<String, Object> source = jdbc.sql("SELECT * FROM card WHERE code = 'G001' AND tenant_id = 1").query()
                .singleRow();
        assertThat(source.get("status")).isEqualTo(5);
        assertThat(source.get("actual_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'TRANSFER_OUT'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM member WHERE tenant_id = 2 AND member_level_id = 4")).isEqualTo(2);
    }

    @Test
    void svTenantMigrateAgainCopiesNothingTwice() throws Exception {
        memberWithMoney("G003");
        post(MIGRATE, OPS, T001_TO_T002);

        JsonAnswer again = new JsonAnswer(postJson(MIGRATE, OPS, T001_TO_T002).get("message").asString());

        assertThat(again.message()).isEqualTo("migrated 0, skipped 1");
        assertThat(count("SELECT COUNT(*) FROM card WHERE tenant_id = 2")).isEqualTo(1);
        assertThat(count("SELECT SUM(actual_balance) FROM card WHERE code = 'G003'")).isEqualTo(30);
    }

    @Test
    void svTenantMigrateToAShopOfAnotherTenantIs400AndOnlyForOps() throws Exception {
        memberWithMoney("G004");

        post(MIGRATE, OPS, Map.of("tenantIdByMemberExport", 1, "tenantIdByMemberImport", 2, "shopId", 1))
                .andExpect(status().isBadRequest());
        post(MIGRATE, OPS, Map.of("tenantIdByMemberExport", 1, "tenantIdByMemberImport", 9, "shopId", 3))
                .andExpect(status().isBadRequest());
        post(MIGRATE, T001, T001_TO_T002).andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM card WHERE tenant_id = 2")).isZero();
    }

    private record JsonAnswer(String message) {
    }
}
