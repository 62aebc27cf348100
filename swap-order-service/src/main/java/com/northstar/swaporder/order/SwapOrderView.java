package com.northstar.swaporder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/**
 * An order exactly as seed 000 §2.2.1 returns it. The three optional blocks are left out unless the query asked
 * for them; the regular fields are always written, null or not.
 */
public record SwapOrderView(Long orderId, Integer orderType, Integer orderState, String channel,
        LocalDateTime startTime, LocalDateTime completeTime, Long userId, String phone, String userName,
        String merchantCode, String deviceId, String newBattery, String oldBattery, Integer payStatus,
        Integer payType,
        @JsonInclude(JsonInclude.Include.NON_NULL) ChangeDetail changeDetail,
        @JsonInclude(JsonInclude.Include.NON_NULL) OperatorInfo operatorInfo,
        @JsonInclude(JsonInclude.Include.NON_NULL) PackageInfo packageInfo) {

    /** Which optional blocks a query asked for. */
    public record Blocks(boolean changeDetail, boolean operatorInfo, boolean packageInfo) {

        public static final Blocks ALL = new Blocks(true, true, true);
    }

    public static SwapOrderView of(SwapOrder order, Blocks blocks) {
        return new SwapOrderView(order.getId(), order.getOrderType(), order.getOrderState(), order.getChannel(),
                order.getStartTime(), order.getCompleteTime(), order.getUserId(), order.getPhone(),
                order.getUserName(), order.getMerchantCode(), order.getDeviceId(), order.getNewBattery(),
                order.getOldBattery(), order.getPayStatus(), order.getPayType(),
                blocks.changeDetail() ? new ChangeDetail(order.getBorrowBoxNo(), order.getReturnBoxNo(),
                        order.getBorrowElectric(), order.getReturnElectric()) : null,
                blocks.operatorInfo() ? new OperatorInfo(order.getOperatorId(), order.getOperatorName(),
                        order.getOperatorTime(), order.getRemark()) : null,
                blocks.packageInfo() ? new PackageInfo(order.getPackageName(), order.getPackagePrice()) : null);
    }
}
