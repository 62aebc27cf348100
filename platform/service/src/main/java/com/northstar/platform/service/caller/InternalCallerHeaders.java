package com.northstar.platform.service.caller;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Role;
import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Makes every OpenFeign call of a service an INTERNAL caller of the service it calls: the trusted headers say
 * {@code X-Auth-Subject=<spring.application.name>} and {@code X-Auth-Roles=INTERNAL}, and nothing else. Any other
 * {@code X-Auth-*} header a client set is dropped, so a call never passes on a person's roles or merchant scope:
 * the called operation sees exactly which service asked. Only services send these headers; the gateway strips
 * every client-sent {@code X-Auth-*} header and routes no INTERNAL operation, so no outside caller gets INTERNAL.
 * A client interface that extends {@link OutsideTheSuite} calls a partner, not the suite: its calls carry no
 * {@code X-Auth-*} header at all.
 */
public class InternalCallerHeaders implements RequestInterceptor {

    private final String serviceName;

    public InternalCallerHeaders(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public void apply(RequestTemplate template) {
        AuthHeaders.ALL.forEach(template::removeHeader);
        if (callsOutsideTheSuite(template)) {
            return;
        }
        template.header(AuthHeaders.SUBJECT, serviceName);
        template.header(AuthHeaders.ROLES, Role.INTERNAL.name());
    }

    private static boolean callsOutsideTheSuite(RequestTemplate template) {
        return template.feignTarget() != null && OutsideTheSuite.class.isAssignableFrom(template.feignTarget().type());
    }
}
