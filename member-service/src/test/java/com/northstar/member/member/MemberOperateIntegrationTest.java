package com.northstar.member.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.member.MemberIntegrationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * memberOperate over the fixture's members (1 IN_USE, 2 FROZEN, 3 NEW, 4 BANNED, 5 OVERDUE, 6 IN_USE): every opType
 * allowed and refused, all ids or none, and the totals the stats answer from still the counts.
 */
class MemberOperateIntegrationTest extends MemberIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @ParameterizedTest(name = "opType {0} on member {1} ({2}) -> {3}")
    @CsvSource({ "1, 1, IN_USE, FROZEN", "1, 6, IN_USE, FROZEN", "2, 1, IN_USE, BANNED", "2, 2, FROZEN, BANNED",
            "2, 3, NEW, BANNED", "2, 5, OVERDUE, BANNED", "3, 2, FROZEN, IN_USE", "4, 4, BANNED, IN_USE" })
    void anAllowedOperationMovesTheMember(int opType, long id, String from, String to) throws Exception {
        assertThat(state(id)).isEqualTo(from);
        postOk(OPERATE, OPS, Map.of("ids", String.valueOf(id), "opType", opType));
        assertThat(state(id)).isEqualTo(to);
        assertTotalsAreTheCounts();
    }

    @ParameterizedTest(name = "opType {0} on member {1} is refused")
    @CsvSource({ "1, 2", "1, 3", "1, 4", "1, 5", "2, 4", "3, 1", "3, 4", "4, 1", "4, 2" })
    void anOperationTheMembersStateDoesNotAllowIs409(int opType, long id) throws Exception {
        String before = state(id);
        post(OPERATE, OPS, Map.of("ids", String.valueOf(id), "opType", opType)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void severalIdsChangeTogether() throws Exception {
        postOk(OPERATE, PARTNER, Map.of("ids", "1, 6", "opType", 1));
        assertThat(List.of(state(1), state(6))).containsOnly("FROZEN");
        assertTotalsAreTheCounts();
    }

    @Test
    void oneRefusedMemberLeavesEveryMemberUnchanged() throws Exception {
        post(OPERATE, OPS, Map.of("ids", "1,6,2", "opType", 1)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value(org.hamcrest.Matchers.containsString("2 (FROZEN)")));
        assertThat(List.of(state(1), state(6))).containsOnly("IN_USE");
        assertTotalsAreTheCounts();
    }

    @Test
    void oneUnknownIdIs404AndLeavesEveryMemberUnchanged() throws Exception {
        post(OPERATE, OPS, Map.of("ids", "1,999", "opType", 2)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.msg").value(org.hamcrest.Matchers.containsString("999")));
        assertThat(state(1)).isEqualTo("IN_USE");
    }

    @Test
    void badIdsOrOpTypeAre400() throws Exception {
        for (Map<String, Object> body : List.of(Map.<String, Object>of("ids", "1,x", "opType", 1),
                Map.<String, Object>of("ids", "", "opType", 1), Map.<String, Object>of("ids", "1", "opType", 5),
                Map.<String, Object>of("opType", 1), Map.<String, Object>of("ids", "1"))) {
            post(OPERATE, OPS, body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        }
        assertThat(state(1)).isEqualTo("IN_USE");
    }

    @Test
    void merchantsMayNotOperate() throws Exception {
        post(OPERATE, merchant("M001"), Map.of("ids", "1", "opType", 1)).andExpect(status().isForbidden());
        assertThat(state(1)).isEqualTo("IN_USE");
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM member WHERE id = ?").param(id).query(String.class).single();
    }
}
