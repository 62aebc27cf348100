package com.northstar.member.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.member.MemberIntegrationTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The benchmark's loader at a small N: rows after the existing ones, every state, totals counted. */
class BulkMemberLoadIntegrationTest extends MemberIntegrationTestSupport {

    @Autowired
    private BulkMemberLoad load;

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void generatesMembersAfterTheExistingOnesWithTheirTotals() throws Exception {
        load.generate(1_234);

        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(6 + 1_234);
        assertThat(count("SELECT MIN(id) FROM member WHERE user_id LIKE 'G%'")).isEqualTo(7);
        assertThat(count("SELECT COUNT(DISTINCT state) FROM member WHERE user_id LIKE 'G%'")).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM merchant_directory")).as("M001-M004 of the fixture kept")
                .isEqualTo(BulkMemberLoad.MERCHANTS);
        assertThat(count("SELECT COUNT(*) FROM member WHERE city_id IS NULL")).isZero();
        assertTotalsAreTheCounts();
        assertThat(postOk(MEMBERS, OPS, Map.of()).get("data").get("total").asLong()).isEqualTo(1_240);
    }
}
