package com.northstar.partner.weichuang;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Weichuang is, the suite's key pair there, and the numbers of the resilience around every call
 * ({@code config/partner-adapter-service.yml} gives the reason for each). Without a key or secret the service does
 * not start: an unsigned call would only be refused.
 */
@Validated
@ConfigurationProperties("weichuang")
public record WeichuangProperties(@NotBlank String baseUrl, @NotBlank String appKey, @NotBlank String secret,
        @NotNull @Valid Resilience resilience) {

    public record Resilience(@NotNull Duration timeLimit, @Positive int maxConcurrentCalls,
            @NotNull Duration maxWaitForSlot, @Positive int maxAttempts, @NotNull Duration initialBackoff,
            @DecimalMin("1.0") double backoffMultiplier, @DecimalMin("0.0") @DecimalMax("1.0") double jitter,
            @NotNull Duration maxBackoff, @Positive int slidingWindowSize, @Positive int minimumCalls,
            @Positive float failureRateThreshold, @NotNull Duration slowCallThreshold,
            @Positive float slowCallRateThreshold, @NotNull Duration openDuration, @Positive int halfOpenCalls) {
    }
}
