package com.northstar.auth.security;

import com.northstar.platform.core.envelope.KopFailure;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** The accounts API refuses in the envelope its operations answer in (seed 000's {@code {code, msg}}). */
final class OpsApiRefusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpsApiRefusals() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> write(response, 401, "authentication required");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, 403, "caller may not use this operation");
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(new KopFailure(status, message)));
    }
}
