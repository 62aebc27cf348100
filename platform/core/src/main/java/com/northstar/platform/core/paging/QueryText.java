package com.northstar.platform.core.paging;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the query records of the services read their request fields: blank text is "not given", lists are bounded
 * sets, and a MERCHANT-scoped caller's merchants narrow what it asks for.
 */
public final class QueryText {

    /** The most values one list parameter may carry, so a request cannot build an unbounded statement. */
    public static final int MAX_LIST_SIZE = 1000;

    private QueryText() {
    }

    /** Blank means "not given": back offices send empty strings for empty filter boxes. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The distinct non-blank values of a list; an empty set when none is given. */
    public static Set<String> codes(String field, List<String> values) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > MAX_LIST_SIZE) {
            throw ApiException.badRequest("field " + field + " may list at most " + MAX_LIST_SIZE + " values");
        }
        Set<String> codes = new LinkedHashSet<>();
        values.stream().map(QueryText::text).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    /**
     * The merchants a caller may see of those it asks for ({@code requested}; null: it names none): a MERCHANT-scoped
     * caller only those its token also names (all of its token's when it names none); anyone else what it asked
     * for (null: every merchant).
     */
    public static Set<String> visibleMerchants(Set<String> requested, Caller caller) {
        if (!caller.isMerchantScoped()) {
            return requested;
        }
        Set<String> visible = new LinkedHashSet<>(caller.merchantIds());
        if (requested != null) {
            visible.retainAll(requested);
        }
        return visible;
    }
}
