package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One row of {@code swap_order}: a swap a cabinet reported, with what operations later did about it. */
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
    private LocalDateTime operatorTime;
    private String remark;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

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
    public LocalDateTime getOperatorTime() { return operatorTime; }
    public void setOperatorTime(LocalDateTime operatorTime) { this.operatorTime = operatorTime; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
