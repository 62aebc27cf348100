package com.northstar.platform.core.caller;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The verified caller of one request: a person (JWT), a partner, a device or a payment provider (HMAC).
 *
 * @param subject     the JWT subject, or the app key of a signed caller
 * @param roles       what the caller is; a signed caller has exactly one of PARTNER, DEVICE, PAYMENT
 * @param merchantIds the merchant codes a MERCHANT may see
 * @param tenantId    the tenant of a POS user, or null
 * @param shopIds     the shops of a POS user within its tenant
 */
public record Caller(String subject, Set<Role> roles, List<String> merchantIds, String tenantId, List<String> shopIds) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        merchantIds = List.copyOf(merchantIds);
        shopIds = List.copyOf(shopIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /**
     * Whether this caller sees only its own merchants' rows: a MERCHANT that is not also OPS or PARTNER.
     */
    public boolean isMerchantScoped() {
        return has(Role.MERCHANT) && !hasAny(Role.OPS, Role.PARTNER);
    }

    /** Reads a caller from the trusted headers; null when the request carries no subject. */
    public static Caller fromHeaders(Function<String, String> header) {
        String subject = header.apply(AuthHeaders.SUBJECT);
        if (subject == null || subject.isBlank()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : split(header.apply(AuthHeaders.ROLES))) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknownRole) {
                // A role this service does not know grants nothing.
            }
        }
        String tenantId = header.apply(AuthHeaders.TENANT_ID);
        return new Caller(subject, roles, split(header.apply(AuthHeaders.MERCHANT_IDS)),
                tenantId == null || tenantId.isBlank() ? null : tenantId, split(header.apply(AuthHeaders.SHOP_IDS)));
    }

    /** Comma-joined, as the headers carry lists. */
    public static String join(List<String> values) {
        return String.join(",", values);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
