package com.northstar.gateway.support;

import com.northstar.platform.core.hmac.HmacSignature;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, String> values = headerValues(method, path, body);
        return headers -> values.forEach(headers::set);
    }

    /** The signature headers by name, in a map a test may change. */
    public Map<String, String> headerValues(String method, String path, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HmacSignature.APP_KEY, appKey);
        headers.put(HmacSignature.TIMESTAMP, Long.toString(timestamp));
        headers.put(HmacSignature.NONCE, nonce);
        headers.put(HmacSignature.SIGNATURE,
                HmacSignature.sign(secret, method, path, Long.toString(timestamp), nonce, body));
        return headers;
    }
}
