package com.northstar.asset.binding;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.asset.battery.Holder;
import java.time.LocalDateTime;

/**
 * One row of {@code battery_binding}: a user holds a battery from {@code boundAt} until {@code unboundAt} (null while
 * current). Ended bindings stay, so a user's initial and current battery are both known. {@code currentBatteryCode}
 * mirrors {@code batteryCode} while current: its unique index allows one current binding per battery.
 */
@TableName("battery_binding")
public class Binding {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String userId;
    private String userName;
    private String userPhone;
    private String batteryCode;
    private String currentBatteryCode;
    private String merchantCode;
    private String shareCode;
    private LocalDateTime boundAt;
    private String boundCause;
    private LocalDateTime unboundAt;
    private String unboundCause;

    static Binding bound(Holder holder, String batteryCode, String merchantCode, String shareCode, LocalDateTime at,
            BindingCause cause) {
        Binding binding = new Binding();
        binding.userId = holder.userId();
        binding.userName = holder.userName();
        binding.userPhone = holder.userPhone();
        binding.batteryCode = batteryCode;
        binding.currentBatteryCode = batteryCode;
        binding.merchantCode = merchantCode;
        binding.shareCode = shareCode;
        binding.boundAt = at;
        binding.boundCause = cause.name();
        return binding;
    }

    boolean isCurrent() {
        return unboundAt == null;
    }

    boolean isHeldBy(String user) {
        return userId.equals(user);
    }

    Holder holder() {
        return new Holder(userId, userName, userPhone);
    }

    void end(LocalDateTime at, BindingCause cause) {
        if (!isCurrent()) {
            throw new IllegalStateException("binding " + id + " has already ended");
        }
        unboundAt = at;
        unboundCause = cause.name();
        currentBatteryCode = null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getUserPhone() { return userPhone; }
    public void setUserPhone(String userPhone) { this.userPhone = userPhone; }
    public String getBatteryCode() { return batteryCode; }
    public void setBatteryCode(String batteryCode) { this.batteryCode = batteryCode; }
    public String getCurrentBatteryCode() { return currentBatteryCode; }
    public void setCurrentBatteryCode(String currentBatteryCode) { this.currentBatteryCode = currentBatteryCode; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getShareCode() { return shareCode; }
    public void setShareCode(String shareCode) { this.shareCode = shareCode; }
    public LocalDateTime getBoundAt() { return boundAt; }
    public void setBoundAt(LocalDateTime boundAt) { this.boundAt = boundAt; }
    public String getBoundCause() { return boundCause; }
    public void setBoundCause(String boundCause) { this.boundCause = boundCause; }
    public LocalDateTime getUnboundAt() { return unboundAt; }
    public void setUnboundAt(LocalDateTime unboundAt) { this.unboundAt = unboundAt; }
    public String getUnboundCause() { return unboundCause; }
    public void setUnboundCause(String unboundCause) { this.unboundCause = unboundCause; }
}
