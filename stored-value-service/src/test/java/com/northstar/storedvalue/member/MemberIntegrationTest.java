package com.northstar.storedvalue.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.MemberTestSupport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MemberIntegrationTest extends MemberTestSupport {

    static final String DETAIL = "/api/stored-value/members/detail";
    static final String PAGE = "/api/stored-value/members/page";
    static final String PAGE_BY_DATE = "/api/stored-value/members/page-by-date";
    static final String BY_CLASS = "/api/stored-value/members/by-class";
    static final String SEARCH = "/api/stored-value/members/search";
    static final String UPDATE = "/api/stored-value/members/update";
    static final String CARD_DETAIL = "/api/stored-value/cards/detail";

    @BeforeEach
    void referenceData() {
        loadMembersReferenceData();
    }

    private long alice() throws Exception {
        Map<String, Object> body = newMember("A1001", 1, "李丽");
        body.put("phone", "13800000001");
        body.put("sex", 2);
        body.put("birthday", "1990-05-01 00:00:00");
        body.put("idCard", "110101199005010021");
        body.put("address", "北京市海淀区");
        body.put("memberLevelId", 2);
        body.put("memberTagIds", List.of(1, 2));
        return createMember(body, T001);
    }

    @Test
    void svMemberCreateAnswersTheNewMemberIdAndOpensTheCardWithAnOpenLedgerLine() throws Exception {
        String answer = raw(post(MEMBERS, T001, newMember("A1000", 1, "王五")));

        assertGolden("sv-svMemberCreate", answer);
        Map<String, Object> card = card("A1000");
        assertThat(card.get("send_mode")).isEqualTo(1);
        assertThat(card.get("shop_id")).isEqualTo(1L);
        assertThat(card.get("actual_balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'OPEN' AND card_id = ?", card.get("id")))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM member WHERE card_id = ?", card.get("id"))).isEqualTo(1);
    }

    @Test
    void svMemberCreateWithTheSameCodeAndContentAnswersTheSameIdOnce() throws Exception {
        Map<String, Object> body = newMember("A1002", 1, "王五");

        long first = createMember(body, T001);
        long again = createMember(body, T001);

        assertThat(again).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(1);
    }

    @Test
    void svMemberCreateWithTheSameCodeAndOtherContentIs801() throws Exception {
        createMember(newMember("A1003", 1, "王五"), T001);

        JsonNode answer = postJson(MEMBERS, T001, newMember("A1003", 1, "赵六"));

        assertThat(statusOf(answer)).isEqualTo(801);
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(1);
    }

    @Test
    void svMemberCreateWithAMacOfAnotherCardIs801() throws Exception {
        createMember(newMember("A1004", 1, "王五"), T001);
        Map<String, Object> sameMac = newMember("A1005", 1, "赵六");
        sameMac.put("cardMac", mac("A1004"));

        assertThat(statusOf(postJson(MEMBERS, T001, sameMac))).isEqualTo(801);
        assertThat(count("SELECT COUNT(*) FROM card")).isEqualTo(1);
    }

    @Test
    void svMemberCreateWithAnotherTenantsCardClassOrWithoutNameIs400() throws Exception {
        post(MEMBERS, T001, newMember("A1006", 3, "王五")).andExpect(status().isBadRequest());
        post(MEMBERS, T001, newMember("A1006", 1, "")).andExpect(status().isBadRequest());
        Map<String, Object> badPhone = newMember("A1006", 1, "王五");
        badPhone.put("phone", "12345");
        post(MEMBERS, T001, badPhone).andExpect(status().isBadRequest());
        Map<String, Object> otherLevel = newMember("A1006", 1, "王五");
        otherLevel.put("memberLevelId", 4);
        post(MEMBERS, T001, otherLevel).andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM card")).isZero();
    }

    @Test
    void svMemberDetailAnswersTheSeedsMemberFields() throws Exception {
        long id = alice();

        assertGolden("sv-svMemberDetail", raw(get(DETAIL + "?id=" + id, T001)));
    }

    @Test
    void svMemberDetailOfAnotherTenantsMemberIs602() throws Exception {
        long id = alice();

        String answer = raw(get(DETAIL + "?id=" + id, T002).andExpect(status().isOk()));

        assertThat(read(get(DETAIL + "?id=" + id, T002).andReturn()).get("status").asInt()).isEqualTo(602);
        assertThat(answer).doesNotContain("李丽");
    }

    @Test
    void svMemberPageSumsEveryMatchingMemberNotOnlyThePage() throws Exception {
        alice();
        createMember(newMember("A2001", 2, "王五"), T001);
        createMember(newMember("A2002", 1, "王六"), T001);
        createMember(newMember("B2001", 3, "王七"), T002);
        jdbc.sql("UPDATE card SET actual_balance = 10, actual_recharge = 10 WHERE code LIKE 'A%'").update();
        jdbc.sql("UPDATE card_ledger SET actual_delta = 10, actual_after = 10 WHERE card_id IN "
                + "(SELECT id FROM card WHERE code LIKE 'A%')").update();

        String page = raw(get(PAGE + "?pageIndex=1&pageSize=2", T001));

        assertGolden("sv-svMemberPage", page);
        JsonNode byName = getJson(PAGE + "?pageIndex=1&pageSize=10&keyword=王", T001);
        assertThat(byName.get("totalCount").asInt()).isEqualTo(2);
        assertThat(getJson(PAGE + "?keyword=13800000001", T001).get("totalCount").asInt()).isEqualTo(1);
        assertThat(getJson(PAGE + "?keyword=A2002", T001).get("totalCount").asInt()).isEqualTo(1);
        assertThat(getJson(PAGE + "?memberLevel=2", T001).get("totalCount").asInt()).isEqualTo(1);
        assertThat(getJson(PAGE + "?shopId=1&status=1", T001).get("totalCount").asInt()).isEqualTo(3);
        assertThat(getJson(PAGE + "?shopId=3", T001).get("totalCount").asInt()).isZero();
    }

    @Test
    void svMemberPageWithAPageLargerThan500Is400() throws Exception {
        get(PAGE + "?pageIndex=1&pageSize=501", T001).andExpect(status().isBadRequest());
        get(PAGE + "?pageIndex=0&pageSize=10", T001).andExpect(status().isBadRequest());
    }

    @Test
    void svMemberPageByDateCountsWholeDaysOfTheCardsOpening() throws Exception {
        alice();
        createMember(newMember("A3001", 1, "王五"), T001);
        jdbc.sql("UPDATE card SET effective_time = '2026-03-01 23:59:59' WHERE code = 'A3001'").update();

        String page = raw(get(PAGE_BY_DATE + "?pageIndex=1&pageSize=10&startDate=2026-03-01&endDate=2026-03-01",
                T001));

        assertGolden("sv-svMemberPageByDate", page);
        assertThat(getJson(PAGE_BY_DATE + "?startDate=2026-03-02", T001).get("totalCount").asInt()).isEqualTo(1);
        get(PAGE_BY_DATE + "?startDate=yesterday", T001).andExpect(status().isBadRequest());
    }

    @Test
    void svMemberByClassAnswersTheClassesMembersAndNothingOfAnotherTenant() throws Exception {
        alice();
        createMember(newMember("A4001", 2, "王五"), T001);

        assertGolden("sv-svMemberByClass", raw(get(BY_CLASS + "?classId=2&shopId=1", T001)));
        assertThat(getJson(BY_CLASS + "?classId=1&tenantId=1", T001)).hasSize(1);
        assertThat(getJson(BY_CLASS + "?classId=1&tenantId=2", T001)).isEmpty();
        assertThat(getJson(BY_CLASS + "?classId=1", T002)).isEmpty();
        get(BY_CLASS, T001).andExpect(status().isBadRequest());
    }

    @Test
    void svMemberSearchFindsByPhoneNamePrefixCardNumberOrMac() throws Exception {
        alice();

        assertGolden("sv-svMemberSearch", raw(get(SEARCH + "?keyword=13800000001", T001)));
        assertThat(getJson(SEARCH + "?keyword=李", T001)).hasSize(1);
        assertThat(getJson(SEARCH + "?keyword=丽", T001)).isEmpty();
        assertThat(getJson(SEARCH + "?keyword=1380000000", T001)).isEmpty();
        assertThat(getJson(SEARCH + "?keyword=A1001", T001)).hasSize(1);
        assertThat(getJson(SEARCH + "?mac=" + mac("A1001"), T001)).hasSize(1);
        assertThat(getJson(SEARCH + "?mac=" + mac("A1001"), T002)).isEmpty();
        assertThat(getJson(SEARCH + "?keyword=A1001", T002)).isEmpty();
    }

    @Test
    void svMemberUpdateChangesMemberDataButNeverBalances() throws Exception {
        long id = alice();
        Map<String, Object> body = newMember("A1001", 1, "李丽丽");
        body.put("id", id);
        body.put("phone", "13900000002");
        body.put("memberTagIds", List.of(1));
        body.put("actualBalance", 999.00);
        body.put("balance", 999.00);
        body.put("cardStatus", 3);

        String answer = raw(post(UPDATE, T001, body));

        assertGolden("sv-svMemberUpdate", answer);
        JsonNode member = getJson(DETAIL + "?id=" + id, T001);
        assertThat(member.get("name").asString()).isEqualTo("李丽丽");
        assertThat(member.get("phone").asString()).isEqualTo("13900000002");
        assertThat(member.get("memberLevelId").asLong()).isEqualTo(2);
        assertThat(member.get("memberTagIds").toString()).isEqualTo("[1]");
        assertThat(member.get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(member.get("cardStatus").asInt()).isEqualTo(1);
    }

    @Test
    void svMemberUpdateOfAnotherTenantsMemberIs602() throws Exception {
        long id = alice();
        Map<String, Object> body = newMember("A1001", 1, "冒名");
        body.put("id", id);

        assertThat(statusOf(postJson(UPDATE, T002, body))).isEqualTo(602);
        assertThat(getJson(DETAIL + "?id=" + id, T001).get("name").asString()).isEqualTo("李丽");
    }

    @Test
    void svCardDetailAnswersTheCardWithoutItsPassword() throws Exception {
        alice();
        jdbc.sql("UPDATE card SET password = 'secret' WHERE code = 'A1001'").update();

        String answer = raw(get(CARD_DETAIL + "?cardCode=A1001&mac=" + mac("A1001"), T001));

        assertGolden("sv-svCardDetail", answer);
        assertThat(answer).doesNotContain("secret");
    }

    @Test
    void svCardDetailOfAnotherTenantOrWithAWrongMacIs602() throws Exception {
        alice();

        assertThat(statusOf(getJson(CARD_DETAIL + "?cardCode=A1001&mac=" + mac("A1001"), T002))).isEqualTo(602);
        assertThat(statusOf(getJson(CARD_DETAIL + "?cardCode=A1001&mac=wrong", T001))).isEqualTo(602);
    }
}
