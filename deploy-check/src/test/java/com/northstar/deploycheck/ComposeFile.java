package com.northstar.deploycheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docker-compose.yml, parsed (anchors and merge keys resolved), with the lookups the checks need. */
record ComposeFile(Map<String, Object> root) {

    static ComposeFile read() {
        return new ComposeFile(Yaml.load(Suite.ROOT.resolve("docker-compose.yml")));
    }

    Map<String, Object> services() {
        return Yaml.map(root, "services");
    }

    Map<String, Object> service(String name) {
        return Yaml.map(services(), name);
    }

    /** The environment of a service, whether written as a map or as a list of KEY=value. */
    Map<String, String> environment(String service) {
        Object environment = Yaml.at(service(service), "environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length == 2 ? pair[1] : null);
            });
        }
        return variables;
    }

    /** Each dependency of a service with its start condition (the short list form means service_started). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = Yaml.at(service(service), "depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((name, spec) -> conditions.put(String.valueOf(name), Yaml.string(spec, "condition")));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        }
        return conditions;
    }

    /** The health check command as one line of text, or null when the service has none. */
    String healthCheck(String service) {
        Object test = Yaml.at(service(service), "healthcheck.test");
        if (test instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return test == null ? null : String.valueOf(test);
    }
}
