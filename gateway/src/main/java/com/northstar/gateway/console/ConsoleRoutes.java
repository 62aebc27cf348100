package com.northstar.gateway.console;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the admin console at /console/ from the same origin as the API, so its calls need no CORS:
 * <ul>
 * <li>{@code /console/assets/*}: the build's content-hashed files, cached for a year;</li>
 * <li>{@code /console/config.json}: the issuer and client the login uses (this environment's, not the build's);</li>
 * <li>any other path without a file extension: index.html (the console's own routes, e.g. /console/callback),
 * never cached, so a new build is picked up at the next load.</li>
 * </ul>
 * Pages carry a Content-Security-Policy that allows scripts from this origin only and connections to this origin and
 * the issuer. Routed API paths never reach here (the gateway's routes come first).
 */
@Configuration
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleRoutes {

    static final String BASE = "/console/";

    /** A path segment of the build: letters, digits, dot, dash, underscore; no "..", no hidden files. */
    private static final Pattern FILE_PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final ConsoleProperties properties;

    ConsoleRoutes(ConsoleProperties properties) {
        this.properties = properties;
    }

    @Bean
    RouterFunction<ServerResponse> consoleRouter() {
        return RouterFunctions.route()
                .GET("/console", request -> ServerResponse.permanentRedirect(URI.create(BASE)).build())
                .GET(BASE + "config.json", request -> config())
                .GET(BASE + "**", this::file)
                .build();
    }

    private Mono<ServerResponse> config() {
        if (!configured()) {
            return unavailable();
        }
        return ServerResponse.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("issuer", properties.issuer(), "clientId", properties.clientId()));
    }

    private Mono<ServerResponse> file(ServerRequest request) {
        if (!configured()) {
            return unavailable();
        }
        String path = request.path().substring(BASE.length());
        if (path.isEmpty() || !path.contains(".")) {
            return page();
        }
        if (!FILE_PATH.matcher(path).matches()) {
            return ServerResponse.notFound().build();
        }
        Resource file = relative(path);
        if (file == null || !file.isReadable()) {
            return ServerResponse.notFound().build();
        }
        CacheControl cache = path.startsWith("assets/") ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache();
        return ServerResponse.ok().cacheControl(cache)
                .contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header("X-Content-Type-Options", "nosniff")
                .bodyValue(file);
    }

    /** index.html, for the console's own routes. */
    private Mono<ServerResponse> page() {
        Resource index = relative("index.html");
        if (index == null || !index.isReadable()) {
            return ServerResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .bodyValue("The admin console is not in this build (console/ not built).");
        }
        return ServerResponse.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", contentSecurityPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .bodyValue(index);
    }

    private String contentSecurityPolicy() {
        String issuer = URI.create(properties.issuer()).resolve("/").toString().replaceAll("/$", "");
        // Element Plus positions popups with inline style attributes; scripts stay this origin's only.
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + issuer + "; form-action 'self' " + issuer + "; frame-ancestors 'none'; "
                + "base-uri 'self'; object-src 'none'";
    }

    private Resource relative(String path) {
        try {
            return properties.location().createRelative(path);
        } catch (IOException e) {
            return null;
        }
    }

    private boolean configured() {
        return properties.issuer() != null && !properties.issuer().isBlank();
    }

    private static Mono<ServerResponse> unavailable() {
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("The admin console has no identity provider configured (CONSOLE_AUTH_ISSUER).");
    }
}
