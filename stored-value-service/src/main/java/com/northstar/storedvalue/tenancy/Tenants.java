package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds a tenant by the token's claim: its code ({@code T001}) or, as the seed's integer fields name it, its id. */
@Component
public class Tenants {

    private final TenantMapper tenants;

    Tenants(TenantMapper tenants) {
        this.tenants = tenants;
    }

    public Optional<Tenant> byClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        Tenant byCode = tenants.selectOne(Wrappers.<Tenant>lambdaQuery().eq(Tenant::getCode, claim));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        return claim.chars().allMatch(Character::isDigit) && claim.length() < 19
                ? byId(Long.parseLong(claim)) : Optional.empty();
    }

    public Optional<Tenant> byId(long id) {
        return Optional.ofNullable(tenants.selectById(id));
    }
}
