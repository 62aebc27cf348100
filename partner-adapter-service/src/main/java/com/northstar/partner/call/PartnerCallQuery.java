package com.northstar.partner.call;

import com.northstar.platform.core.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** partnerCallQuery's filters as SQL: the one place its WHERE clause is built (page and count alike). */
record PartnerCallQuery(PartnerCallQueryRequest request, PageRequest page) {

    static final int DEFAULT_PAGE_SIZE = 20;

    static PartnerCallQuery of(PartnerCallQueryRequest request) {
        return new PartnerCallQuery(request, PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE));
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        if (request.operation() != null) {
            conditions.add("operation = :operation");
        }
        if (request.state() != null) {
            conditions.add("state = :state");
        }
        if (request.key() != null && !request.key().isBlank()) {
            conditions.add("call_key = :key");
        }
        if (request.createdFrom() != null) {
            conditions.add("created_at >= :createdFrom");
        }
        if (request.createdTo() != null) {
            conditions.add("created_at < :createdTo");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("operation", request.operation() == null ? null : request.operation().name())
                .addValue("state", request.state() == null ? null : request.state().name())
                .addValue("key", request.key())
                .addValue("createdFrom", request.createdFrom())
                .addValue("createdTo", request.createdTo())
                .addValue("limit", page.pageSize())
                .addValue("offset", page.offset());
    }
}
