package com.northstar.platform.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsaPemKeysTest {

    @Test
    void aPemGivesTheSameKeyPairBackPublicHalfIncluded() {
        KeyPair original = RsaPemKeys.generate();

        KeyPair restored = RsaPemKeys.readAll(RsaPemKeys.toPem(original)).get(0);

        assertThat(restored.getPrivate().getEncoded()).isEqualTo(original.getPrivate().getEncoded());
        assertThat(((RSAPublicKey) restored.getPublic()).getModulus())
                .isEqualTo(((RSAPublicKey) original.getPublic()).getModulus());
    }

    @Test
    void severalBlocksAreReadInTheirOrder() {
        KeyPair first = RsaPemKeys.generate();
        KeyPair second = RsaPemKeys.generate();

        List<KeyPair> keys = RsaPemKeys.readAll(RsaPemKeys.toPem(first) + "\n" + RsaPemKeys.toPem(second));

        assertThat(keys).extracting(key -> key.getPublic().getEncoded())
                .containsExactly(first.getPublic().getEncoded(), second.getPublic().getEncoded());
    }

    @Test
    void somethingElseThanAPkcs8RsaKeyIsRefused() {
        assertThatThrownBy(() -> RsaPemKeys.readAll("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8 RSA");
        assertThatThrownBy(() -> RsaPemKeys.readAll("no key at all")).isInstanceOf(IllegalArgumentException.class);
    }
}
