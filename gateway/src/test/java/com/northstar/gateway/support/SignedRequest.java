package com.northstar.gateway.support;

import com.northstar.platform.core.hmac.HmacSignature;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/** The headers a partner, device or payment provider sends with a signed request. */
public record SignedRequest(String appKey, String secret, long timestamp, String nonce) {

    public static SignedRequest now(String appKey, String secret) {
        return new SignedRequest(appKey, secret, System.currentTimeMillis(), UUID.randomUUID().toString());
    }

    public SignedRequest at(long epochMillis) {
        return new SignedRequest(appKey, secret, epochMillis, nonce);
    }

    public Consumer<HttpHeaders> headers(String method, String path, byte[] body) {
        String signature = HmacSignature.sign(secret, method, path, Long.toString(timestamp), nonce, body);
        return headers -> {
            headers.set(HmacSignature.APP_KEY, appKey);
            headers.set(HmacSignature.TIMESTAMP, Long.toString(timestamp));
            headers.set(HmacSignature.NONCE, nonce);
            headers.set(HmacSignature.SIGNATURE, signature);
        };
    }
}
