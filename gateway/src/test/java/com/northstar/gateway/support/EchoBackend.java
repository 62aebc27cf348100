package com.northstar.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP service behind the gateway that answers every request with what it received (method, path, query,
 * headers with lower-case names, body as base64), and serves a JWKS at {@code /jwks} for the test issuer. A path
 * ending in {@code /_dies} is a service that dies with the request read and no answer sent: the connection closes.
 */
public final class EchoBackend {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private volatile String jwks = "{\"keys\":[]}";

    private EchoBackend(HttpServer server) {
        this.server = server;
    }

    public static EchoBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            EchoBackend backend = new EchoBackend(server);
            server.createContext("/", backend::handle);
            server.start();
            return backend;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the echo backend", e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void publishJwks(String jwksJson) {
        this.jwks = jwksJson;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (exchange.getRequestURI().getPath().endsWith("/_dies")) {
            throw new IOException("the service died before it answered");
        }
        byte[] answer;
        if (exchange.getRequestURI().getPath().equals("/jwks")) {
            answer = jwks.getBytes(StandardCharsets.UTF_8);
        } else {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            answer = JSON.writeValueAsBytes(new EchoedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers,
                    Base64.getEncoder().encodeToString(body)));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
