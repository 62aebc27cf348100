package com.northstar.gateway.auth;

import org.springframework.http.server.reactive.ServerHttpRequest;

/** A request whose sender was verified, and the request to forward (a signed one replays its cached body). */
public record VerifiedRequest(AuthenticatedCaller caller, ServerHttpRequest request) {
}
