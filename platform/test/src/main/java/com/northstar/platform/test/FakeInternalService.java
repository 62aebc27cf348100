package com.northstar.platform.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Another service's INTERNAL endpoints as their contract says, for a service's integration tests, on a random local
 * port: a subclass answers them ({@link #answer}); {@link Mode} makes every endpoint answer 503, answer too late, or
 * drop the connection. Every call is recorded with the caller's role header, so a test can check what was sent and
 * that it came as INTERNAL. The real service is met in the suite walkthrough.
 */
public abstract class FakeInternalService {

    /** How the service answers: as its contract says, 503 (retry later), after {@code silence}, or not at all. */
    public enum Mode { ANSWER, UNAVAILABLE, SILENT, DOWN }

    private final HttpServer server;
    private final Duration silence;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> callerRoles = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ANSWER;

    /**
     * @param contextPath the endpoints' common path prefix
     * @param silence     how long a SILENT service waits before its 503: longer than the caller's read timeout
     */
    protected FakeInternalService(String contextPath, Duration silence) {
        this.silence = silence;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(contextPath, this::handle);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** Answers as the contract says again, with no calls recorded and nothing known ({@link #forget}). */
    public void reset() {
        calls.clear();
        callerRoles.clear();
        mode = Mode.ANSWER;
        forget();
    }

    /** "METHOD uri role body" of every call, oldest first. */
    public List<String> calls() {
        return calls;
    }

    /** The {@code X-Auth-Roles} header of every call, oldest first. */
    public List<String> callerRoles() {
        return callerRoles;
    }

    /** Forgets what the test told this service it knows. */
    protected abstract void forget();

    /** Answers one call the contract's way (mode ANSWER). */
    protected abstract void answer(HttpExchange exchange, String path, String body) throws IOException;

    /** Answers {@code data} in the KOP envelope. */
    protected static void ok(HttpExchange exchange, String dataJson) throws IOException {
        respond(exchange, 200, "{\"code\":200,\"msg\":null,\"data\":" + dataJson + "}");
    }

    /** Answers a KOP failure. */
    protected static void fail(HttpExchange exchange, int status, String msg) throws IOException {
        respond(exchange, status, "{\"code\":" + status + ",\"msg\":\"" + msg + "\",\"data\":null}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String role = exchange.getRequestHeaders().getFirst("X-Auth-Roles");
        callerRoles.add(String.valueOf(role));
        calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + role + " " + body);
        switch (mode) {
            case DOWN -> exchange.close();
            case SILENT -> {
                try {
                    Thread.sleep(silence.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                fail(exchange, 503, "unavailable, retry later");
            }
            case UNAVAILABLE -> fail(exchange, 503, "Weichuang is unavailable, retry later");
            case ANSWER -> answer(exchange, exchange.getRequestURI().getPath(), body);
        }
    }
}
