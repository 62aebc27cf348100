package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.paging.PageRequest;
import java.util.Optional;

/**
 * The rules of {@code depositRefundQuery} in one place: the filters (they only narrow), the caller's scope, and the
 * order (newest application first).
 */
record RefundQuery(Integer status, String phoneNo, RefundScope scope, PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;

    static RefundQuery of(RefundQueryRequest request, Caller caller) {
        String phoneNo = request.phoneNo() == null || request.phoneNo().isBlank() ? null : request.phoneNo().trim();
        return new RefundQuery(request.status(), phoneNo, RefundScope.of(caller),
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /** The statement's conditions and order; empty when the caller sees nothing. */
    Optional<LambdaQueryWrapper<RefundApplication>> toWrapper() {
        if (scope.seesNothing()) {
            return Optional.empty();
        }
        LambdaQueryWrapper<RefundApplication> wrapper = Wrappers.lambdaQuery(RefundApplication.class)
                .eq(status != null, RefundApplication::getStatus, status)
                .eq(phoneNo != null, RefundApplication::getPhoneNo, phoneNo);
        return Optional.of(scope.restrict(wrapper).orderByDesc(RefundApplication::getId));
    }
}
