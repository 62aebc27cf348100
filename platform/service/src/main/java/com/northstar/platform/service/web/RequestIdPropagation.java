package com.northstar.platform.service.web;

import com.northstar.platform.core.caller.AuthHeaders;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.MDC;

/**
 * Passes the request id of the request being served on to every INTERNAL call a service makes with OpenFeign, so
 * one id follows a request from the gateway through every service it touches.
 */
public class RequestIdPropagation implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null && !template.headers().containsKey(AuthHeaders.REQUEST_ID)) {
            template.header(AuthHeaders.REQUEST_ID, requestId);
        }
    }
}
