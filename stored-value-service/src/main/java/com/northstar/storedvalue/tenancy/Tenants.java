package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.storedvalue.support.ShortMemory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tenants and their shops as every request looks them up: a tenant by the token's claim (its code {@code T001} or,
 * as the seed's integer fields name it, its id) and a shop of the scoped tenant by id, each kept a minute
 * ({@link ShortMemory}).
 */
@Component
public class Tenants {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final TenantMapper tenants;
    private final ShopMapper shops;
    private final ShortMemory<Tenant> tenantsByClaim;
    private final ShortMemory<Shop> shopsByTenantAndId;

    Tenants(TenantMapper tenants, ShopMapper shops, Clock clock) {
        this.tenants = tenants;
        this.shops = shops;
        this.tenantsByClaim = new ShortMemory<>(clock, KEPT);
        this.shopsByTenantAndId = new ShortMemory<>(clock, KEPT);
    }

    public Optional<Tenant> byClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        return tenantsByClaim.get(claim, () -> {
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
        return shopsByTenantAndId.get(TenantScope.current() + ":" + shopId, () -> shops.selectById(shopId));
    }
}
