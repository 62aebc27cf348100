package com.northstar.partner.call;

import com.northstar.platform.service.retention.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Call-log attempts older than {@code call-log-retention} are deleted by the platform's retention sweep, a thousand
 * rows per statement by the attempted_at index; deleting by age is idempotent, so every instance may run it.
 */
@Configuration(proxyBeanMethods = false)
class CallLogRetention {

    @Bean
    RetentionRule callLogRetentionRule(CallsProperties properties) {
        return new RetentionRule("partner_call_attempt", "attempted_at", properties.callLogRetention());
    }
}
