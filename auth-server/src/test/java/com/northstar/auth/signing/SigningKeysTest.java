package com.northstar.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SigningKeysTest {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = SigningKeys.class)
    static class Keys {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Keys.class, SigningKeysConfiguration.class);

    @Test
    void theFirstOfSeveralPemKeysSignsAndEachKeepsItsIdAcrossParses() {
        String first = SigningKeys.generatePem();
        String second = SigningKeys.generatePem();

        SigningKeys keys = SigningKeys.parse(first + "\n" + second);

        assertThat(keys.jwkSet().getKeys()).hasSize(2);
        assertThat(keys.active().getKeyID()).isEqualTo(SigningKeys.parse(first).active().getKeyID())
                .isNotEqualTo(SigningKeys.parse(second).active().getKeyID());
    }

    @Test
    void aJwksOfPrivateKeysIsReadToo() {
        SigningKeys pem = SigningKeys.parse(SigningKeys.generatePem());

        SigningKeys jwks = SigningKeys.parse(pem.jwkSet().toString(false));

        assertThat(jwks.active().getKeyID()).isEqualTo(pem.active().getKeyID());
        assertThatThrownBy(() -> SigningKeys.parse(pem.jwkSet().toPublicJWKSet().toString()))
                .hasMessageContaining("private");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> SigningKeys.parse("not a key")).hasMessageContaining("PKCS#8");
    }

    @Test
    void withoutAnyKeyTheServerDoesNotStart() {
        context.run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().hasMessageContaining("No signing key"));
    }

    @Test
    void locallyAKeyIsMadeOnceAndUsedAgainAfterARestart(@TempDir Path data) {
        Path file = data.resolve("auth-server/signing-key.pem");
        String[] kid = new String[2];

        context.withPropertyValues("auth.signing.key-file=" + file, "auth.signing.generate-if-missing=true")
                .run(first -> kid[0] = first.getBean(SigningKeys.class).active().getKeyID());
        context.withPropertyValues("auth.signing.key-file=" + file)
                .run(second -> kid[1] = second.getBean(SigningKeys.class).active().getKeyID());

        assertThat(Files.exists(file)).isTrue();
        assertThat(kid[0]).isNotNull().isEqualTo(kid[1]);
    }
}
