package com.northstar.auth.token;

import com.northstar.auth.account.Access;
import com.northstar.platform.core.caller.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The claims of client-credentials tokens, per client id: a server-side integration acts as nobody in particular, so
 * what it may do is configured beside its registration. A client without an entry gets no token.
 */
@ConfigurationProperties("auth")
record ClientAccess(Map<String, Grant> clientAccess) {

    record Grant(List<Role> roles, List<String> merchantIds, String tenantId, List<String> shopIds) {
    }

    Optional<Access> of(String clientId) {
        Grant grant = clientAccess == null ? null : clientAccess.get(clientId);
        if (grant == null) {
            return Optional.empty();
        }
        Set<Role> roles = grant.roles() == null ? Set.of() : EnumSet.copyOf(grant.roles());
        return Optional.of(new Access(roles, orEmpty(grant.merchantIds()), grant.tenantId(),
                orEmpty(grant.shopIds())));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
