package com.northstar.platform.service.web;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.requestid.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the gateway's request id into every log line of the request (MDC {@code requestId}) and back on the
 * response; makes one when a request arrives without (direct calls inside the cluster).
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "requestId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.keepOrCreate(request.getHeader(AuthHeaders.REQUEST_ID));
        MDC.put(MDC_KEY, requestId);
        response.setHeader(AuthHeaders.REQUEST_ID, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
