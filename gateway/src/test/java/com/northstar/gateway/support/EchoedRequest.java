package com.northstar.gateway.support;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What the echo backend received from the gateway. */
public record EchoedRequest(String method, String path, String query, Map<String, List<String>> headers,
        String bodyBase64) {

    /** The single value of a header, or null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null ? null : String.join(",", values);
    }

    public byte[] body() {
        return Base64.getDecoder().decode(bodyBase64);
    }
}
