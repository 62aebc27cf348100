package com.northstar.swaporder.cabinet;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One row of {@code cabinet_owner}: this service's copy of which merchant owns a cabinet. */
@TableName("cabinet_owner")
public class CabinetOwner {

    @TableId(type = IdType.INPUT)
    private String deviceId;
    private String merchantCode;
    private LocalDateTime updatedAt;

    public CabinetOwner() {
    }

    public CabinetOwner(String deviceId, String merchantCode, LocalDateTime updatedAt) {
        this.deviceId = deviceId;
        this.merchantCode = merchantCode;
        this.updatedAt = updatedAt;
    }

    public String getDeviceId() { return deviceId; }
    public void setDeviceId(String deviceId) { this.deviceId = deviceId; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
