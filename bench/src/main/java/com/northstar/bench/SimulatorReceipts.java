package com.northstar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the Weichuang simulator received each call of one path of this run ({@code GET /wc/_control/calls}, which
 * keeps the last 1000 calls of every path: polled often enough that none scrolls out between two reads), by a key
 * read from the call's body (a binding update: battery and state; migration-done: the phone).
 */
final class SimulatorReceipts {

    static final String BINDING_PATH = "/wc/batteries/binding";
    static final String MIGRATION_DONE_PATH = "/wc/users/migration-done";

    private final URI calls;
    private final Function<JsonNode, String> keyOf;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final Map<String, Integer> callsPerKey = new ConcurrentHashMap<>();
    private final Map<String, Long> seenCalls = new ConcurrentHashMap<>();

    /** @param keyOf the key of a call's body, null when the call is not this run's */
    SimulatorReceipts(String simulator, String path, Function<JsonNode, String> keyOf) {
        this.calls = URI.create(simulator + "/wc/_control/calls?path=" + path);
        this.keyOf = keyOf;
    }

    /** Binding updates of this run's batteries, by battery and state. */
    static SimulatorReceipts bindingUpdates(String simulator, Predicate<String> ourBatteries) {
        return new SimulatorReceipts(simulator, BINDING_PATH, update -> {
            String batteryCode = update.path("batteryCode").asString("");
            return ourBatteries.test(batteryCode) ? PipelineStamps.binding(batteryCode, update.path("state").asInt(-1))
                    : null;
        });
    }

    /** Migration-done calls of this run's phones, by phone. */
    static SimulatorReceipts migrationsDone(String simulator, Predicate<String> ourPhones) {
        return new SimulatorReceipts(simulator, MIGRATION_DONE_PATH, done -> {
            String phone = done.path("phoneNo").asString("");
            return ourPhones.test(phone) ? phone : null;
        });
    }

    /** Reads the simulator's recent calls once and records this run's calls it has not seen yet. */
    void poll() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(calls).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Bench.WrongAnswer("GET " + calls + " answered " + response.statusCode() + ": " + response.body());
        }
        for (JsonNode call : json.readTree(response.body()).path("data")) {
            JsonNode body = call.path("body");
            String key = keyOf.apply(body.isString() ? json.readTree(body.asString()) : body);
            if (key == null || call.path("status").asInt() != 200) {
                continue;
            }
            long at = call.path("receivedAtMillis").asLong();
            // The simulator lists every call; one seen in an earlier poll is the same call, not a second one.
            if (seenCalls.putIfAbsent(key + "@" + at, at) == null) {
                callsPerKey.merge(key, 1, Integer::sum);
                received.merge(key, at, Math::min);
            }
        }
    }

    /** When the first call of this key was received, epoch ms; null while none was. */
    Long received(String key) {
        return received.get(key);
    }

    /** Keys whose call reached Weichuang more than once (a retry after an answer that got lost counts). */
    List<String> repeated() {
        return callsPerKey.entrySet().stream().filter(calls -> calls.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
