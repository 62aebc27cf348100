package com.northstar.platform.service.caller;

import com.northstar.platform.service.web.SeedErrorController;
import java.util.Set;
import org.springdoc.webmvc.api.MultipleOpenApiWebMvcResource;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springdoc.webmvc.ui.SwaggerConfigResource;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.web.method.HandlerMethod;

/**
 * Which handlers need a {@link CallersAllowed} declaration: every one but the framework's few that must answer
 * anyone. The caller check and the boot tests' walk over every handler read this one rule.
 */
public final class DeclaredCallers {

    /**
     * Named by type, nothing else: the envelope for what reached no operation, and springdoc's OpenAPI document
     * (which the gateway aggregates) with the Swagger UI pages that read it.
     */
    private static final Set<Class<?>> FRAMEWORK_HANDLERS = Set.of(SeedErrorController.class,
            OpenApiWebMvcResource.class, MultipleOpenApiWebMvcResource.class, SwaggerConfigResource.class,
            SwaggerWelcomeWebMvc.class);

    private DeclaredCallers() {
    }

    /** Whether the handler answers anyone without a declaration because it is one of the framework's own. */
    public static boolean isFrameworkHandler(HandlerMethod handler) {
        return FRAMEWORK_HANDLERS.contains(handler.getBeanType());
    }

    /** The handler's declaration, or null when it has none. */
    public static CallersAllowed of(HandlerMethod handler) {
        return handler.getMethodAnnotation(CallersAllowed.class);
    }

    /**
     * Whether the handler states who may call it: a framework handler, or an operation naming at least one role
     * ({@code @CallersAllowed({})} would refuse everyone and is taken for a mistake).
     */
    public static boolean isDeclared(HandlerMethod handler) {
        CallersAllowed allowed = of(handler);
        return isFrameworkHandler(handler) || allowed != null && allowed.value().length > 0;
    }
}
