package com.northstar.storedvalue.tenancy;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Scopes each request to the tenant of its token (after the platform's role check): a token naming a tenant this
 * service does not know is refused (403) rather than served with no scope.
 */
class TenantScopeInterceptor implements HandlerInterceptor {

    private final Tenants tenants;

    TenantScopeInterceptor(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.fromHeaders(request::getHeader);
        if (caller != null && caller.tenantId() != null) {
            Tenant tenant = tenants.byClaim(caller.tenantId())
                    .orElseThrow(() -> ApiException.forbidden("the token's tenant is not known here"));
            TenantScope.enter(tenant.getId());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        TenantScope.leave();
    }
}
