package com.northstar.auth.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code auth_logins_total{outcome}}: password logins by outcome, never by account or address (a surge of failures
 * is what operations alert on; who failed is in the audit log). Every outcome is registered at start, so a rate over
 * it is 0, not absent, before the first login.
 */
class LoginMetrics {

    enum Outcome {
        SUCCESS,
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        /** refused before any password was checked: the address failed too often */
        THROTTLED
    }

    private final Map<Outcome, Counter> logins = new EnumMap<>(Outcome.class);

    LoginMetrics(MeterRegistry meters) {
        for (Outcome outcome : Outcome.values()) {
            logins.put(outcome, Counter.builder("auth.logins").description("password logins by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(meters));
        }
    }

    void counted(Outcome outcome) {
        logins.get(outcome).increment();
    }
}
