package com.northstar.suitetest;

import com.northstar.platform.core.hmac.HmacSignature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the suite as README.md "Calling the suite" describes it: people send a JWT minted by
 * {@code POST /dev/tokens}, partners and cabinets sign each request with their app key's HMAC secret.
 */
final class Gateway {

    /** The local app keys and secrets (ARCHITECTURE.md "Local credentials"). */
    record AppKey(String key, String secret) {

        static final AppKey CABINET = new AppKey("cabinet-local", "cabinet-local-secret");
        static final AppKey PARTNER = new AppKey("weichuang-local", "weichuang-local-secret");
        static final AppKey PAY = new AppKey("pay-local", "pay-local-secret");
    }

    /** A request with its signature headers fixed, so exactly the same request can be sent twice. */
    record SignedRequest(String path, byte[] body, Map<String, String> headers) {
    }

    /** An answer: the HTTP status and the JSON body (a missing node when the body is not JSON). */
    record Reply(int status, JsonNode body, String text) {

        JsonNode data() {
            return body.path("data");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    Gateway(String base) {
        this.base = base;
    }

    /** A JWT for a person with one role and the merchants it works for. */
    String token(String role, List<String> merchantIds) {
        Reply reply = post("/dev/tokens", json(Map.of("sub", "suite-test-" + role.toLowerCase(), "roles", List.of(role),
                "merchantIds", merchantIds)), Map.of());
        if (reply.status() != 200 || !reply.body().path("token").isString()) {
            throw new IllegalStateException("POST /dev/tokens answered " + reply);
        }
        return reply.body().path("token").asString();
    }

    /** A JWT for a cashier (POS) of a tenant working at its shops. */
    String posToken(String tenantId, List<String> shopIds) {
        Reply reply = post("/dev/tokens", json(Map.of("sub", "suite-test-pos", "roles", List.of("POS"),
                "tenantId", tenantId, "shopIds", shopIds)), Map.of());
        if (reply.status() != 200 || !reply.body().path("token").isString()) {
            throw new IllegalStateException("POST /dev/tokens answered " + reply);
        }
        return reply.body().path("token").asString();
    }

    Reply getWithToken(String token, String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    Reply postWithToken(String token, String path, Object body) {
        return post(path, json(body), Map.of("Authorization", "Bearer " + token));
    }

    /** A file part of a multipart request: its file name and content. */
    record FilePart(String fileName, byte[] content) {
    }

    /** A multipart/form-data POST as a browser sends a form: text fields, then the file parts named {@code files}. */
    Reply postMultipartWithToken(String token, String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "suite" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    Reply postSigned(AppKey appKey, String path, Object body) {
        return send(sign(appKey, path, json(body)));
    }

    SignedRequest sign(AppKey appKey, String path, byte[] body) {
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        String signature = HmacSignature.sign(appKey.secret(), "POST", path, timestamp, nonce, body);
        return new SignedRequest(path, body, Map.of(HmacSignature.APP_KEY, appKey.key(),
                HmacSignature.TIMESTAMP, timestamp, HmacSignature.NONCE, nonce, HmacSignature.SIGNATURE, signature));
    }

    Reply send(SignedRequest request) {
        return post(request.path(), request.body(), request.headers());
    }

    Reply post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** A GET on any URL, so the services' own actuator endpoints can be read as well as the gateway's routes. */
    Reply get(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? base + url : url))
                .timeout(TIMEOUT)
                .GET()
                .build());
    }

    byte[] json(Object body) {
        return json.writeValueAsBytes(body);
    }

    private Reply exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " was interrupted", e);
        }
        return new Reply(response.statusCode(), parse(response.body()), response.body());
    }

    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (RuntimeException notJson) {
            return json.missingNode();
        }
    }
}
