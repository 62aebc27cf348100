package com.northstar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the Weichuang simulator received each binding update of this run ({@code GET /wc/_control/calls}, which keeps
 * the last 1000 calls: polled often enough that none scrolls out between two reads), by battery and state.
 */
final class SimulatorReceipts {

    static final String BINDING_PATH = "/wc/batteries/binding";

    private final URI calls;
    private final Predicate<String> ours;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final Map<String, Integer> callsPerUpdate = new ConcurrentHashMap<>();
    private final Map<String, Long> seenCalls = new ConcurrentHashMap<>();

    /** @param ours whether a battery code is this run's */
    SimulatorReceipts(String simulator, Predicate<String> ours) {
        this.calls = URI.create(simulator + "/wc/_control/calls?path=" + BINDING_PATH);
        this.ours = ours;
    }

    /** Reads the simulator's recent calls once and records this run's binding updates it has not seen yet. */
    void poll() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(calls).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Bench.WrongAnswer("GET " + calls + " answered " + response.statusCode() + ": " + response.body());
        }
        for (JsonNode call : json.readTree(response.body()).path("data")) {
            JsonNode body = call.path("body");
            JsonNode update = body.isString() ? json.readTree(body.asString()) : body;
            String batteryCode = update.path("batteryCode").asString("");
            if (!ours.test(batteryCode) || call.path("status").asInt() != 200) {
                continue;
            }
            long at = call.path("receivedAtMillis").asLong();
            String key = PipelineStamps.binding(batteryCode, update.path("state").asInt(-1));
            // The simulator lists every call; one seen in an earlier poll is the same call, not a second one.
            if (seenCalls.putIfAbsent(key + "@" + at, at) == null) {
                callsPerUpdate.merge(key, 1, Integer::sum);
                received.merge(key, at, Math::min);
            }
        }
    }

    Long received(String batteryCode, int state) {
        return received.get(PipelineStamps.binding(batteryCode, state));
    }

    /** Binding updates that reached Weichuang more than once (a retry after an answer that got lost counts). */
    long repeatedUpdates() {
        return callsPerUpdate.values().stream().filter(count -> count > 1).count();
    }
}
