package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.northstar.platform.core.caller.Caller;
import java.util.Set;

/**
 * Which applications a caller may see or confirm: a MERCHANT-scoped caller those of its token's merchants' members
 * (taken from the token, never the body); OPS and PARTNER all. An empty scope sees nothing.
 *
 * @param visibleMerchants null for a caller that sees everything
 */
record RefundScope(Set<String> visibleMerchants) {

    static RefundScope of(Caller caller) {
        return new RefundScope(caller.isMerchantScoped() ? Set.copyOf(caller.merchantIds()) : null);
    }

    boolean seesNothing() {
        return visibleMerchants != null && visibleMerchants.isEmpty();
    }

    /** ANDs the scope into {@code wrapper}. */
    LambdaQueryWrapper<RefundApplication> restrict(LambdaQueryWrapper<RefundApplication> wrapper) {
        return wrapper.in(visibleMerchants != null, RefundApplication::getMerchantCode, visibleMerchants);
    }
}
