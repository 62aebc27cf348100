package com.northstar.bench;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.envelope.KopResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends KOP list queries ({@code swapOrderQuery} by default) straight to a service, one at a time, and times each
 * answer.
 */
final class QueryClient {

    private static final String PATH = "/api/swap/orders/query";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI baseUri;
    private long sent;

    QueryClient(URI baseUri) {
        this.baseUri = baseUri;
    }

    /**
     * One answer: how long it took from sending to the last byte of the body, and what it held.
     *
     * @param total null when the request skipped the count
     */
    record Answer(long nanos, Long total, int rows) {
    }

    /** Any answer but HTTP 200 with KOP code 200 is a failed run. */
    static final class UnexpectedAnswer extends Bench.WrongAnswer {

        UnexpectedAnswer(String label, int status, String body) {
            super(label + " answered HTTP " + status + ": " + body);
        }
    }

    Answer send(QueryCase queryCase) throws IOException, InterruptedException {
        return send(PATH, queryCase.label(), queryCase.body(), queryCase.caller());
    }

    /** Posts {@code body} to {@code path} as {@code caller}; {@code label} names the request in a failure. */
    Answer send(String path, String label, Map<String, Object> body, BenchCaller caller)
            throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(baseUri.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), label, caller);
    }

    /** A GET of {@code path} as {@code caller}. */
    Answer get(String path, String label, BenchCaller caller) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(baseUri.resolve(path)).GET(), label, caller);
    }

    private Answer exchange(HttpRequest.Builder request, String label, BenchCaller caller)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofMinutes(2)).header(AuthHeaders.REQUEST_ID, "bench-" + ++sent);
        caller.headers().forEach(request::header);
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        JsonNode envelope = response.statusCode() == 200 ? json.readTree(response.body()) : null;
        if (envelope == null || envelope.path("code").asInt() != KopResponse.SUCCESS) {
            throw new UnexpectedAnswer(label, response.statusCode(), response.body());
        }
        JsonNode total = envelope.path("data").path("total");
        return new Answer(nanos, total.isNumber() ? total.asLong() : null,
                envelope.path("data").path("result").size());
    }
}
