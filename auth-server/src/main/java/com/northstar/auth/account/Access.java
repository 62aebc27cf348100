package com.northstar.auth.account;

import com.northstar.platform.core.caller.Role;
import java.util.List;
import java.util.Set;

/**
 * What an account may do and see: its roles and the scopes its tokens carry (merchants for MERCHANT, a tenant and
 * its shops for POS). The claims of every token issued to it.
 */
public record Access(Set<Role> roles, List<String> merchantIds, String tenantId, List<String> shopIds) {

    public Access {
        roles = Set.copyOf(roles);
        merchantIds = List.copyOf(merchantIds);
        shopIds = List.copyOf(shopIds);
        tenantId = tenantId == null || tenantId.isBlank() ? null : tenantId;
        for (Role role : roles) {
            if (!role.isPersonRole()) {
                throw new IllegalArgumentException(role + " is not a person's role");
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (roles.contains(Role.MERCHANT) && merchantIds.isEmpty()) {
            throw new IllegalArgumentException("a MERCHANT account names its merchants (merchantIds)");
        }
        if (roles.contains(Role.POS) && tenantId == null) {
            throw new IllegalArgumentException("a POS account names its tenant (tenantId)");
        }
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
