package com.northstar.deposit.refund;

/** One application as {@code depositRefundQuery} (2.2.22) lists it. */
record RefundRow(long id, String userName, String phoneNo, String reason, String applyTime, int status) {

    static RefundRow of(RefundApplication application) {
        return new RefundRow(application.getId(), application.getUserName(), application.getPhoneNo(),
                application.getReason(), MinuteTimes.format(application.getAppliedAt()), application.getStatus());
    }
}
