package com.northstar.asset;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * partner-adapter-service's INTERNAL tank query ({@code POST /internal/partner/tanks/query}) as its contract says,
 * on a random local port: the tanks it knows answer with their TankInfo, others are absent; {@link Mode} makes it
 * answer 503 or not in time. Records the role header of each request.
 */
public final class FakePartnerAdapter {

    public enum Mode { ANSWER, UNAVAILABLE, SILENT }

    private static final FakePartnerAdapter INSTANCE = new FakePartnerAdapter();

    private final HttpServer server;
    private final Map<String, String> tanks = new ConcurrentHashMap<>();
    private final List<String> callerRoles = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ANSWER;

    private FakePartnerAdapter() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/internal/partner/tanks/query", this::tankQuery);
        server.start();
    }

    public static FakePartnerAdapter instance() {
        return INSTANCE;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets every tank and call and answers again. */
    public void reset() {
        tanks.clear();
        callerRoles.clear();
        mode = Mode.ANSWER;
    }

    /** Weichuang knows this tank; {@code tankInfoJson} is its TankInfo. */
    public void knows(String tankCode, String tankInfoJson) {
        tanks.put(tankCode, tankInfoJson);
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<String> callerRoles() {
        return callerRoles;
    }

    private void tankQuery(HttpExchange exchange) throws IOException {
        callerRoles.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Auth-Roles")));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (mode) {
            case SILENT -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 503, "{\"code\":503,\"msg\":\"Weichuang is unavailable, retry later\"}");
            }
            case UNAVAILABLE -> respond(exchange, 503, "{\"code\":503,\"msg\":\"Weichuang is unavailable, retry later\"}");
            case ANSWER -> {
                StringBuilder list = new StringBuilder();
                tanks.forEach((code, info) -> {
                    if (body.contains("\"" + code + "\"")) {
                        list.append(list.isEmpty() ? "" : ",").append(info);
                    }
                });
                respond(exchange, 200, "{\"code\":200,\"msg\":null,\"data\":{\"tankList\":[" + list + "]}}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
