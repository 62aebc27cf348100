package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml runs Prometheus on deploy/observability's scrape config and rules, Grafana on its provisioning
 * and dashboards, and Zipkin where the apps send their traces; deploy/compose-check has a stand-in for every public
 * image it names, or says which service it leaves out.
 */
class ComposeObservabilityTest {

    private static final ComposeFile COMPOSE = ComposeFile.read();

    private static final String OBSERVABILITY = "deploy/observability/";

    /** {@code stand_in DIR PUBLIC-NAME} in deploy/compose-check. */
    private static final Pattern STAND_IN = Pattern.compile("(?m)^\\s*stand_in (\\S+) (\\S+)");

    /** {@code [service]="reason"} in deploy/compose-check's WITHOUT_STAND_IN. */
    private static final Pattern WITHOUT_STAND_IN =
            Pattern.compile("declare -A WITHOUT_STAND_IN=\\(\\n((?:\\s+\\[[a-z-]+]=\"[^\"]+\"\\n)*)\\)");

    @Test
    void prometheusReadsTheComposeScrapeConfigAndItsRulesMountedReadOnlyAndKeepsItsDataInAVolume() {
        Map<String, Object> prometheus = COMPOSE.service("prometheus");

        assertThat(Yaml.string(prometheus, "image")).startsWith("prom/prometheus:v3.");
        assertThat(Yaml.list(prometheus, "volumes"))
                .contains("./" + OBSERVABILITY + "prometheus:/etc/prometheus:ro", "prometheus-data:/prometheus");
        assertThat(Yaml.list(prometheus, "command"))
                .contains("--config.file=/etc/prometheus/prometheus-compose.yml", "--storage.tsdb.path=/prometheus");
        assertThat(Yaml.map(COMPOSE.root(), "volumes")).containsKey("prometheus-data");
        assertThat(Yaml.list(Yaml.load(Suite.ROOT.resolve(OBSERVABILITY + "prometheus/prometheus-compose.yml")),
                "rule_files")).containsExactly("rules/*.yml");
        assertThat(COMPOSE.healthCheck("prometheus")).isEqualTo("CMD wget -q -O /dev/null http://localhost:9090/-/ready");
        assertThat(COMPOSE.dependsOn("prometheus")).as("it scrapes whatever is up").isEmpty();
    }

