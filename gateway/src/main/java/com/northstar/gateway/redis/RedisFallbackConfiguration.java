package com.northstar.gateway.redis;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.redis.enabled", havingValue = "true")
class RedisFallbackConfiguration {

    @Bean
    RedisFallback redisFallback(GatewayRedisProperties properties, MeterRegistry meters) {
        return new RedisFallback(properties, meters);
    }

    /** While disconnected, a command fails at once instead of queueing until the timeout: the fallback answers. */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
