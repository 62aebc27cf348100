package com.northstar.platform.core.paging;

import com.northstar.platform.core.error.ApiException;

/**
 * A validated 1-based page request. Page numbers start at 1; sizes are capped so one request cannot ask a
 * service for an unbounded result.
 */
public record PageRequest(int pageNo, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;

    public PageRequest {
        if (pageNo < 1) {
            throw ApiException.badRequest("pageNo must be at least 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** Applies defaults for the parts a caller left out. */
    public static PageRequest of(Integer pageNo, Integer pageSize, int defaultPageSize) {
        return new PageRequest(pageNo == null ? 1 : pageNo, pageSize == null ? defaultPageSize : pageSize);
    }

    public long offset() {
        return (long) (pageNo - 1) * pageSize;
    }
}
