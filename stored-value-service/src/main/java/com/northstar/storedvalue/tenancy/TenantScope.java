package com.northstar.storedvalue.tenancy;

import java.util.function.Supplier;

/**
 * The tenant whose rows this thread may touch. Set for each request from the caller's token (POS) by
 * {@link TenantScopeInterceptor}, or explicitly by an operation that names its tenant (OPS); without one every
 * statement on a tenant's table fails ({@link TenantLine}): nothing is ever read or written unscoped.
 */
public final class TenantScope {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    /** The scoped tenant's id; fails when there is none. */
    public static long current() {
        Long tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("no tenant in scope: stored-value data is only read and written for one");
        }
        return tenant;
    }

    public static boolean isSet() {
        return CURRENT.get() != null;
    }

    /** Runs {@code work} as tenant {@code tenantId}, then restores the scope this thread had. */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    static void enter(long tenantId) {
        CURRENT.set(tenantId);
    }

    static void leave() {
        CURRENT.remove();
    }

    private static void restore(Long previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
