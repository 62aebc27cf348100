package com.northstar.asset.battery;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * One row of {@code battery}: a battery as Weichuang's BatteryInfo describes it (seed 1.2.2) and where it is. A
 * battery is in one place at a time: a cabinet slot, a user (the holder of its current binding), or nowhere known.
 * The moves below keep the place, {@code state} and the charge reading consistent; {@link Batteries} writes them.
 */
@TableName("battery")
public class Battery {

    @TableId(type = IdType.INPUT)
    private String batteryCode;
    private String merchantCode;
    private String merchantName;
    private String userId;
    private String userName;
    private String userPhone;
    private Integer state;
    private String model;
    private String cover;
    private String cabinetCode;
    private Integer gridPos;
    private Integer chargeLevel;
    private LocalDateTime chargeReportedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** A battery seen for the first time, owned by {@code merchantCode}, with no known place yet. */
    static Battery registered(String batteryCode, String merchantCode, String merchantName, LocalDateTime now) {
        Battery battery = new Battery();
        battery.batteryCode = batteryCode;
        battery.merchantCode = merchantCode;
        battery.merchantName = merchantName;
        battery.state = BatteryState.NOT_BOUND.code();
        battery.createdAt = now;
        battery.updatedAt = now;
        return battery;
    }

    public Place place() {
        if (userId != null) {
            return Place.user(userId);
        }
        return cabinetCode == null ? Place.NOWHERE : Place.slot(cabinetCode, gridPos);
    }

    /** Into a cabinet slot, or the cabinet when the slot is not known (and so no longer with any user), with the charge level the cabinet read. */
    void putInto(String cabinet, Integer slot, Integer level, LocalDateTime at) {
        leaveHolder();
        cabinetCode = cabinet;
        gridPos = slot;
        readCharge(level, at);
        updatedAt = at;
    }

    /** To a user, out of any cabinet; {@code level} null keeps the last reading. */
    void handTo(Holder holder, Integer level, LocalDateTime at) {
        cabinetCode = null;
        gridPos = null;
        userId = holder.userId();
        userName = holder.userName();
        userPhone = holder.userPhone();
        state = BatteryState.BOUND.code();
        readCharge(level, at);
        updatedAt = at;
    }

    /** Out of its slot or away from its user to no known place (a correction, or a slot the cabinet reports taken). */
    void takeAway(LocalDateTime at) {
        leaveHolder();
        cabinetCode = null;
        gridPos = null;
        updatedAt = at;
    }

    private void leaveHolder() {
        userId = null;
        userName = null;
        userPhone = null;
        state = BatteryState.NOT_BOUND.code();
    }

    private void readCharge(Integer level, LocalDateTime at) {
        if (level != null) {
            chargeLevel = level;
            chargeReportedAt = at;
        }
    }

    public String getBatteryCode() { return batteryCode; }
    public void setBatteryCode(String batteryCode) { this.batteryCode = batteryCode; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getMerchantName() { return merchantName; }
    public void setMerchantName(String merchantName) { this.merchantName = merchantName; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getUserPhone() { return userPhone; }
    public void setUserPhone(String userPhone) { this.userPhone = userPhone; }
    public Integer getState() { return state; }
    public void setState(Integer state) { this.state = state; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getCover() { return cover; }
    public void setCover(String cover) { this.cover = cover; }
    public String getCabinetCode() { return cabinetCode; }
    public void setCabinetCode(String cabinetCode) { this.cabinetCode = cabinetCode; }
    public Integer getGridPos() { return gridPos; }
    public void setGridPos(Integer gridPos) { this.gridPos = gridPos; }
    public Integer getChargeLevel() { return chargeLevel; }
    public void setChargeLevel(Integer chargeLevel) { this.chargeLevel = chargeLevel; }
    public LocalDateTime getChargeReportedAt() { return chargeReportedAt; }
    public void setChargeReportedAt(LocalDateTime chargeReportedAt) { this.chargeReportedAt = chargeReportedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
