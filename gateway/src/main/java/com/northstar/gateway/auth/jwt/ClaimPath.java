package com.northstar.gateway.auth.jwt;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a value sits in a token's claims: a claim name, or a dotted path through nested objects
 * ({@code realm_access.roles} is {@code {"realm_access": {"roles": [...]}}}).
 */
public final class ClaimPath {

    private static final Pattern DOT = Pattern.compile("\\.");

    private final String[] names;

    private ClaimPath(String[] names) {
        this.names = names;
    }

    public static ClaimPath of(String path) {
        String[] names = DOT.split(path.trim());
        for (String name : names) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("not a claim path: '" + path + "'");
            }
        }
        return new ClaimPath(names);
    }

    /** The claim's values as strings: a list, or a single value; empty when the path leads nowhere. */
    List<String> readStrings(Map<String, Object> claims) {
        Object value = claims;
        for (String name : names) {
            if (!(value instanceof Map<?, ?> object)) {
                return List.of();
            }
            value = object.get(name);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return value == null || value instanceof Map<?, ?> ? List.of() : List.of(value.toString());
    }

    /**
     * Puts {@code value} at this path into {@code claims}, creating the nested objects on the way and keeping what
     * other paths already put there; two paths that lead to the same place are a configuration error.
     */
    public void writeInto(Map<String, Object> claims, Object value) {
        Map<String, Object> object = claims;
        for (int i = 0; i < names.length - 1; i++) {
            Object nested = object.computeIfAbsent(names[i], name -> new LinkedHashMap<String, Object>());
            if (!(nested instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("claim paths overlap at '" + names[i] + "'");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> nestedObject = (Map<String, Object>) nested;
            object = nestedObject;
        }
        if (object.putIfAbsent(names[names.length - 1], value) != null) {
            throw new IllegalArgumentException("claim paths overlap at '" + names[names.length - 1] + "'");
        }
    }
}
