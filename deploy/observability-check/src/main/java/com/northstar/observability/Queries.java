package com.northstar.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The PromQL the check evaluates: every panel query and variable of a dashboard, and alert expressions. */
final class Queries {

    /** A query and where it comes from, printed when it returns nothing. */
    record Query(String source, String expr) {
    }

    /** Grafana's own interval variables, as Grafana would fill them in for a 2 s scrape interval. */
    private static final Map<String, String> GRAFANA_INTERVALS = Map.of(
            "__rate_interval", "1m", "__interval", "10s", "__range", "1h");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*\\w+\\s*\\)");

    private Queries() {
    }

    /**
     * Every target of every panel (rows' panels included) with the dashboard's variables set to "all", and the
     * metric each query variable reads its values from.
     */
    static List<Query> ofDashboard(JsonNode dashboard) {
        String title = dashboard.path("title").asString();
        Map<String, String> variables = new LinkedHashMap<>(GRAFANA_INTERVALS);
        List<Query> queries = new ArrayList<>();
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String name = variable.path("name").asString();
            variables.put(name, variable.path("allValue").asString(".*"));
            Matcher labelValues = LABEL_VALUES.matcher(variable.path("definition").asString(""));
            if (labelValues.matches()) {
                queries.add(new Query(title + " / variable " + name, labelValues.group(1)));
            }
        }
        collectPanels(title, dashboard.path("panels"), variables, queries);
        return queries;
    }

    private static void collectPanels(String title, JsonNode panels, Map<String, String> variables,
            List<Query> queries) {
        for (JsonNode panel : panels) {
            collectPanels(title, panel.path("panels"), variables, queries);
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString("");
                if (!expr.isBlank()) {
                    queries.add(new Query(title + " / " + panel.path("title").asString() + " / "
                            + target.path("refId").asString(), withVariables(expr, variables)));
                }
            }
        }
    }

    static String withVariables(String expr, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(expr);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("unknown variable $" + name + " in " + expr);
            }
            variable.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(filled).toString();
    }

    /**
     * An alert's expression without its threshold: what is left of the first comparison outside any brackets,
     * label matchers and strings ({@code a / b > 0.05} gives {@code a / b}). That part must return series whether or
     * not the alert fires; an expression without a comparison is returned whole.
     */
    static String withoutComparison(String expr) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'', '`' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '>', '<' -> {
                    if (depth == 0) {
                        return expr.substring(0, i).strip();
                    }
                }
                case '=', '!' -> {
                    if (depth == 0 && i + 1 < expr.length() && expr.charAt(i + 1) == '=') {
                        return expr.substring(0, i).strip();
                    }
                }
                default -> {
                }
            }
        }
        return expr.strip();
    }
}
