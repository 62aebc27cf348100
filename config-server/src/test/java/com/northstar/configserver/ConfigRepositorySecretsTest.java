package com.northstar.configserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Secrets are plain text only in *-local.yml; everywhere else they are env placeholders or {cipher} values. */
class ConfigRepositorySecretsTest {

    private static final Path CONFIG_REPOSITORY = Path.of("..", "config");
    private static final Pattern SECRET_ENTRY =
            Pattern.compile("^\\s*[\\w.-]*(password|secret)\\s*:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    @Test
    void noFileButLocalOnesHoldsALiteralSecret() throws IOException {
        List<String> literalSecrets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONFIG_REPOSITORY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith("-local.yml")) {
                    Files.readAllLines(file).stream().filter(ConfigRepositorySecretsTest::isLiteralSecret)
                            .forEach(line -> literalSecrets.add(file.getFileName() + ": " + line.trim()));
                }
            }
        }
        assertThat(literalSecrets).isEmpty();
    }

    @Test
    void theScanTellsLiteralsFromPlaceholdersAndCiphers() {
        assertThat(isLiteralSecret("    password: hunter2")).isTrue();
        assertThat(isLiteralSecret("  client-secret: 'abc'")).isTrue();
        assertThat(isLiteralSecret("    password: ${DB_PASSWORD}")).isFalse();
        assertThat(isLiteralSecret("    password: ${REDIS_PASSWORD:}")).isFalse();
        assertThat(isLiteralSecret("    secret: '{cipher}AQB3k9...'")).isFalse();
        assertThat(isLiteralSecret("    password:")).isFalse();
        assertThat(isLiteralSecret("  partners:")).isFalse();
    }

    static boolean isLiteralSecret(String line) {
        Matcher entry = SECRET_ENTRY.matcher(line);
        if (!entry.matches()) {
            return false;
        }
        String value = entry.group(2).replaceAll("^['\"]|['\"]$", "");
        return !(value.isEmpty() || value.startsWith("${") || value.startsWith("{cipher}"));
    }
}
