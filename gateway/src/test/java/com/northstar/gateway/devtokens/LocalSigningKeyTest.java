package com.northstar.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LocalSigningKeyTest {

    @Test
    void configuredPemGivesTheSameKeyPairOnEveryStart() {
        KeyPair original = LocalSigningKey.generated();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(original.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        KeyPair restored = LocalSigningKey.fromPem(pem);

        assertThat(restored.getPrivate().getEncoded()).isEqualTo(original.getPrivate().getEncoded());
        assertThat(((RSAPublicKey) restored.getPublic()).getModulus())
                .isEqualTo(((RSAPublicKey) original.getPublic()).getModulus());
    }

    @Test
    void somethingElseThanAPkcs8RsaKeyIsAConfigurationError() {
        String notAKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----";

        assertThatThrownBy(() -> LocalSigningKey.fromPem(notAKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.dev-tokens.private-key");
    }
}
