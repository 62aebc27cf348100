package com.northstar.deposit.refund;

import com.northstar.deposit.asset.MemberAssets;

/**
 * One application as {@code depositRefundDetail} (2.2.23) shows it: the application, the member's asset (its
 * current battery; all four asset fields null when it holds none or asset-service could not be asked) and the
 * merchant's confirmation. {@code remark} is the merchant's remark; for a failed payout it also says why it failed,
 * since the seed has no other field for it.
 */
record RefundDetailView(long id, String userName, String phoneNo, String reason, int status, String applyTime,
        Integer assetType, String assetCode, String assetModel, String assetImg, String merchantCode,
        String merchantName, String merchantConfirmTime, String merchantConfirmInfo, String merchantUploadImg,
        String remark) {

    static RefundDetailView of(RefundApplication application, MemberAssets.Asset asset, String merchantName) {
        return new RefundDetailView(application.getId(), application.getUserName(), application.getPhoneNo(),
                application.getReason(), application.getStatus(), MinuteTimes.format(application.getAppliedAt()),
                asset == null ? null : asset.assetType(), asset == null ? null : asset.assetCode(),
                asset == null ? null : asset.assetModel(), asset == null ? null : asset.assetImg(),
                application.getMerchantCode(), merchantName, MinuteTimes.format(application.getConfirmedAt()),
                application.getConfirmInfo(), application.getUploadImg(), remark(application));
    }

    private static String remark(RefundApplication application) {
        if (application.status() != RefundStatus.FAILED) {
            return application.getRemark();
        }
        String failure = "refund failed: " + application.getFailureReason();
        return application.getRemark() == null ? failure : application.getRemark() + "; " + failure;
    }
}
