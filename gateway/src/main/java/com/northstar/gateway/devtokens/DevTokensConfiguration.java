package com.northstar.gateway.devtokens;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import com.northstar.gateway.auth.jwt.IssuerSelectingJwtDecoder;
import com.northstar.gateway.auth.jwt.JwkSetDecoders;
import com.northstar.gateway.auth.jwt.JwtProperties;
import com.northstar.gateway.auth.jwt.PublishedKeysProperties;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.keys.RsaPemKeys;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Map;
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
 * The local profile is a token issuer of its own ({@code gateway.dev-tokens.issuer}, default {@code northstar-local}):
 * one RSA key ({@code gateway.dev-tokens.private-key}, or made at start) signs the tokens {@code POST /dev/tokens}
 * mints and verifies them. It trusts the configured issuer ({@code gateway.jwt.issuer}: the auth-server on
 * localhost) as well, so a developer can use both a minted token and one from a real login. Nothing here exists in
 * any other profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevTokensConfiguration {

    private final KeyPair keyPair;
    private final String devTokenIssuer;

    DevTokensConfiguration(@Value("${gateway.dev-tokens.private-key:}") String privateKeyPem,
            @Value("${gateway.dev-tokens.issuer}") String devTokenIssuer) {
        this.keyPair = StringUtils.hasText(privateKeyPem) ? configuredKey(privateKeyPem) : RsaPemKeys.generate();
        this.devTokenIssuer = devTokenIssuer;
    }

    private static KeyPair configuredKey(String pem) {
        try {
            return RsaPemKeys.readAll(pem).get(0);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.dev-tokens.private-key: " + e.getMessage(), e);
        }
    }

    /** Each token is verified by its issuer's decoder: the local key for dev tokens, the JWKS for the other. */
    @Bean
    ReactiveJwtDecoder localJwtDecoder(JwtProperties properties, PublishedKeysProperties keys) {
        if (devTokenIssuer.equals(properties.issuer())) {
            throw new IllegalStateException("gateway.jwt.issuer must differ from gateway.dev-tokens.issuer ("
                    + devTokenIssuer + "): each issuer's tokens are verified with its own keys");
        }
        NimbusReactiveJwtDecoder devTokens = NimbusReactiveJwtDecoder
                .withPublicKey((RSAPublicKey) keyPair.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        devTokens.setJwtValidator(properties.validatorFor(devTokenIssuer));
        return new IssuerSelectingJwtDecoder(Map.of(devTokenIssuer, devTokens,
                properties.issuer(), JwkSetDecoders.forConfiguredIssuer(properties, keys)));
    }

    @Bean
    DevTokenMinter devTokenMinter(JwtProperties properties) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withKeyPair((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate())
                .build();
        return new DevTokenMinter(encoder, devTokenIssuer, properties, Clock.systemUTC());
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
