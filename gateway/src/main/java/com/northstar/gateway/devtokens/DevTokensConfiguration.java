package com.northstar.gateway.devtokens;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.support.GatewayRejection;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The local profile is its own token issuer: one RSA key ({@code gateway.dev-tokens.private-key}, or made at start)
 * signs the tokens {@code POST /dev/tokens} mints and verifies every bearer token. Nothing here exists in any other
 * profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevTokensConfiguration {

    private final KeyPair keyPair;

    DevTokensConfiguration(@Value("${gateway.dev-tokens.private-key:}") String privateKeyPem) {
        this.keyPair = StringUtils.hasText(privateKeyPem) ? LocalSigningKey.fromPem(privateKeyPem)
                : LocalSigningKey.generated();
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(JwtProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) keyPair.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(properties.validator());
        return decoder;
    }

    @Bean
    DevTokenMinter devTokenMinter(JwtProperties properties) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withKeyPair((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate())
                .build();
        return new DevTokenMinter(encoder, properties, Clock.systemUTC());
    }

    @Bean
    RouterFunction<ServerResponse> devTokensRoute(DevTokenMinter minter) {
        return route(POST("/dev/tokens"), request -> request.bodyToMono(DevTokenRequest.class)
                .switchIfEmpty(Mono.error(
                        new GatewayRejection(HttpStatus.BAD_REQUEST, "a JSON body is required")))
                .map(minter::mint)
                .flatMap(token -> ServerResponse.ok().bodyValue(new DevTokenResponse(token))));
    }
}
