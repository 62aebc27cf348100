package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of {@code swap_order}: a swap a cabinet reported, with what operations later did about it. A cabinet
 * reports an order again, under its {@code deviceOrderId}, as the swap moves on; {@link #judge} decides what such a
 * report may do, by the moves of {@link OrderState}.
 */
@TableName("swap_order")
public class SwapOrder {

    /** The seed's {@code orderId}. */
    @TableId(type = IdType.AUTO)
    private Long id;
    private String deviceOrderId;
    private String deviceId;
    private String merchantCode;
    /** The cabinet's owner when the order was reported (or learnt later); half of what a MERCHANT may see. */
    private String deviceMerchantCode;
    private Long userId;
    private String phone;
    private String userName;
    private String channel;
    private Integer orderType;
    private Integer orderState;
    private LocalDateTime startTime;
    private LocalDateTime completeTime;
    private String newBattery;
    private String oldBattery;
    private Integer payStatus;
    private Integer payType;
    private Integer borrowBoxNo;
    private Integer returnBoxNo;
    private Integer borrowElectric;
    private Integer returnElectric;
    private String packageName;
    private Long packagePrice;
    private String operatorId;
    private String operatorName;
    /** The app key of the partner that handled the order for its {@code operatorId}; null when operations did. */
    private String operatorAppKey;
    private LocalDateTime operatorTime;
    private String remark;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** What a cabinet's report of an order already known under its {@code deviceOrderId} does to that order. */
    enum LaterReport {
        /** The same report of the state the order is in: nothing changes. */
        REPEATS,
        /** A report of a state the order may move to, by the same cabinet, user and swap start. */
        MOVES_ON,
        /** Anything else: a move backwards or out of a final state, another swap's identity, other content. */
        CONFLICTS
    }

    /** A new order as a cabinet reported it; {@code cabinetOwner} is the cabinet's owner now, or null if unknown. */
    static SwapOrder reported(SwapOrderReport report, String cabinetOwner, LocalDateTime now) {
        SwapOrderReport stored = report.asStored();
        SwapOrder order = new SwapOrder();
        order.deviceOrderId = stored.deviceOrderId();
        order.deviceId = stored.deviceId();
        order.merchantCode = stored.merchantCode();
        order.userId = stored.userId();
        order.startTime = stored.startTime();
        order.deviceMerchantCode = cabinetOwner;
        order.takeProgress(stored);
        order.createdAt = now;
        order.updatedAt = now;
        return order;
    }

    OrderState state() {
        return OrderState.ofCode(orderState);
    }

    LaterReport judge(SwapOrderReport report) {
        SwapOrderReport stored = report.asStored();
        boolean sameSwap = deviceOrderId.equals(stored.deviceOrderId()) && deviceId.equals(stored.deviceId())
                && Objects.equals(merchantCode, stored.merchantCode()) && userId.equals(stored.userId())
                && startTime.equals(stored.startTime());
        if (!sameSwap) {
            return LaterReport.CONFLICTS;
        }
        if (stored.state() == state()) {
            return asReport().equals(stored) ? LaterReport.REPEATS : LaterReport.CONFLICTS;
        }
        return state().mayBeReportedAs(stored.state()) ? LaterReport.MOVES_ON : LaterReport.CONFLICTS;
    }

    /**
     * Takes a later report that {@link #judge moves the order on}: its state and everything but the swap's identity
     * are as that report tells them, since it is the cabinet's latest account of the swap.
     */
    void moveOn(SwapOrderReport report, LocalDateTime now) {
        if (judge(report) != LaterReport.MOVES_ON) {
            throw new IllegalStateException("order " + id + " in " + state() + " cannot move on to "
                    + report.state());
        }
        takeProgress(report.asStored());
        updatedAt = now;
    }

    /** The report that describes this order exactly as it stands, in {@link SwapOrderReport#asStored()} form. */
    private SwapOrderReport asReport() {
        ChangeDetail changeDetail = new ChangeDetail(borrowBoxNo, returnBoxNo, borrowElectric, returnElectric);
        PackageInfo packageInfo = new PackageInfo(packageName, packagePrice);
        return new SwapOrderReport(deviceOrderId, deviceId, merchantCode, userId, phone, userName, channel, orderType,
                orderState, startTime, completeTime, newBattery, oldBattery, payStatus, payType,
                changeDetail.isEmpty() ? null : changeDetail, packageInfo.isEmpty() ? null : packageInfo);
    }

    private void takeProgress(SwapOrderReport report) {
        phone = report.phone();
        userName = report.userName();
        channel = report.channel();
        orderType = report.orderType();
        orderState = report.orderState();
        completeTime = report.completeTime();
        newBattery = report.newBattery();
        oldBattery = report.oldBattery();
        payStatus = report.payStatus();
        payType = report.payType();
        ChangeDetail change = report.changeDetail();
        borrowBoxNo = change == null ? null : change.borrowBoxNo();
        returnBoxNo = change == null ? null : change.returnBoxNo();
        borrowElectric = change == null ? null : change.borrowElectric();
        returnElectric = change == null ? null : change.returnElectric();
        PackageInfo paidWith = report.packageInfo();
        packageName = paidWith == null ? null : paidWith.packageName();
        packagePrice = paidWith == null ? null : paidWith.price();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getDeviceOrderId() { return deviceOrderId; }
    public void setDeviceOrderId(String deviceOrderId) { this.deviceOrderId = deviceOrderId; }
    public String getDeviceId() { return deviceId; }
    public void setDeviceId(String deviceId) { this.deviceId = deviceId; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getDeviceMerchantCode() { return deviceMerchantCode; }
    public void setDeviceMerchantCode(String deviceMerchantCode) { this.deviceMerchantCode = deviceMerchantCode; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public Integer getOrderType() { return orderType; }
    public void setOrderType(Integer orderType) { this.orderType = orderType; }
    public Integer getOrderState() { return orderState; }
    public void setOrderState(Integer orderState) { this.orderState = orderState; }
    public LocalDateTime getStartTime() { return startTime; }
    public void setStartTime(LocalDateTime startTime) { this.startTime = startTime; }
    public LocalDateTime getCompleteTime() { return completeTime; }
    public void setCompleteTime(LocalDateTime completeTime) { this.completeTime = completeTime; }
    public String getNewBattery() { return newBattery; }
    public void setNewBattery(String newBattery) { this.newBattery = newBattery; }
    public String getOldBattery() { return oldBattery; }
    public void setOldBattery(String oldBattery) { this.oldBattery = oldBattery; }
    public Integer getPayStatus() { return payStatus; }
    public void setPayStatus(Integer payStatus) { this.payStatus = payStatus; }
    public Integer getPayType() { return payType; }
    public void setPayType(Integer payType) { this.payType = payType; }
    public Integer getBorrowBoxNo() { return borrowBoxNo; }
    public void setBorrowBoxNo(Integer borrowBoxNo) { this.borrowBoxNo = borrowBoxNo; }
    public Integer getReturnBoxNo() { return returnBoxNo; }
    public void setReturnBoxNo(Integer returnBoxNo) { this.returnBoxNo = returnBoxNo; }
    public Integer getBorrowElectric() { return borrowElectric; }
    public void setBorrowElectric(Integer borrowElectric) { this.borrowElectric = borrowElectric; }
    public Integer getReturnElectric() { return returnElectric; }
    public void setReturnElectric(Integer returnElectric) { this.returnElectric = returnElectric; }
    public String getPackageName() { return packageName; }
    public void setPackageName(String packageName) { this.packageName = packageName; }
    public Long getPackagePrice() { return packagePrice; }
    public void setPackagePrice(Long packagePrice) { this.packagePrice = packagePrice; }
    public String getOperatorId() { return operatorId; }
    public void setOperatorId(String operatorId) { this.operatorId = operatorId; }
    public String getOperatorName() { return operatorName; }
    public void setOperatorName(String operatorName) { this.operatorName = operatorName; }
    public String getOperatorAppKey() { return operatorAppKey; }
    public void setOperatorAppKey(String operatorAppKey) { this.operatorAppKey = operatorAppKey; }
    public LocalDateTime getOperatorTime() { return operatorTime; }
    public void setOperatorTime(LocalDateTime operatorTime) { this.operatorTime = operatorTime; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
