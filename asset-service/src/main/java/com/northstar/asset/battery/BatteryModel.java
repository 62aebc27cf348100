package com.northstar.asset.battery;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One row of {@code battery_model}: what the charge estimates need to know of a model. */
@TableName("battery_model")
public class BatteryModel {

    @TableId(type = IdType.INPUT)
    private String model;
    /** Distance a full battery lasts, km. */
    private Integer rangeKm;
    /** Time a cabinet slot takes to charge the battery from empty to full. */
    private Integer fullChargeMinutes;

    public BatteryModel() {
    }

    public BatteryModel(String model, int rangeKm, int fullChargeMinutes) {
        this.model = model;
        this.rangeKm = rangeKm;
        this.fullChargeMinutes = fullChargeMinutes;
    }

    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public Integer getRangeKm() { return rangeKm; }
    public void setRangeKm(Integer rangeKm) { this.rangeKm = rangeKm; }
    public Integer getFullChargeMinutes() { return fullChargeMinutes; }
    public void setFullChargeMinutes(Integer fullChargeMinutes) { this.fullChargeMinutes = fullChargeMinutes; }
}
