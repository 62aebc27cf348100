package com.northstar.auth.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After {@code maxFailures} wrong passwords within {@code window} an account is locked for {@code lockDuration}.
 */
@ConfigurationProperties("auth.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {
}
