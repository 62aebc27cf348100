package com.northstar.dev.weichuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The control endpoints partner-adapter-service tests use: SLOW, FAIL and DUPLICATE faults, and recorded calls. */
class FaultInjectionTest extends SimulatorTestSupport {

    private static final String USER_INFO = "/wc/users/info";
    private static final String PHONE = "{\"phoneNo\":\"13800000001\"}";

    @Test
    void failAnswers500ForTheNextCountCallsThenRecovers() throws Exception {
        inject("{\"path\":\"" + USER_INFO + "\",\"mode\":\"FAIL\",\"count\":2}");

        call(USER_INFO, PHONE).andExpect(status().isInternalServerError()).andExpect(jsonPath("$.code").value(500));
        call(USER_INFO, PHONE).andExpect(status().isInternalServerError());
        call(USER_INFO, PHONE).andExpect(status().isOk()).andExpect(jsonPath("$.data.userName").value("张三"));
    }

    @Test
    void failDoesNotCarryTheCallOut() throws Exception {
        inject("{\"path\":\"/wc/users/migration-done\",\"mode\":\"FAIL\"}");
        call("/wc/users/migration-done", PHONE).andExpect(status().isInternalServerError());

        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("user has not finished migrating"));
    }

    @Test
    void slowDelaysTheAnswer() throws Exception {
        inject("{\"path\":\"" + USER_INFO + "\",\"mode\":\"SLOW\",\"delayMs\":300}");

        long started = System.nanoTime();
        call(USER_INFO, PHONE).andExpect(status().isOk());
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void duplicateCarriesTheCallOutButAnswersThatItWasAlreadyProcessed() throws Exception {
        call("/wc/users/migration-done", PHONE).andExpect(status().isOk());
        inject("{\"path\":\"/wc/deposits/refund\",\"mode\":\"DUPLICATE\"}");

        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("duplicate request: already processed"));
        call("/wc/users/deposit", PHONE).andExpect(jsonPath("$.data").doesNotExist());
    }

    @Test
    void callsAreRecordedWithBodyHeadersTheFaultAppliedAndWhetherTheyWereCarriedOut() throws Exception {
        inject("{\"path\":\"" + USER_INFO + "\",\"mode\":\"FAIL\"}");
        call(USER_INFO, PHONE);
        call(USER_INFO, PHONE);
        call("/wc/users/deposit", PHONE);

        mvc.perform(get("/wc/_control/calls").param("path", USER_INFO))
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].body").value(PHONE))
                .andExpect(jsonPath("$.data[0].headers.X-App-Key").value(APP_KEY))
                .andExpect(jsonPath("$.data[0].fault").value("FAIL"))
                .andExpect(jsonPath("$.data[0].carriedOut").value(false))
                .andExpect(jsonPath("$.data[0].status").value(500))
                .andExpect(jsonPath("$.data[1].fault").value(nullValue()))
                .andExpect(jsonPath("$.data[1].carriedOut").value(true))
                .andExpect(jsonPath("$.data[1].status").value(200));
        mvc.perform(get("/wc/_control/calls")).andExpect(jsonPath("$.data", hasSize(3)));
    }

    @Test
    void aFaultWithoutAWeichuangPathOrModeIsRefused() throws Exception {
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"FAIL\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON)
                .content("{\"path\":\"/wc/users/info\",\"mode\":\"EXPLODE\"}"))
                .andExpect(status().isBadRequest());
    }

    private void inject(String fault) throws Exception {
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON).content(fault))
                .andExpect(status().isOk());
    }
}
