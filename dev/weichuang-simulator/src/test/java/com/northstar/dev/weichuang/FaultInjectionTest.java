package com.northstar.dev.weichuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The control endpoints partner-adapter-service tests use: SLOW, FAIL, DUPLICATE, TIMEOUT and RESET faults (the last
 * two over a real connection), and recorded calls.
 */
class FaultInjectionTest extends SimulatorTestSupport {

    private static final String USER_INFO = "/wc/users/info";
    private static final String PHONE = "{\"phoneNo\":\"13800000001\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    void timeoutCarriesTheCallOutAndHoldsTheAnswerBackUntilTheCallerGivesUp() throws Exception {
        inject("{\"path\":\"/wc/users/migration-done\",\"mode\":\"TIMEOUT\"}");

        assertThatThrownBy(() -> overHttp("/wc/users/migration-done", PHONE, Duration.ofMillis(500)))
                .isInstanceOf(HttpTimeoutException.class);

        mvc.perform(get("/wc/_control/calls").param("path", "/wc/users/migration-done"))
                .andExpect(jsonPath("$.data[0].fault").value("TIMEOUT"))
                .andExpect(jsonPath("$.data[0].carriedOut").value(true))
                .andExpect(jsonPath("$.data[0].status").value(200));
        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isOk());
    }

    @Test
    void clearingTheFaultsLetsAHeldBackAnswerGo() throws Exception {
        inject("{\"path\":\"" + USER_INFO + "\",\"mode\":\"TIMEOUT\",\"delayMs\":60000}");
        CompletableFuture<HttpResponse<String>> patient = CompletableFuture.supplyAsync(() -> {
            try {
                return overHttp(USER_INFO, PHONE, Duration.ofSeconds(60));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRecorded(USER_INFO);

        long started = System.nanoTime();
        mvc.perform(delete("/wc/_control/faults")).andExpect(status().isOk());
        HttpResponse<String> answer = patient.get(10, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("张三");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void resetCarriesTheCallOutThenDropsTheConnectionWithoutAnyAnswer() throws Exception {
        inject("{\"path\":\"/wc/users/migration-done\",\"mode\":\"RESET\"}");

        assertThatThrownBy(() -> overHttp("/wc/users/migration-done", PHONE, Duration.ofSeconds(10)))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);

        mvc.perform(get("/wc/_control/calls").param("path", "/wc/users/migration-done"))
                .andExpect(jsonPath("$.data[0].fault").value("RESET"))
                .andExpect(jsonPath("$.data[0].carriedOut").value(true));
        call("/wc/deposits/refund", "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}")
                .andExpect(status().isOk());
    }

    @Test
    void resetSendsNotEvenAStatusLine() throws Exception {
        inject("{\"path\":\"" + USER_INFO + "\",\"mode\":\"RESET\"}");
        byte[] body = PHONE.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST " + USER_INFO + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
        signatureHeaders(SECRET, "POST", USER_INFO, PHONE, System.currentTimeMillis(), UUID.randomUUID().toString())
                .forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n").append(PHONE);

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            byte[] received;
            try {
                received = socket.getInputStream().readAllBytes();
            } catch (SocketException reset) {
                received = new byte[0];
            }
            assertThat(received).isEmpty();
        }
    }

    @Test
    void refundsListEveryPayoutOnceOldestFirstWhateverTheCallerWasAnswered() throws Exception {
        call("/wc/users/migration-done", PHONE).andExpect(status().isOk());
        call("/wc/users/migration-done", "{\"phoneNo\":\"13800000002\"}").andExpect(status().isOk());
        inject("{\"path\":\"/wc/deposits/refund\",\"mode\":\"DUPLICATE\"}");
        String first = "{\"refundNo\":\"R1\",\"phoneNo\":\"13800000001\",\"refundAmount\":\"299.00\"}";
        call("/wc/deposits/refund", first).andExpect(status().isConflict());
        call("/wc/deposits/refund", first).andExpect(status().isOk());
        call("/wc/deposits/refund", "{\"refundNo\":\"R2\",\"phoneNo\":\"13800000002\",\"refundAmount\":\"399.00\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/wc/_control/refunds"))
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].refundNo").value("R1"))
                .andExpect(jsonPath("$.data[0].phoneNo").value("13800000001"))
                .andExpect(jsonPath("$.data[0].refundAmount").value("299.00"))
                .andExpect(jsonPath("$.data[0].refundTime").isNotEmpty())
                .andExpect(jsonPath("$.data[1].refundNo").value("R2"));
        mvc.perform(post("/wc/_control/reset")).andExpect(status().isOk());
        mvc.perform(get("/wc/_control/refunds")).andExpect(jsonPath("$.data", hasSize(0)));
    }

    @Test
    void aFaultWithoutAWeichuangPathOrModeOrWithAnUnboundedDelayIsRefused() throws Exception {
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"FAIL\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON)
                .content("{\"path\":\"/wc/users/info\",\"mode\":\"EXPLODE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON)
                .content("{\"path\":\"/wc/users/info\",\"mode\":\"TIMEOUT\",\"delayMs\":120001}"))
                .andExpect(status().isBadRequest());
    }

    private void inject(String fault) throws Exception {
        mvc.perform(post("/wc/_control/faults").contentType(MediaType.APPLICATION_JSON).content(fault))
                .andExpect(status().isOk());
    }

    /** A signed call over a real connection, as partner-adapter-service makes it, with the caller's patience. */
    private HttpResponse<String> overHttp(String path, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout)
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signatureHeaders(SECRET, "POST", path, body, System.currentTimeMillis(), UUID.randomUUID().toString())
                .forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitRecorded(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (mvc.perform(get("/wc/_control/calls").param("path", path)).andReturn().getResponse()
                .getContentAsString().equals("{\"code\":200,\"msg\":null,\"data\":[]}")) {
            assertThat(System.nanoTime()).as("the call reached the simulator").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
