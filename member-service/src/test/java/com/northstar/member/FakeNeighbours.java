package com.northstar.member;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * partner-adapter-service's and asset-service's INTERNAL endpoints member-service calls, as their contracts say, on
 * random local ports: partner-adapter's {@code /internal/partner/users/{phoneNo}[/deposit|/package|/batteries]} (404
 * for a phone Weichuang does not know) and asset's {@code /internal/asset/battery-bindings/migrate} (the same user
 * and battery again: the same bindingId; 409 for a battery bound to someone else) and
 * {@code /internal/asset/member-assets}. Each can be made to answer 503, not in time, or not at all (down).
 */
public final class FakeNeighbours {

    public enum Mode { ANSWER, UNAVAILABLE, SILENT, DOWN }

    /** A Weichuang user: the JSON of its data answers ({@code "null"} for none). */
    public record WeichuangUser(String user, String deposit, String userPackage, String batteries) {
    }

    private static final FakeNeighbours PARTNER = new FakeNeighbours();
    private static final FakeNeighbours ASSET = new FakeNeighbours();
    private static final Pattern USER_PATH = Pattern.compile("/internal/partner/users/(\\d+)(/[a-z]+)?");
    private static final Pattern MIGRATE_BODY = Pattern.compile(
            "\"userId\":\"([^\"]*)\".*\"batteryCode\":\"([^\"]*)\"");

    private final HttpServer server;
    private final int port;
    private final Map<String, WeichuangUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> bindings = new ConcurrentHashMap<>();
    private final Set<String> boundElsewhere = ConcurrentHashMap.newKeySet();
    private final Map<String, String> memberAssets = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong nextBindingId = new AtomicLong(5000);
    private volatile Mode mode = Mode.ANSWER;

    private FakeNeighbours() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/internal/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    public static FakeNeighbours partnerAdapter() {
        return PARTNER;
    }

    public static FakeNeighbours assetService() {
        return ASSET;
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public void reset() {
        users.clear();
        bindings.clear();
        boundElsewhere.clear();
        memberAssets.clear();
        calls.clear();
        nextBindingId.set(5000);
        mode = Mode.ANSWER;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public void knows(String phone, WeichuangUser user) {
        users.put(phone, user);
    }

    public void boundElsewhere(String batteryCode) {
        boundElsewhere.add(batteryCode);
    }

    public void memberAssets(String phone, String assetListJson) {
        memberAssets.put(phone, assetListJson);
    }

    /** "METHOD path [body]" of every request, with the caller's role header. */
    public List<String> calls() {
        return calls;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("X-Auth-Roles") + " " + body);
        switch (mode) {
            case DOWN -> exchange.close();
            case SILENT -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 503, "{\"code\":503,\"msg\":\"retry later\"}");
            }
            case UNAVAILABLE -> respond(exchange, 503,
                    "{\"code\":503,\"msg\":\"Weichuang is unavailable, retry later\"}");
            case ANSWER -> answer(exchange, path, body);
        }
    }

    private void answer(HttpExchange exchange, String path, String body) throws IOException {
        Matcher user = USER_PATH.matcher(path);
        if (user.matches()) {
            WeichuangUser known = users.get(user.group(1));
            if (known == null) {
                respond(exchange, 404, "{\"code\":404,\"msg\":\"Weichuang does not know phone\",\"data\":null}");
                return;
            }
            String part = user.group(2) == null ? "" : user.group(2);
            String data = switch (part) {
                case "/deposit" -> known.deposit();
                case "/package" -> known.userPackage();
                case "/batteries" -> known.batteries();
                default -> known.user();
            };
            ok(exchange, data);
        } else if (path.equals("/internal/asset/battery-bindings/migrate")) {
            Matcher bind = MIGRATE_BODY.matcher(body);
            if (!bind.find()) {
                respond(exchange, 400, "{\"code\":400,\"msg\":\"bad body\",\"data\":null}");
            } else if (boundElsewhere.contains(bind.group(2))) {
                respond(exchange, 409, "{\"code\":409,\"msg\":\"battery bound to someone else\",\"data\":null}");
            } else {
                String id = bindings.computeIfAbsent(bind.group(1) + "/" + bind.group(2),
                        key -> String.valueOf(nextBindingId.incrementAndGet()));
                ok(exchange, "{\"bindingId\":\"" + id + "\"}");
            }
        } else if (path.equals("/internal/asset/member-assets")) {
            String query = exchange.getRequestURI().getQuery();
            String phone = query == null ? "" : query.replace("phoneNo=", "");
            ok(exchange, memberAssets.getOrDefault(phone, "[]"));
        } else {
            respond(exchange, 404, "{\"code\":404,\"msg\":\"no such endpoint\",\"data\":null}");
        }
    }

    private static void ok(HttpExchange exchange, String data) throws IOException {
        respond(exchange, 200, "{\"code\":200,\"msg\":null,\"data\":" + data + "}");
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
