package com.northstar.auth.security;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties.Client;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin access to the protocol endpoints for the browser clients: a single-page app (the admin console) reads
 * the discovery document and the keys and exchanges codes and refresh tokens from its own origin. The origins allowed
 * are exactly those of the public clients' registered redirect URIs, so registering where a console lives is the
 * one setting; a confidential client is a server and needs none. No credentials (cookies) cross: the login itself is
 * a top-level navigation to this server, not a cross-origin request.
 */
final class BrowserClientOrigins {

    private static final String PUBLIC_CLIENT = "none";

    private BrowserClientOrigins() {
    }

    static UrlBasedCorsConfigurationSource of(OAuth2AuthorizationServerProperties server) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins(server));
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name()));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * The endpoints' CORS preflights: an {@code OPTIONS} request asking for a method the endpoints answer. The
     * endpoints' own matcher knows their methods (the token endpoint is POST only), so it never sees a preflight,
     * which would then be answered by another chain without CORS.
     */
    static RequestMatcher preflightsTo(RequestMatcher endpoints) {
        return request -> CorsUtils.isPreFlightRequest(request) && endpoints.matches(new HttpServletRequestWrapper(
                request) {
            @Override
            public String getMethod() {
                return request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
            }
        });
    }

    /** The scheme, host and port of every redirect URI of a public client, each once. */
    static List<String> origins(OAuth2AuthorizationServerProperties server) {
        return server.getClient().values().stream()
                .map(Client::getRegistration)
                .filter(registration -> registration.getClientAuthenticationMethods().contains(PUBLIC_CLIENT))
                .flatMap(registration -> registration.getRedirectUris().stream())
                .map(BrowserClientOrigins::originOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static String originOf(String redirectUri) {
        URI uri = URI.create(redirectUri.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
