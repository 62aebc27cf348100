package com.northstar.gateway.devsms;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Role;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Local profile only: {@code GET /dev/sms-inbox?phone=} shows what parking-service's SMS simulator sent to a phone
 * ({@code {"phone","messages":[{"code","sentAt"}]}}, newest last), so a developer or a test can log in with an SMS
 * code. It asks parking-service's own local-only {@code /dev/sms-inbox} as the suite's INTERNAL caller; like
 * {@code /dev/tokens} it exists in no other profile (404 there).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevSmsInboxConfiguration {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Bean
    RouterFunction<ServerResponse> devSmsInboxRoute(@Value("${PARKING_SERVICE_URI:http://localhost:8086}") String uri) {
        WebClient parking = WebClient.builder().baseUrl(uri).build();
        return route(GET("/dev/sms-inbox"), request -> parking.get()
                .uri(builder -> builder.path("/dev/sms-inbox")
                        .queryParamIfPresent("phone", request.queryParam("phone")).build())
                .header(AuthHeaders.SUBJECT, "gateway")
                .header(AuthHeaders.ROLES, Role.INTERNAL.name())
                .exchangeToMono(answer -> answer.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .flatMap(body -> ServerResponse.status(answer.statusCode())
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)))
                .timeout(TIMEOUT)
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayRejection(
                        HttpStatus.SERVICE_UNAVAILABLE, "parking-service is not reachable")));
    }
}
