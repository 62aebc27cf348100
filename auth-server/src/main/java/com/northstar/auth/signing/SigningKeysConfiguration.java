package com.northstar.auth.signing;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the signing keys come from: {@code auth.signing.keys} (a Secret or env in production), else the key file
 * (local runs: made once under {@code data/} when {@code generate-if-missing}, so tokens outlive a restart). With
 * neither the server does not start: a key made up at start would log everyone out at every restart and differ
 * between replicas.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeysConfiguration.class);

    @ConfigurationProperties("auth.signing")
    record SigningProperties(String keys, Path keyFile, boolean generateIfMissing) {
    }

    @Bean
    SigningKeys signingKeys(SigningProperties properties) {
        if (StringUtils.hasText(properties.keys())) {
            return SigningKeys.parse(properties.keys());
        }
        Path file = properties.keyFile();
        if (file != null && Files.isRegularFile(file)) {
            return SigningKeys.parse(read(file));
        }
        if (file != null && properties.generateIfMissing()) {
            String pem = SigningKeys.generatePem();
            write(file, pem);
            log.info("Generated a signing key in {}; it signs tokens from now on, also after restarts", file);
            return SigningKeys.parse(pem);
        }
        throw new IllegalStateException("No signing key: set auth.signing.keys (AUTH_SIGNING_KEYS: one or more PKCS#8"
                + " RSA private keys in PEM, the first signs; e.g. openssl genpkey -algorithm RSA"
                + " -pkeyopt rsa_keygen_bits:2048) or auth.signing.key-file");
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(keys.jwkSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key file " + file, e);
        }
    }

    private static void write(Path file, String pem) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, "signing-key", ".tmp");
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, pem, StandardCharsets.US_ASCII);
            Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing key file " + file, e);
        }
    }
}
