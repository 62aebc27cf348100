package com.northstar.dev.weichuang;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.hmac.HmacSignature;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Every call of Weichuang's API must be signed by a partner key; a refused call is recorded and not carried out. */
class PartnerSignatureTest extends SimulatorTestSupport {

    private static final String MIGRATION_DONE = "/wc/users/migration-done";
    private static final String PHONE = "{\"phoneNo\":\"13800000001\"}";

    @Test
    void aSignedCallIsAnswered() throws Exception {
        send(MIGRATION_DONE, PHONE, signatureHeaders(SECRET, "POST", MIGRATION_DONE, PHONE, now(), nonce()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.result").value(200));
    }

    @Test
    void anUnsignedCallIsRefused401NotCarriedOutAndRecorded() throws Exception {
        mvc.perform(post(MIGRATION_DONE).contentType(MediaType.APPLICATION_JSON).content(PHONE))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(401))
                .andExpect(jsonPath("$.msg").value("unknown app key"));

        refundOfZhangSan().andExpect(status().isConflict())
                .andExpect(jsonPath("$.msg").value("user has not finished migrating"));
        mvc.perform(get("/wc/_control/calls").param("path", MIGRATION_DONE))
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].status").value(401))
                .andExpect(jsonPath("$.data[0].carriedOut").value(false));
    }

    @Test
    void anUnknownAppKeyIsRefused() throws Exception {
        Map<String, String> headers = new HashMap<>(
                signatureHeaders(SECRET, "POST", MIGRATION_DONE, PHONE, now(), nonce()));
        headers.put(HmacSignature.APP_KEY, "someone-else");
        send(MIGRATION_DONE, PHONE, headers)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("unknown app key"));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() throws Exception {
        send(MIGRATION_DONE, PHONE, signatureHeaders("not-the-secret", "POST", MIGRATION_DONE, PHONE, now(), nonce()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("bad signature"));
    }

    @Test
    void aSignatureOfAnotherBodyOrPathIsRefused() throws Exception {
        String otherPhone = "{\"phoneNo\":\"13800000002\"}";
        send(MIGRATION_DONE, PHONE, signatureHeaders(SECRET, "POST", MIGRATION_DONE, otherPhone, now(), nonce()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("bad signature"));
        send(MIGRATION_DONE, PHONE, signatureHeaders(SECRET, "POST", "/wc/users/info", PHONE, now(), nonce()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCallWithoutTimestampNonceOrSignatureIsRefused() throws Exception {
        Map<String, String> headers = new HashMap<>(
                signatureHeaders(SECRET, "POST", MIGRATION_DONE, PHONE, now(), nonce()));
        headers.remove(HmacSignature.NONCE);
        send(MIGRATION_DONE, PHONE, headers)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("X-Timestamp, X-Nonce and X-Signature are required"));
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsRefusedAndOneWithinIsAccepted() throws Exception {
        long sixMinutes = Duration.ofMinutes(6).toMillis();
        sentAt(now() - sixMinutes)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("X-Timestamp is outside the allowed clock skew"));
        sentAt(now() + sixMinutes).andExpect(status().isUnauthorized());
        sentAt(now() - Duration.ofMinutes(4).toMillis()).andExpect(status().isOk());
    }

    @Test
    void aNonceSeenBeforeIsRefused() throws Exception {
        Map<String, String> headers = signatureHeaders(SECRET, "POST", MIGRATION_DONE, PHONE, now(), nonce());
        send(MIGRATION_DONE, PHONE, headers).andExpect(status().isOk());
        send(MIGRATION_DONE, PHONE, headers)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.msg").value("nonce already used"));
    }

    @Test
    void aRefusedCallLeavesTheFaultForTheNextSignedCall() throws Exception {
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON)
                .content("{\"path\":\"" + MIGRATION_DONE + "\",\"mode\":\"FAIL\"}")).andExpect(status().isOk());

        mvc.perform(post(MIGRATION_DONE).contentType(MediaType.APPLICATION_JSON).content(PHONE))
                .andExpect(status().isUnauthorized());
        call(MIGRATION_DONE, PHONE).andExpect(status().isInternalServerError());
        call(MIGRATION_DONE, PHONE).andExpect(status().isOk());
    }

    private ResultActions refundOfZhangSan() throws Exception {
        return call("/wc/deposits/refund",
                "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}");
    }

    private ResultActions sentAt(long timestamp) throws Exception {
        return send(MIGRATION_DONE, PHONE, signatureHeaders(SECRET, "POST", MIGRATION_DONE, PHONE, timestamp, nonce()));
    }

    private ResultActions send(String path, String body, Map<String, String> headers) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        headers.forEach(request::header);
        return mvc.perform(request);
    }

    /** Fresh in every run, as the simulator remembers nonces across tests. */
    private static String nonce() {
        return UUID.randomUUID().toString();
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
