package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the limit fails while the request is parsed, before it reaches any handler: it is still answered
 * 413 in the service's seed envelope, not with an empty body.
 */
class UploadLimitIntegrationTest extends PlatformIntegrationTest {

    private static final String BOUNDARY = "upload-limit-test";

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(int bytes) throws Exception {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(bytes) + "\r\n--" + BOUNDARY + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + UploadTestController.UPLOAD))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-Auth-Subject", "other-service").header("X-Auth-Roles", "INTERNAL")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadWithinTheLimitReachesItsHandler() throws Exception {
        HttpResponse<String> answer = upload(100);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("100");
    }

    @Test
    void anUploadOverTheLimitIs413InTheServicesEnvelope() throws Exception {
        HttpResponse<String> answer = upload(4096);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).isEqualTo("{\"code\":413,\"msg\":\"upload too large\"}");
    }
}
