package com.northstar.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.observability.Queries.Query;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QueriesTest {

    @Test
    void anAlertLosesItsThresholdButKeepsComparisonsInsideBracketsAndMatchers() {
        assertThat(Queries.withoutComparison("up == 0")).isEqualTo("up");
        assertThat(Queries.withoutComparison("sum(rate(x{outcome!=\"success\", a=~\"b\"}[5m])) * 60 > 30"))
                .isEqualTo("sum(rate(x{outcome!=\"success\", a=~\"b\"}[5m])) * 60");
        assertThat(Queries.withoutComparison("a / (sum(b) > 0)\n  >= 0.05")).isEqualTo("a / (sum(b) > 0)");
        assertThat(Queries.withoutComparison("max(x{l=\"a>b\"}) != 1")).isEqualTo("max(x{l=\"a>b\"})");
        assertThat(Queries.withoutComparison("rate(x[5m])")).isEqualTo("rate(x[5m])");
    }

    @Test
    void aDashboardGivesEveryTargetOfEveryPanelAndRowWithItsVariablesSetToAll() {
        Map<String, Object> dashboard = Map.of("title", "Overview",
                "templating", Map.of("list", List.of(Map.of("name", "application", "allValue", ".*",
                        "definition", "label_values(http_server_requests_seconds_count, application)"))),
                "panels", List.of(
                        Map.of("title", "Rate", "targets", List.of(Map.of("refId", "A",
                                "expr", "sum(rate(x{application=~\"$application\"}[$__rate_interval]))"))),
                        Map.of("type", "row", "title", "Collapsed", "panels", List.of(
                                Map.of("title", "Heap", "targets", List.of(Map.of("refId", "B",
                                        "expr", "jvm_memory_used_bytes{application=~\"${application}\"}")))))));

        assertThat(Queries.ofDashboard(JsonMapper.builder().build().valueToTree(dashboard))).containsExactly(
                new Query("Overview / variable application", "http_server_requests_seconds_count"),
                new Query("Overview / Rate / A", "sum(rate(x{application=~\".*\"}[1m]))"),
                new Query("Overview / Heap / B", "jvm_memory_used_bytes{application=~\".*\"}"));
    }

    @Test
    void anUnknownVariableIsAnError() {
        assertThatThrownBy(() -> Queries.withVariables("x{a=\"$nothing\"}", Map.of()))
                .hasMessageContaining("$nothing");
    }
}
