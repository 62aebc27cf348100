package com.northstar.platform.core.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Seed 000 page: {@code {total,pageNo,pageSize,result:[...]}}. {@code total} is left out when the caller sent
 * {@code withTotal:false} to skip counting a large table.
 */
public record KopPage<T>(@JsonInclude(JsonInclude.Include.NON_NULL) Long total, int pageNo, int pageSize,
        List<T> result) {
}
