package com.northstar.parking.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** parkingSmsCode's limits and how parkingUserQuery uses a code: the latest sent to the phone, once, for 5 minutes. */
class SmsCodeIntegrationTest extends ParkingIntegrationTestSupport {

    private static final String PHONE = "15245263262";

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingSmsCodeRefusesASecondCodeToThePhoneWithin60SecondsWith429() throws Exception {
        int sentBefore = sms.sentTo(PHONE).size();
        post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(59));
        post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.isSuccess").value("1"));
        post(SMS_CODE, APP, Map.of("phone", "15245263263")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isOk());
        assertThat(sms.sentTo(PHONE)).hasSize(sentBefore + 2);
    }

    @Test
    void concurrentRequestsForAPhoneSendOneCode() throws Exception {
        String phone = "15245260001";
        int sentBefore = sms.sentTo(phone).size();
        List<Integer> statuses = concurrently(8, () -> post(SMS_CODE, APP, Map.of("phone", phone)));
        assertThat(statuses).containsOnly(200, 429).containsOnlyOnce(200);
        assertThat(sms.sentTo(phone)).hasSize(sentBefore + 1);
    }

    @Test
    void parkingSmsCodeSendsAtMostTenCodesToAPhoneADay() throws Exception {
        for (int i = 0; i < 10; i++) {
            post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isOk());
            clock.advance(Duration.ofSeconds(61));
        }
        post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofHours(14));
        post(SMS_CODE, APP, Map.of("phone", PHONE)).andExpect(status().isOk());
    }

    @Test
    void parkingSmsCodeRefusesAMalformedPhoneWith400() throws Exception {
        for (String phone : new String[] { "1524526326", "25245263262", "152452632ab", "" }) {
            post(SMS_CODE, APP, Map.of("phone", phone)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.isSuccess").value("1"));
        }
        post(SMS_CODE, APP, "{}").andExpect(status().isBadRequest());
    }

    @Test
    void parkingSmsCodeKeepsOnlyASaltedHashAndNeverAnswersTheCode() throws Exception {
        String answer = text(post(SMS_CODE, APP, Map.of("phone", PHONE)).andReturn());
        String code = sms.latestCode(PHONE);
        assertThat(code).matches("\\d{6}");
        assertThat(answer).doesNotContain(code);
        String stored = jdbc.sql("SELECT CONCAT(code_hash, code_salt) FROM sms_phone WHERE phone = ?").param(PHONE)
                .query(String.class).single();
        assertThat(stored).doesNotContain(code).hasSize(96);
    }

    @Test
    void parkingSmsCodeIsForAppCallersOnly() throws Exception {
        post(SMS_CODE, PARK, Map.of("phone", "bad")).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(SMS_CODE)
                .contentType("application/json").content("{\"phone\":\"" + PHONE + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.isSuccess").value("1"));
    }

    @Test
    void parkingUserQueryChecksRequiredFieldsWith400BeforeTheCode() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        for (String field : new String[] { "carNum", "name", "pmParkId", "phone", "phoneCode" }) {
            Map<String, Object> missing = new HashMap<>(query);
            missing.remove(field);
            post(USER_QUERY, APP, missing).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.msg").value("missing required field " + field));
        }
        post(USER_QUERY, APP, query).andExpect(status().isOk()).andExpect(jsonPath("$.isSuccess").value("0"));
    }

    @Test
    void parkingUserQueryAcceptsTheLatestCodeOnceAndRefusesItsReuse() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        post(USER_QUERY, APP, query).andExpect(status().isOk());
        post(USER_QUERY, APP, query).andExpect(status().isBadRequest()).andExpect(jsonPath("$.isSuccess").value("1"));
    }

    @Test
    void parkingUserQueryRefusesACodeOnceANewerOneWasSent() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        clock.advance(Duration.ofSeconds(60));
        String newer = smsCode(PHONE);
        if (!newer.equals(query.get("phoneCode"))) {
            post(USER_QUERY, APP, query).andExpect(status().isBadRequest());
        }
        query.put("phoneCode", newer);
        post(USER_QUERY, APP, query).andExpect(status().isOk());
    }

    @Test
    void parkingUserQueryRefusesACodeSentToAnotherPhone() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        query.put("phone", "15245263263");
        post(USER_QUERY, APP, query).andExpect(status().isBadRequest()).andExpect(jsonPath("$.isSuccess").value("1"));
    }

    @Test
    void parkingUserQueryRefusesACodeOlderThanFiveMinutes() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        post(USER_QUERY, APP, query).andExpect(status().isBadRequest());
    }

    @Test
    void parkingUserQueryLimitsWrongCodesPerPhoneThenRefusesEvenTheRightOneWith429() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        String right = (String) query.get("phoneCode");
        query.put("phoneCode", right.equals("000000") ? "000001" : "000000");
        for (int i = 1; i < SmsCodes.MAX_FAILED_ATTEMPTS; i++) {
            post(USER_QUERY, APP, query).andExpect(status().isBadRequest());
        }
        post(USER_QUERY, APP, query).andExpect(status().isTooManyRequests());
        query.put("phoneCode", right);
        post(USER_QUERY, APP, query).andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofSeconds(60));
        query.put("phoneCode", smsCode(PHONE));
        post(USER_QUERY, APP, query).andExpect(status().isOk());
    }

    @Test
    void parkingUserQueryOfAPlateHeldUnderAnotherNameIs404() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        query.put("name", "用户2");
        post(USER_QUERY, APP, query).andExpect(status().isNotFound()).andExpect(jsonPath("$.isSuccess").value("1"));
    }

    @Test
    void parkingUserQueryOfAnUnknownPlateOrAnotherParkIs404() throws Exception {
        Map<String, Object> query = userQuery(PHONE);
        query.put("carNum", "京L78023");
        post(USER_QUERY, APP, query).andExpect(status().isNotFound());
        clock.advance(Duration.ofSeconds(60));
        query = userQuery(PHONE);
        query.put("pmParkId", "1463714771961");
        post(USER_QUERY, APP, query).andExpect(status().isNotFound());
    }

    @Test
    void parkingUserQueryWithIsOverDuplicate0OverwritesTheStaffNumberAnd1KeepsIt() throws Exception {
        Map<String, Object> keep = userQuery(PHONE);
        keep.put("duplicateCode", "30000001");
        post(USER_QUERY, APP, keep).andExpect(status().isOk()).andExpect(jsonPath("$.isOverDuplicate").value("1"))
                .andExpect(jsonPath("$.resultData.duplicateCode").value("20071230"));
        clock.advance(Duration.ofSeconds(60));
        Map<String, Object> overwrite = userQuery(PHONE);
        overwrite.put("duplicateCode", "30000001");
        overwrite.put("isOverDuplicate", "0");
        post(USER_QUERY, APP, overwrite).andExpect(status().isOk())
                .andExpect(jsonPath("$.isOverDuplicate").value("0"))
                .andExpect(jsonPath("$.resultData.duplicateCode").value("30000001"));
    }

    @Test
    void parkingUserQueryIsForAppCallersOnlyAndRefusesOthersBeforeAnyCheck() throws Exception {
        post(USER_QUERY, PARK, Map.of()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.isSuccess").value("1"));
    }
}
