package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Caller;
import java.util.Optional;

/**
 * One application as a caller may reach it: by id ({@code depositRefundDetail}) or the latest of a phone
 * ({@code depositRefundConfirm}), within the caller's {@link RefundScope}. Outside it the application does not
 * exist for the caller (404, no hint that it exists).
 */
record RefundLookup(Long id, String phoneNo, RefundScope scope) {

    static RefundLookup byId(long id, Caller caller) {
        return new RefundLookup(id, null, RefundScope.of(caller));
    }

    static RefundLookup latestOfPhone(String phoneNo, Caller caller) {
        return new RefundLookup(null, phoneNo.trim(), RefundScope.of(caller));
    }

    /**
     * The statement selecting the application (newest first, one row); empty when the caller sees nothing.
     *
     * @param locked whether to lock the row until the transaction ends
     */
    Optional<LambdaQueryWrapper<RefundApplication>> toWrapper(boolean locked) {
        if (scope.seesNothing()) {
            return Optional.empty();
        }
        LambdaQueryWrapper<RefundApplication> wrapper = Wrappers.lambdaQuery(RefundApplication.class)
                .eq(id != null, RefundApplication::getId, id)
                .eq(phoneNo != null, RefundApplication::getPhoneNo, phoneNo);
        return Optional.of(scope.restrict(wrapper).orderByDesc(RefundApplication::getId)
                .last(locked ? "LIMIT 1 FOR UPDATE" : "LIMIT 1"));
    }
}
