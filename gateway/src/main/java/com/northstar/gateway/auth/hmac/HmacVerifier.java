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
 * Checks a signed request: a known app key, a timestamp within the allowed skew, the HMAC-SHA256 signature over
 * {@code METHOD\nPATH\nX-Timestamp\nX-Nonce\nhex(sha256(body))}, and a nonce not used before within the window.
 */
public class HmacVerifier {

    private static final Logger log = LoggerFactory.getLogger(HmacVerifier.class);
    private static final int MAX_NONCE_LENGTH = 128;

    private final Map<String, HmacProperties.Client> clientsByKey;
    private final Duration maxSkew;
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
                .collect(Collectors.toUnmodifiableMap(HmacProperties.Client::appKey, Function.identity()));
        this.maxSkew = properties.maxSkew();
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @param path    the request path as the client sent it, without the query string
     * @param headers the request's header values by name
     */
    public Mono<AuthenticatedCaller> verify(String method, String path, Function<String, String> headers,
            byte[] body) {
        String appKey = headers.apply(HmacSignature.APP_KEY);
        HmacProperties.Client client = appKey == null ? null : clientsByKey.get(appKey);
        if (client == null) {
            return reject("unknown app key");
        }
        String timestamp = headers.apply(HmacSignature.TIMESTAMP);
        String nonce = headers.apply(HmacSignature.NONCE);
        String signature = headers.apply(HmacSignature.SIGNATURE);
        if (!StringUtils.hasText(timestamp) || !StringUtils.hasText(nonce) || !StringUtils.hasText(signature)
                || nonce.length() > MAX_NONCE_LENGTH) {
            return reject("X-Timestamp, X-Nonce and X-Signature are required");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return reject("X-Timestamp must be epoch milliseconds");
        }
        if (Math.abs(clock.millis() - sentAt) > maxSkew.toMillis()) {
            return reject("X-Timestamp is outside the allowed clock skew");
        }
        String expected = HmacSignature.sign(client.secret(), method, path, timestamp, nonce, body);
        if (!HmacSignature.matches(expected, signature)) {
            return reject("bad signature");
        }
        // A timestamp stays acceptable from maxSkew before to maxSkew after it, so its nonce is kept that long.
        return nonces.claim(appKey, nonce, maxSkew.multipliedBy(2))
                .flatMap(fresh -> fresh ? Mono.just(callerOf(client)) : reject("nonce already used"));
    }

    private static AuthenticatedCaller callerOf(HmacProperties.Client client) {
        Caller caller = new Caller(client.appKey(), Set.of(client.kind()), List.of(), null, List.of());
        return AuthenticatedCaller.signed(caller, client.appKey(), client.routes());
    }

    private static Mono<AuthenticatedCaller> reject(String reason) {
        return Mono.error(GatewayRejection.unauthorized(reason));
    }
}
