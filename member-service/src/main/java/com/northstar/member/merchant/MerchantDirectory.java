package com.northstar.member.merchant;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchants the member lists name ({@code merchant_directory}): names from asset-service's
 * {@code asset.cabinet-changed}, cities from the demo data and the generator.
 */
@Service
public class MerchantDirectory {

    /** What a list shows beside a merchant's code. */
    public record MerchantEntry(String code, String name, String typeName, Integer cityId, String cityName) {
    }

    private final JdbcClient jdbc;

    MerchantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The known merchants among {@code codes}, by code (a page's merchants in one statement). */
    public Map<String, MerchantEntry> byCodes(Collection<String> codes) {
        Set<String> distinct = codes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, MerchantEntry> entries = new HashMap<>();
        if (!distinct.isEmpty()) {
            jdbc.sql("SELECT merchant_code, merchant_name, merchant_type_name, city_id, city_name"
                    + " FROM merchant_directory WHERE merchant_code IN (:codes)").param("codes", distinct)
                    .query((row, number) -> new MerchantEntry(row.getString(1), row.getString(2), row.getString(3),
                            (Integer) row.getObject(4), row.getString(5)))
                    .list().forEach(entry -> entries.put(entry.code(), entry));
        }
        return entries;
    }

    /** The merchant's city, or null for no merchant or one without a known city. */
    public Integer cityIdOf(String code) {
        return code == null ? null : jdbc.sql("SELECT city_id FROM merchant_directory WHERE merchant_code = ?")
                .param(code).query(Integer.class).optional().orElse(null);
    }

    /** The name asset-service knows the merchant by; a merchant new here is added without a city. */
    @Transactional(propagation = Propagation.MANDATORY)
    void named(String code, String name) {
        jdbc.sql("""
                INSERT INTO merchant_directory (merchant_code, merchant_name) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE merchant_name = COALESCE(VALUES(merchant_name), merchant_name)""")
                .params(code, name).update();
    }
}
