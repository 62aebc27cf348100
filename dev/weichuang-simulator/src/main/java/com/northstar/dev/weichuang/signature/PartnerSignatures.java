package com.northstar.dev.weichuang.signature;

import com.northstar.dev.weichuang.signature.RecentNonces.Claim;
import com.northstar.platform.core.hmac.HmacSignature;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Checks that a call of Weichuang's API comes from a partner: the gateway's HMAC scheme ({@link HmacSignature})
 * with a key of {@code simulator.partner-keys}, a timestamp within {@link #MAX_SKEW} and a nonce not seen within
 * {@link #NONCE_MEMORY}.
 */
@Component
@EnableConfigurationProperties(PartnerKeys.class)
public class PartnerSignatures {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** A timestamp is acceptable from MAX_SKEW before to MAX_SKEW after it, so its nonce is kept that long. */
    static final Duration NONCE_MEMORY = MAX_SKEW.multipliedBy(2);
    private static final int MAX_REMEMBERED_NONCES = 100_000;
    private static final int MAX_NONCE_LENGTH = 128;

    /** Why a call is refused, and with which HTTP status. */
    public record Refusal(int status, String reason) {
    }

    private final PartnerKeys keys;
    private final RecentNonces nonces;
    private final LongSupplier clock;

    @Autowired
    PartnerSignatures(PartnerKeys keys) {
        this(keys, new RecentNonces(NONCE_MEMORY, MAX_REMEMBERED_NONCES), System::currentTimeMillis);
    }

    PartnerSignatures(PartnerKeys keys, RecentNonces nonces, LongSupplier clock) {
        this.keys = keys;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @param path the request path as sent, without the query string
     * @return empty when the call is signed by a partner, else why not
     */
    public Optional<Refusal> check(String method, String path, Function<String, String> headers, byte[] body) {
        String appKey = headers.apply(HmacSignature.APP_KEY);
        String secret = appKey == null ? null : keys.partnerKeys().get(appKey);
        if (secret == null) {
            return refused("unknown app key");
        }
        String timestamp = headers.apply(HmacSignature.TIMESTAMP);
        String nonce = headers.apply(HmacSignature.NONCE);
        String signature = headers.apply(HmacSignature.SIGNATURE);
        if (isBlank(timestamp) || isBlank(nonce) || isBlank(signature)) {
            return refused("X-Timestamp, X-Nonce and X-Signature are required");
        }
        if (nonce.length() > MAX_NONCE_LENGTH) {
            return refused("X-Nonce is longer than " + MAX_NONCE_LENGTH + " characters");
        }
        long now = clock.getAsLong();
        try {
            if (Math.abs(now - Long.parseLong(timestamp.trim())) > MAX_SKEW.toMillis()) {
                return refused("X-Timestamp is outside the allowed clock skew");
            }
        } catch (NumberFormatException e) {
            return refused("X-Timestamp must be epoch milliseconds");
        }
        if (!HmacSignature.matches(HmacSignature.sign(secret, method, path, timestamp, nonce, body), signature)) {
            return refused("bad signature");
        }
        // Only a correctly signed call claims its nonce, so unsigned calls cannot fill the nonce memory.
        Claim claim = nonces.claim(appKey + "\n" + nonce, now);
        return switch (claim) {
            case FRESH -> Optional.empty();
            case SEEN_BEFORE -> refused("nonce already used");
            case FULL -> Optional.of(new Refusal(503, "too many recent nonces, retry later"));
        };
    }

    private static Optional<Refusal> refused(String reason) {
        return Optional.of(new Refusal(401, reason));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
