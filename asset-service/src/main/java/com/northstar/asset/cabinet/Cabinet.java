package com.northstar.asset.cabinet;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** One row of {@code cabinet}: a cabinet with every TankInfo field of seed 1.1.1. */
@TableName("cabinet")
public class Cabinet {

    @TableId(type = IdType.INPUT)
    private String tankCode;
    private String merchantCode;
    private String merchantName;
    private String latitude;
    private String longitude;
    private String address;
    private String model;
    private Integer state;
    private String cover;
    private String operateMode;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** A cabinet as Weichuang describes it, new here. */
    static Cabinet fromPartner(TankInfo tank, LocalDateTime now) {
        Cabinet cabinet = new Cabinet();
        cabinet.tankCode = tank.tankCode();
        cabinet.merchantCode = tank.merchantId();
        cabinet.merchantName = tank.merchantName();
        cabinet.latitude = tank.latitude();
        cabinet.longitude = tank.longitude();
        cabinet.address = tank.address();
        cabinet.model = tank.model();
        cabinet.state = tank.state();
        cabinet.cover = tank.cover();
        cabinet.operateMode = tank.operateMode();
        cabinet.createdAt = now;
        cabinet.updatedAt = now;
        return cabinet;
    }

    /**
     * Moves the cabinet to the given location. Coordinates are compared as numbers ({@code 39.90} is {@code 39.9}),
     * the address as trimmed text.
     *
     * @return whether anything changed
     */
    boolean relocate(Location location, LocalDateTime now) {
        boolean same = sameNumber(latitude, location.latitude()) && sameNumber(longitude, location.longitude())
                && Objects.equals(address, location.address());
        if (same) {
            return false;
        }
        latitude = location.latitude();
        longitude = location.longitude();
        address = location.address();
        updatedAt = now;
        return true;
    }

    private static boolean sameNumber(String stored, String given) {
        try {
            return stored != null && new BigDecimal(stored.trim()).compareTo(new BigDecimal(given)) == 0;
        } catch (NumberFormatException storedIsNoNumber) {
            return false;
        }
    }

    public String getTankCode() { return tankCode; }
    public void setTankCode(String tankCode) { this.tankCode = tankCode; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getMerchantName() { return merchantName; }
    public void setMerchantName(String merchantName) { this.merchantName = merchantName; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public Integer getState() { return state; }
    public void setState(Integer state) { this.state = state; }
    public String getCover() { return cover; }
    public void setCover(String cover) { this.cover = cover; }
    public String getOperateMode() { return operateMode; }
    public void setOperateMode(String operateMode) { this.operateMode = operateMode; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
