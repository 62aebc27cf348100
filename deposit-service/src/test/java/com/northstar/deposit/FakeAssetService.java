package com.northstar.deposit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * asset-service's INTERNAL member-assets ({@code GET /internal/asset/member-assets?phoneNo=}) as its README says,
 * on a random local port: a phone it knows answers its asset list, others an empty list; {@link Mode} makes it
 * answer 503 or not in time. Records the role header of each request.
 */
public final class FakeAssetService {

    public enum Mode { ANSWER, UNAVAILABLE, SILENT }

    private static final FakeAssetService INSTANCE = new FakeAssetService();

    private final HttpServer server;
    private final Map<String, String> assets = new ConcurrentHashMap<>();
    private final List<String> callerRoles = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ANSWER;

    private FakeAssetService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/internal/asset/member-assets", this::memberAssets);
        server.start();
    }

    public static FakeAssetService instance() {
        return INSTANCE;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void reset() {
        assets.clear();
        callerRoles.clear();
        mode = Mode.ANSWER;
    }

    /** The member of this phone has these assets ({@code assetListJson}: a JSON array of AssetInfo). */
    public void holds(String phoneNo, String assetListJson) {
        assets.put(phoneNo, assetListJson);
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<String> callerRoles() {
        return callerRoles;
    }

    private void memberAssets(HttpExchange exchange) throws IOException {
        callerRoles.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Auth-Roles")));
        String query = exchange.getRequestURI().getRawQuery();
        String phoneNo = query == null || !query.startsWith("phoneNo=") ? null
                : URLDecoder.decode(query.substring("phoneNo=".length()), StandardCharsets.UTF_8);
        switch (mode) {
            case SILENT -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 503, "{\"code\":503,\"msg\":\"unavailable\"}");
            }
            case UNAVAILABLE -> respond(exchange, 503, "{\"code\":503,\"msg\":\"unavailable\"}");
            case ANSWER -> {
                if (phoneNo == null) {
                    respond(exchange, 400, "{\"code\":400,\"msg\":\"give exactly one of userId and phoneNo\"}");
                } else {
                    respond(exchange, 200, "{\"code\":200,\"msg\":null,\"data\":"
                            + assets.getOrDefault(phoneNo, "[]") + "}");
                }
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
