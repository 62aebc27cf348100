package com.northstar.gateway.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled       nonces and rate limits shared by every gateway instance in Redis; off: in each instance
 * @param retryInterval while Redis is unreachable, how long the gateway stays in memory before asking it again
 */
@ConfigurationProperties("gateway.redis")
public record GatewayRedisProperties(boolean enabled, @DefaultValue("5s") Duration retryInterval) {
}
