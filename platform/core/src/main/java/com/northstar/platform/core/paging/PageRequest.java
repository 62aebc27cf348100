package com.northstar.platform.core.paging;

import com.northstar.platform.core.error.ApiException;

/**
 * A validated 1-based page request. Page numbers start at 1; sizes are capped so one request cannot ask a
 * service for an unbounded result, and pages may reach at most {@link #MAX_OFFSET} rows deep: a deeper page
 * would make the database read and throw away every row before it (a slow scan for one page), so such a request
 * is a 400 asking the caller to narrow the query with its filters instead.
 */
public record PageRequest(int pageNo, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;
    /** The most rows a page may skip ({@code (pageNo - 1) * pageSize}). */
    public static final long MAX_OFFSET = 100_000;

    public PageRequest {
        if (pageNo < 1) {
            throw ApiException.badRequest("pageNo must be at least 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (pageNo - 1) * pageSize > MAX_OFFSET) {
            throw ApiException.badRequest("(pageNo - 1) * pageSize may not exceed " + MAX_OFFSET
                    + " rows; narrow the query with its filters");
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
