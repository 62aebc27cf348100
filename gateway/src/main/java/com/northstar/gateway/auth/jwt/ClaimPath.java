package com.northstar.gateway.auth.jwt;

import java.util.Collection;
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

    /** The top-level claim name. */
    public String topLevelName() {
        return names[0];
    }

    /** The top-level claim's value that puts {@code value} at this path. */
    public Object topLevelValue(Object value) {
        Object nested = value;
        for (int i = names.length - 1; i > 0; i--) {
            nested = Map.of(names[i], nested);
        }
        return nested;
    }
}
