package com.northstar.platform.test;

import com.northstar.platform.service.caller.DeclaredCallers;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every handler of every {@link RequestMappingHandlerMapping} of a service and names those that declare no
 * callers, by the same rule the caller check applies ({@link DeclaredCallers}).
 */
public final class UndeclaredOperations {

    private UndeclaredOperations() {
    }

    /** @return "{@code <mapping> -> <Controller#method>}" of each undeclared handler, sorted */
    public static List<String> in(ApplicationContext context) {
        return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .filter(handler -> !DeclaredCallers.isDeclared(handler.getValue()))
                .map(handler -> handler.getKey() + " -> " + name(handler.getValue()))
                .sorted()
                .toList();
    }

    /** Counts every handler the walk saw, so a test can tell the walk from an empty service. */
    public static int handlerCount(ApplicationContext context) {
        return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .mapToInt(mapping -> mapping.getHandlerMethods().size()).sum();
    }

    private static String name(HandlerMethod handler) {
        return handler.getBeanType().getName() + "#" + handler.getMethod().getName();
    }
}
