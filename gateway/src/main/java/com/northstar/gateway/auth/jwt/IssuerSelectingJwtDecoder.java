package com.northstar.gateway.auth.jwt;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Map;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Trusts several issuers, each with a decoder of its own: the token's {@code iss}, read before anything is
 * verified, only chooses the decoder, which then verifies everything (signature with that issuer's keys, expiry,
 * issuer, audience). A token of any other issuer is refused without a key being looked up.
 */
public final class IssuerSelectingJwtDecoder implements ReactiveJwtDecoder {

    private final Map<String, ReactiveJwtDecoder> decodersByIssuer;

    public IssuerSelectingJwtDecoder(Map<String, ReactiveJwtDecoder> decodersByIssuer) {
        this.decodersByIssuer = Map.copyOf(decodersByIssuer);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("not a JWT", e));
        }
        ReactiveJwtDecoder decoder = issuer == null ? null : decodersByIssuer.get(issuer);
        if (decoder == null) {
            return Mono.error(new BadJwtException("token of an issuer not trusted here"));
        }
        return decoder.decode(token);
    }
}
