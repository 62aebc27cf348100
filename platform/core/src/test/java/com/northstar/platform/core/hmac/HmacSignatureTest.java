package com.northstar.platform.core.hmac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSignatureTest {

    private static final byte[] BODY = "{\"orderId\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void canonicalStringIsMethodPathTimestampNonceAndBodyHashOnSeparateLines() {
        assertThat(HmacSignature.canonical("post", "/api/swap/orders/query", "1700000000000", "n-1", BODY))
                .isEqualTo("POST\n/api/swap/orders/query\n1700000000000\nn-1\n"
                        + "59347a849b8b38469cbf15fd495a112190db57d480608e18cd7e6626ac3bbb2e");
    }

    @Test
    void signatureIsLowerCaseHexHmacSha256WithTheAppSecret() {
        // Computed independently with: printf '%s' "$canonical" | openssl dgst -sha256 -hmac weichuang-local-secret
        assertThat(HmacSignature.sign("weichuang-local-secret", "POST", "/api/swap/orders/query", "1700000000000",
                "n-1", BODY)).isEqualTo("83fc8c20d4525925fb43e705a3f8b2c4780b3221a2f231232217c52066bec0bd");
    }

    @Test
    void emptyBodyHashesAsTheEmptyString() {
        assertThat(HmacSignature.sha256Hex(null))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void matchesAcceptsUpperCaseHexAndRefusesAnyOtherSignature() {
        String good = HmacSignature.sign("s", "GET", "/p", "1", "n", new byte[0]);
        assertThat(HmacSignature.matches(good, good.toUpperCase())).isTrue();
        assertThat(HmacSignature.matches(good, good.substring(1) + "0")).isFalse();
        assertThat(HmacSignature.matches(good, HmacSignature.sign("other", "GET", "/p", "1", "n", new byte[0])))
                .isFalse();
        assertThat(HmacSignature.matches(good, null)).isFalse();
    }
}