    /** One job per app, named like it, at the management port the compose file gives it. */
    @Test
    void prometheusScrapesEveryAppAtItsComposeManagementPort() {
        Map<String, Object> config = Yaml.load(Suite.ROOT.resolve(OBSERVABILITY + "prometheus/prometheus-compose.yml"));
        Map<String, String> targetByJob = new TreeMap<>();
        for (Map<String, Object> job : Yaml.maps(config, "scrape_configs")) {
            assertThat(Yaml.string(job, "metrics_path")).isEqualTo("/actuator/prometheus");
            targetByJob.put(Yaml.string(job, "job_name"), Yaml.string(job, "static_configs.0.targets.0"));
        }
        Map<String, String> expected = new TreeMap<>();
        for (App app : Suite.apps()) {
            expected.put(app.name(), app.name() + ":" + COMPOSE.environment(app.name()).get("MANAGEMENT_PORT"));
        }
        assertThat(targetByJob).isEqualTo(expected);
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusDatasourceAndTheDashboardsWhereItsProviderLooks() {
        Map<String, Object> grafana = COMPOSE.service("grafana");
        String dashboardsPath = Yaml.string(Yaml.load(Suite.ROOT.resolve(
                OBSERVABILITY + "grafana/provisioning/dashboards/northstar.yml")), "providers.0.options.path");
        String datasourceUrl = Yaml.string(Yaml.load(Suite.ROOT.resolve(
                OBSERVABILITY + "grafana/provisioning/datasources/prometheus.yml")), "datasources.0.url");

        assertThat(Yaml.string(grafana, "image")).startsWith("grafana/grafana:12.");
        assertThat(Yaml.list(grafana, "volumes")).contains(
                "./" + OBSERVABILITY + "grafana/provisioning:/etc/grafana/provisioning:ro",
                "./" + OBSERVABILITY + "grafana/dashboards:" + dashboardsPath + ":ro");
        assertThat(datasourceUrl).isEqualTo("http://prometheus:9090");
        assertThat(COMPOSE.environment("grafana").get("GF_SECURITY_ADMIN_PASSWORD"))
                .isEqualTo("${GRAFANA_ADMIN_PASSWORD:?set GRAFANA_ADMIN_PASSWORD}");
        assertThat(COMPOSE.dependsOn("grafana")).containsEntry("prometheus", "service_healthy");
        assertThat(COMPOSE.healthCheck("grafana")).isEqualTo("CMD wget -q -O /dev/null http://localhost:3000/api/health");
    }

    @Test
    void zipkinKeepsTracesInMemoryOnThePortTheAppsSendThemTo() {
        Map<String, String> zipkin = COMPOSE.environment("zipkin");

        assertThat(Yaml.string(COMPOSE.service("zipkin"), "image")).isEqualTo("openzipkin/zipkin:3.5.1");
        assertThat(zipkin).containsEntry("STORAGE_TYPE", "mem");
        assertThat(COMPOSE.environment("gateway").get("TRACING_ZIPKIN_ENDPOINT")).startsWith("http://zipkin:9411/");
        assertThat(COMPOSE.healthCheck("zipkin")).isEqualTo("CMD wget -q -O /dev/null http://localhost:9411/health");
    }

    /**
     * No image can be pulled on the machines that run deploy/compose-check: each public image the compose file and
     * the Dockerfile name has a stand-in in deploy/local-images, or its service is one the check leaves out, with
     * the reason.
     */
    @Test
    void composeCheckHasAStandInForEveryPublicImageOrLeavesItsServiceOutWithAReason() {
        String composeCheck = Suite.read("deploy/compose-check");
        Set<String> standIns = new TreeSet<>();
        Matcher standIn = STAND_IN.matcher(composeCheck);
        while (standIn.find()) {
            assertThat(Suite.ROOT.resolve("deploy/local-images/" + standIn.group(1) + "/Containerfile"))
                    .as("the Containerfile of the %s stand-in", standIn.group(2)).isRegularFile();
            standIns.add(standIn.group(2));
        }
        Matcher withoutStandIn = WITHOUT_STAND_IN.matcher(composeCheck);
        assertThat(withoutStandIn.find()).as("WITHOUT_STAND_IN in deploy/compose-check").isTrue();
        Set<String> leftOut = new TreeSet<>();
        Matcher entry = Pattern.compile("\\[([a-z-]+)]=").matcher(withoutStandIn.group(1));
        while (entry.find()) {
            leftOut.add(entry.group(1));
        }

        for (String service : COMPOSE.services().keySet()) {
            if (Yaml.at(COMPOSE.service(service), "build") != null || leftOut.contains(service)) {
                continue;
            }
            assertThat(standIns).as("a stand-in for %s's image", service)
                    .contains(fullName(Yaml.string(COMPOSE.service(service), "image")));
        }
        Matcher from = Pattern.compile("(?m)^FROM (\\S+:\\S+)").matcher(Suite.read("Dockerfile"));
        while (from.find()) {
            assertThat(standIns).as("a stand-in for the Dockerfile's %s", from.group(1)).contains(fullName(from.group(1)));
        }
        assertThat(leftOut).as("services left out").allMatch(COMPOSE.services()::containsKey);
        for (String service : COMPOSE.services().keySet()) {
            assertThat(COMPOSE.dependsOn(service).keySet()).as("what %s depends on", service)
                    .doesNotContainAnyElementsOf(leftOut);
        }
    }

    /** The name podman and Docker pull: {@code mysql:8.4} is docker.io/library/mysql:8.4. */
    private static String fullName(String image) {
        List<String> parts = List.of(image.split("/"));
        if (parts.size() == 1) {
            return "docker.io/library/" + image;
        }
        return parts.get(0).contains(".") ? image : "docker.io/" + image;
    }
}
