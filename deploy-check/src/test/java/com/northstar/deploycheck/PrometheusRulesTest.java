package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and scrape configurations as Prometheus reads them: Debian's {@code promtool} (the
 * {@code prometheus} package; .ci/run installs it) checks them, and runs the rules' unit tests.
 */
class PrometheusRulesTest {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Path PROMETHEUS = Suite.ROOT.resolve("deploy/observability/prometheus");

    @Test
    void theAlertRulesPassPromtoolCheckRules() throws Exception {
        assertPromtoolPasses("check", "rules", "rules/northstar-alerts.yml");
    }

    @Test
    void theAlertRulesFireAsTheirUnitTestsExpect() throws Exception {
        assertPromtoolPasses("test", "rules", "tests/northstar-alerts-test.yml");
    }

    @Test
    void theComposeAndLocalScrapeConfigurationsPassPromtoolCheckConfigWithTheirRules() throws Exception {
        assertPromtoolPasses("check", "config", "prometheus-compose.yml");
        assertPromtoolPasses("check", "config", "prometheus-local.yml");
    }

    private static void assertPromtoolPasses(String... arguments) throws IOException, InterruptedException {
        assertThat(PROMTOOL).as("promtool (apt-get install -y prometheus)").isExecutable();
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool returned").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
}
