package com.northstar.gateway.support;

import com.northstar.gateway.requestid.RequestIdFilter;
import com.northstar.gateway.routing.RouteAccesses;
import com.northstar.platform.core.logging.PiiMasking;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every failure the gateway produces (authentication, authorization, rate limit, unknown path, unavailable
 * service) in the envelope of the seed of the route, or KOP when no route matched. Runs before Boot's default
 * handler, so a client never sees Boot's error JSON or a stack trace.
 */
@Component
@Order(-2)
class SeedEnvelopeErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SeedEnvelopeErrorHandler.class);

    private final JsonMapper json;
    private final RouteAccesses routes;

    SeedEnvelopeErrorHandler(JsonMapper json, RouteAccesses routes) {
        this.json = json;
        this.routes = routes;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Failure failure = classify(error);
        if (failure.status().is5xxServerError()) {
            // Paths carry phone numbers and ID cards (e.g. /members/{phone}): masked here, whatever the log format.
            log.warn("{} {} failed with {} (request {}): {}", exchange.getRequest().getMethod(),
                    PiiMasking.mask(exchange.getRequest().getPath().value()), failure.status().value(),
                    exchange.getAttribute(RequestIdFilter.REQUEST_ID_ATTR), PiiMasking.mask(error.toString()));
        }
        byte[] body = json.writeValueAsBytes(routes.of(exchange).seed()
                .failure(failure.status().value(), failure.message()));
        response.setStatusCode(failure.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setContentLength(body.length);
        if (failure.retryAfterSeconds() > 0) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(failure.retryAfterSeconds()));
        }
        if (failure.status().is4xxClientError() && declaresBody(exchange.getRequest().getHeaders())) {
            // The body of a refused request may be unread: closing costs less than reading it only to drop it.
            headers.set(HttpHeaders.CONNECTION, "close");
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static boolean declaresBody(HttpHeaders request) {
        return request.getContentLength() > 0 || request.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    private static Failure classify(Throwable error) {
        // A body limit hit while the body streams to the service arrives wrapped by the HTTP client.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayRejection rejection) {
                return new Failure(rejection);
            }
            if (cause instanceof DataBufferLimitException) {
                return new Failure(GatewayRejection.bodyTooLarge());
            }
        }
        if (error instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            if (status == HttpStatus.NOT_FOUND) {
                return new Failure(status, "no such operation");
            }
            if (status == HttpStatus.GATEWAY_TIMEOUT) {
                return new Failure(status, "service did not answer in time");
            }
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                return unavailable();
            }
            return new Failure(status, status.getReasonPhrase());
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Not reached, too slow, or gone while the request was under way (a service killed or restarting
            // closes or resets the connection): the caller may send the same request again, the suite's commands
            // are idempotent by their keys.
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                    || cause instanceof TimeoutException || cause instanceof IOException) {
                return unavailable();
            }
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static Failure unavailable() {
        return new Failure(HttpStatus.SERVICE_UNAVAILABLE, "service unavailable, retry later");
    }

    private record Failure(HttpStatus status, String message, long retryAfterSeconds) {

        Failure(HttpStatus status, String message) {
            this(status, message, 0);
        }

        Failure(GatewayRejection rejection) {
            this(rejection.status(), rejection.getMessage(),
                    rejection.status() == HttpStatus.TOO_MANY_REQUESTS ? rejection.retryAfterSeconds() : 0);
        }
    }
}
