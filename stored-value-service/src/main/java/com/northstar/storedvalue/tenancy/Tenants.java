package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Tenants and their shops as every request looks them up: a tenant by the token's claim (its code {@code T001} or,
 * as the seed's integer fields name it, its id) and a shop of the scoped tenant by id. What was found is remembered
 * for {@link #REMEMBERED_MILLIS}: both change only with the reference data, and two lookups per card command were a
 * tenth of its statements. What was not found is looked up again every time.
 */
@Component
public class Tenants {

    static final long REMEMBERED_MILLIS = 60_000;

    private final TenantMapper tenants;
    private final ShopMapper shops;
    private final Clock clock;
    private final Map<String, Remembered<Tenant>> tenantsByClaim = new ConcurrentHashMap<>();
    private final Map<String, Remembered<Shop>> shopsByTenantAndId = new ConcurrentHashMap<>();

    Tenants(TenantMapper tenants, ShopMapper shops, Clock clock) {
        this.tenants = tenants;
        this.shops = shops;
        this.clock = clock;
    }

    private record Remembered<T>(T value, long until) {
    }

    public Optional<Tenant> byClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        return remembered(tenantsByClaim, claim, () -> {
            Tenant byCode = tenants.selectOne(Wrappers.<Tenant>lambdaQuery().eq(Tenant::getCode, claim));
            if (byCode != null) {
                return byCode;
            }
            return claim.chars().allMatch(Character::isDigit) && claim.length() < 19
                    ? tenants.selectById(Long.parseLong(claim)) : null;
        });
    }

    public Optional<Tenant> byId(long id) {
        return Optional.ofNullable(tenants.selectById(id));
    }

    /** A shop of the scoped tenant. */
    public Optional<Shop> shop(long shopId) {
        return remembered(shopsByTenantAndId, TenantScope.current() + ":" + shopId, () -> shops.selectById(shopId));
    }

    private <T> Optional<T> remembered(Map<String, Remembered<T>> memory, String key,
            Supplier<T> lookup) {
        long now = clock.millis();
        Remembered<T> known = memory.get(key);
        if (known != null && known.until() > now) {
            return Optional.of(known.value());
        }
        T found = lookup.get();
        if (found == null) {
            memory.remove(key);
            return Optional.empty();
        }
        memory.put(key, new Remembered<>(found, now + REMEMBERED_MILLIS));
        return Optional.of(found);
    }
}
