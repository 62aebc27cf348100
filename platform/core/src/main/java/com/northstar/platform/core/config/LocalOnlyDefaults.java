package com.northstar.platform.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * An app's configuration falls back to defaults that only work on a developer's machine ({@code
 * ${ASSET_SERVICE_URI:http://localhost:8081}}); in production such a fallback silently points the app at nothing or
 * at a simulator. Each app lists those environment variables in {@value #VARIABLES}. With the {@code prod} profile
 * the app does not start while any of them is unset or blank, and one message names them all with the properties
 * that read them; in a run with neither {@code local} nor {@code prod} (a jar started bare) each one used logs a
 * WARN line; {@code local} stays quiet, and so do the tests ({@value #WARN} false).
 *
 * <p>Runs once config data is loaded, so profiles, the app's list and config-server's properties are known. The
 * config import itself reads {@code CONFIG_SERVER_URL} before that: {@link ConfigServerUrlInProd} checks it first.
 */
public class LocalOnlyDefaults implements EnvironmentPostProcessor, Ordered {

    /** The app's environment variables whose defaults are local-only (a list). */
    public static final String VARIABLES = "platform.local-only-defaults";

    /** false: a run without the local or prod profile does not warn (the tests set it: they run bare on purpose). */
    public static final String WARN = "platform.local-only-defaults-warn";

    /** Shown per variable; the gateway reads one URI in up to four routes. */
    private static final int USES_SHOWN = 3;

    private final Log log;

    public LocalOnlyDefaults(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalOnlyDefaults.class);
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    /** Whether the environment sets the variable itself: a property of exactly that name, not blank. */
    public static boolean isSet(Environment environment, String variable) {
        return StringUtils.hasText(environment.getProperty(variable));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = environment.matchesProfiles("prod");
        if (!prod && (environment.matchesProfiles("local") || !environment.getProperty(WARN, Boolean.class, true))) {
            return;
        }
        List<String> unset = Binder.get(environment).bind(VARIABLES, Bindable.listOf(String.class)).orElse(List.of())
                .stream().map(String::trim).filter(variable -> !isSet(environment, variable)).distinct().toList();
        if (unset.isEmpty()) {
            return;
        }
        Map<String, List<Use>> uses = usesOf(environment, unset);
        if (prod) {
            StringBuilder message = new StringBuilder("The prod profile is active but these environment variables are "
                    + "not set, and the defaults in their place only work on a developer's machine (" + VARIABLES
                    + "); set each one:");
            unset.forEach(variable -> message.append("\n  ").append(variable).append(": ").append(describe(uses.get(variable))));
            throw new IllegalStateException(message.toString());
        }
        unset.forEach(variable -> log.warn(variable + " is not set, so a local-only default is used: "
                + describe(uses.get(variable)) + " (set it, or run with the local profile)"));
    }

    /** A property whose value reads the variable, and the default it falls back to (null: none, it is required). */
    record Use(String property, String fallback) {

        @Override
        public String toString() {
            return property + (fallback == null ? " (required, no default)" : " (default '" + fallback + "')");
        }
    }

    private static String describe(List<Use> uses) {
        if (uses.isEmpty()) {
            return "read by no property here";
        }
        String shown = String.join(", ", uses.stream().limit(USES_SHOWN).map(Use::toString).toList());
        return uses.size() > USES_SHOWN ? shown + " and " + (uses.size() - USES_SHOWN) + " more" : shown;
    }

    /** Where the configuration in effect reads each variable: the property sources' raw values, first source wins. */
    static Map<String, List<Use>> usesOf(ConfigurableEnvironment environment, List<String> variables) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        variables.forEach(variable -> uses.put(variable, new ArrayList<>()));
        Set<String> seen = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String property : enumerable.getPropertyNames()) {
                if (!seen.add(property) || !(enumerable.getProperty(property) instanceof CharSequence raw)) {
                    continue;
                }
                for (String variable : variables) {
                    useIn(property, raw.toString(), variable).ifPresent(uses.get(variable)::add);
                }
            }
        }
        return uses;
    }

    /** The first {@code ${variable}} or {@code ${variable:default}} in a raw value; the default may nest placeholders. */
    static Optional<Use> useIn(String property, String raw, String variable) {
        String opening = "${" + variable;
        for (int at = raw.indexOf(opening); at >= 0; at = raw.indexOf(opening, at + 1)) {
            int after = at + opening.length();
            if (after < raw.length() && raw.charAt(after) == '}') {
                return Optional.of(new Use(property, null));
            }
            if (after < raw.length() && raw.charAt(after) == ':') {
                int depth = 1;
                for (int i = after + 1; i < raw.length(); i++) {
                    if (raw.startsWith("${", i)) {
                        depth++;
                    } else if (raw.charAt(i) == '}' && --depth == 0) {
                        return Optional.of(new Use(property, raw.substring(after + 1, i)));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
