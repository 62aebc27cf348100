package com.northstar.platform.tracing;

import com.northstar.platform.core.config.YamlDefaults;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * {@code tracing-defaults.yml}, and the exporters turned on by their endpoints: {@code TRACING_OTLP_ENDPOINT} and
 * {@code TRACING_ZIPKIN_ENDPOINT}. An exporter without an endpoint stays off (Boot makes the OTLP one only for an
 * endpoint; Zipkin's would send to localhost:9411, which nothing answers in a container).
 */
public class TracingDefaults extends YamlDefaults {

    static final String OTLP_ENDPOINT = "TRACING_OTLP_ENDPOINT";
    static final String ZIPKIN_ENDPOINT = "TRACING_ZIPKIN_ENDPOINT";

    public TracingDefaults() {
        super("tracing-defaults.yml");
    }

    @Override
    protected Map<String, Object> derived(ConfigurableEnvironment environment) {
        Map<String, Object> exporters = new HashMap<>();
        String otlp = environment.getProperty(OTLP_ENDPOINT);
        if (StringUtils.hasText(otlp)) {
            exporters.put("management.opentelemetry.tracing.export.otlp.endpoint", otlp);
        }
        String zipkin = environment.getProperty(ZIPKIN_ENDPOINT);
        if (StringUtils.hasText(zipkin)) {
            exporters.put("management.tracing.export.zipkin.enabled", true);
            exporters.put("management.tracing.export.zipkin.endpoint", zipkin);
        }
        return exporters;
    }
}
