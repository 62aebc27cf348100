package com.northstar.dev.weichuang;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.hmac.HmacSignature;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The simulator's test family: one context, served on a random port too (for what only a real connection shows), and
 * every test starts from the seeded data with no faults and no answer still held back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class SimulatorTestSupport {

    static final String APP_KEY = "northstar-local";
    static final String SECRET = "northstar-local-secret";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @BeforeEach
    @AfterEach
    void startFromTheSeededData() throws Exception {
        mvc.perform(post("/wc/_control/reset")).andExpect(status().isOk());
    }

    /** A call of Weichuang's API signed as partner-adapter-service signs it. */
    ResultActions call(String path, String body) throws Exception {
        return mvc.perform(signedPost(path, body));
    }

    static MockHttpServletRequestBuilder signedPost(String path, String body) {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        signatureHeaders(SECRET, "POST", path, body, System.currentTimeMillis(), UUID.randomUUID().toString())
                .forEach(request::header);
        return request;
    }

    static Map<String, String> signatureHeaders(String secret, String method, String path, String body,
            long timestamp, String nonce) {
        return Map.of(HmacSignature.APP_KEY, APP_KEY, HmacSignature.TIMESTAMP, Long.toString(timestamp),
                HmacSignature.NONCE, nonce, HmacSignature.SIGNATURE, HmacSignature.sign(secret, method, path,
                        Long.toString(timestamp), nonce, body.getBytes(StandardCharsets.UTF_8)));
    }
}
