package com.northstar.gateway.auth.hmac;

import com.northstar.gateway.auth.AuthenticatedCaller;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.hmac.HmacSignature;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * Checks a signed request in two steps, so that the body of a request that cannot be valid is never read:
 * {@link #checkHeaders} (a known app key, a timestamp within the allowed skew, a nonce of bounded length, a
 * signature of the right shape), then {@link #verify} (the HMAC-SHA256 signature over
 * {@code METHOD\nPATH\nX-Timestamp\nX-Nonce\nhex(sha256(body))}, and only then the nonce, claimed once within its
 * window).
 */
public class HmacVerifier {

    private static final Logger log = LoggerFactory.getLogger(HmacVerifier.class);
    private static final int MAX_NONCE_LENGTH = 128;
    private static final int SIGNATURE_HEX_LENGTH = 64;

    private final Map<String, SignedClient> clientsByKey;
    private final Duration maxSkew;
    private final Duration nonceTtl;
    private final NonceStore nonces;
    private final Clock clock;

    public HmacVerifier(HmacProperties properties, NonceStore nonces, Clock clock) {
        this.clientsByKey = properties.clients().stream()
                .filter(client -> {
                    boolean usable = StringUtils.hasText(client.appKey()) && StringUtils.hasText(client.secret())
                            && client.kind() != null;
                    if (!usable) {
                        log.warn("App key '{}' has no secret or kind configured: its requests are refused",
                                client.appKey());
                    }
                    return usable;
                })
                .collect(Collectors.toUnmodifiableMap(HmacProperties.Client::appKey, SignedClient::new));
        this.maxSkew = properties.maxSkew();
        // A timestamp stays acceptable from maxSkew before to maxSkew after it, so its nonce is kept that long.
        this.nonceTtl = maxSkew.multipliedBy(2);
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * The first step, on the headers alone.
     *
     * @param headers the request's header values by name
     * @throws GatewayRejection 401 when the request cannot be a valid signed request
     */
    public SignedHeaders checkHeaders(Function<String, String> headers) {
        String appKey = headers.apply(HmacSignature.APP_KEY);
        SignedClient client = appKey == null ? null : clientsByKey.get(appKey);
        if (client == null) {
            throw GatewayRejection.unauthorized("unknown app key");
        }
        String timestamp = headers.apply(HmacSignature.TIMESTAMP);
        String nonce = headers.apply(HmacSignature.NONCE);
        String signature = headers.apply(HmacSignature.SIGNATURE);
        if (!StringUtils.hasText(timestamp) || !StringUtils.hasText(nonce) || !StringUtils.hasText(signature)) {
            throw GatewayRejection.unauthorized("X-Timestamp, X-Nonce and X-Signature are required");
        }
        if (nonce.length() > MAX_NONCE_LENGTH) {
            throw GatewayRejection.unauthorized("X-Nonce is longer than " + MAX_NONCE_LENGTH + " characters");
        }
        if (!isHex(signature, SIGNATURE_HEX_LENGTH)) {
            throw GatewayRejection.unauthorized("X-Signature must be 64 hex digits");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw GatewayRejection.unauthorized("X-Timestamp must be epoch milliseconds");
        }
        if (Math.abs(clock.millis() - sentAt) > maxSkew.toMillis()) {
            throw GatewayRejection.unauthorized("X-Timestamp is outside the allowed clock skew");
        }
        return new SignedHeaders(client, timestamp, nonce, signature);
    }

    /**
     * The second step, once the body is read: the signature, then the nonce.
     *
     * @param path the request path as the client sent it, without the query string
     */
    public Mono<AuthenticatedCaller> verify(SignedHeaders headers, String method, String path, byte[] body) {
        SignedClient client = headers.client();
        String expected = HmacSignature.sign(client.secret(), method, path, headers.timestamp(), headers.nonce(),
                body);
        if (!HmacSignature.matches(expected, headers.signature())) {
            return Mono.error(GatewayRejection.unauthorized("bad signature"));
        }
        return nonces.claim(client.caller().appKey(), headers.nonce(), nonceTtl)
                .flatMap(fresh -> fresh ? Mono.just(client.caller())
                        : Mono.error(GatewayRejection.unauthorized("nonce already used")));
    }

    private static boolean isHex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** A configured key and the caller it stands for, made once at start. */
    record SignedClient(String secret, AuthenticatedCaller caller) {

        SignedClient(HmacProperties.Client client) {
            this(client.secret(), AuthenticatedCaller.signed(
                    new Caller(client.appKey(), Set.of(client.kind()), List.of(), null, List.of()),
                    client.appKey(), client.routes()));
        }
    }

    /**
     * The headers of a signed request that passed the first step.
     *
     * @see #claimedCaller()
     */
    public record SignedHeaders(SignedClient client, String timestamp, String nonce, String signature) {

        /** Who the request will be from if its signature holds: what its key may call is known before the body. */
        public AuthenticatedCaller claimedCaller() {
            return client.caller();
        }
    }
}
