package com.northstar.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest request body a route takes unless its metadata says otherwise ({@code max-body-size})
 */
@ConfigurationProperties("gateway.request-body")
public record RequestBodyProperties(@DefaultValue("1MB") DataSize maxSize) {
}
