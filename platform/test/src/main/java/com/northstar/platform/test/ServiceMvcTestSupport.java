package com.northstar.platform.test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.envelope.KopResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service's integration tests send through its real MVC stack: requests with the trusted {@code X-Auth-*}
 * headers the gateway sets for a verified caller, JSON bodies, and the answer read back. A service's test family
 * extends it from its one {@code @SpringBootTest @AutoConfigureMockMvc} support class.
 */
public abstract class ServiceMvcTestSupport {

    /** A person of the operations back office. */
    public static final HttpHeaders OPS = caller("ops-1", "OPS");
    /** Weichuang, calling with its signed key. */
    public static final HttpHeaders PARTNER = caller("weichuang-local", "PARTNER");
    /** Another service of the suite over OpenFeign. */
    public static final HttpHeaders INTERNAL = caller("member-service", "INTERNAL");
    /** A user of the consumer app. */
    public static final HttpHeaders APP = caller("user-1", "APP");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected JsonMapper json;

    /** The headers of a caller the gateway verified: its subject, roles (comma-separated) and merchants. */
    public static HttpHeaders caller(String subject, String roles, String... merchantIds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(AuthHeaders.SUBJECT, subject);
        headers.set(AuthHeaders.ROLES, roles);
        if (merchantIds.length > 0) {
            headers.set(AuthHeaders.MERCHANT_IDS, String.join(",", merchantIds));
        }
        return headers;
    }

    /** A merchant back-office user of these merchants. */
    public static HttpHeaders merchant(String... merchantIds) {
        return caller("merchant-user", "MERCHANT", merchantIds);
    }

    /** Posts {@code body} as JSON (a String is sent as it is, so tests can send malformed JSON). */
    protected ResultActions post(String path, HttpHeaders caller, Object body) throws Exception {
        String content = body instanceof String text ? text : json.writeValueAsString(body);
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .headers(caller).contentType(MediaType.APPLICATION_JSON).content(content));
    }

    protected ResultActions get(String path, HttpHeaders caller) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).headers(caller));
    }

    /** Posts and expects HTTP 200 with KOP code 200 (seed 000); returns the whole envelope. */
    protected JsonNode postOk(String path, HttpHeaders caller, Object body) throws Exception {
        JsonNode envelope = read(post(path, caller, body).andExpect(status().isOk()).andReturn());
        if (envelope.get("code").asInt() != KopResponse.SUCCESS) {
            throw new AssertionError("expected KOP code 200 but got " + envelope);
        }
        return envelope;
    }

    protected JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
