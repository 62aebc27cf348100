package com.northstar.deposit.merchant;

import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The names of merchants, kept from asset-service's cabinet events, for the refund detail's merchantName. */
@Component
public class MerchantDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    MerchantDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** The merchant's name, or null while this service has not heard of the merchant. */
    public String nameOf(String merchantCode) {
        return jdbc.sql("SELECT name FROM merchant WHERE code = ?").param(merchantCode).query(String.class)
                .optional().orElse(null);
    }

    /** Records (or renames) a merchant. */
    public void record(String merchantCode, String name) {
        jdbc.sql("INSERT INTO merchant (code, name, updated_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), updated_at = VALUES(updated_at)")
                .params(merchantCode, name, LocalDateTime.now(clock)).update();
    }
}
