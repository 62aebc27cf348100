package com.northstar.asset.battery;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One row of {@code battery_track}: a move of a battery, from where to where, why and when. */
@TableName("battery_track")
public class BatteryTrack {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String batteryCode;
    private String cause;
    private String fromCabinet;
    private Integer fromGridPos;
    private String fromUserId;
    private String toCabinet;
    private Integer toGridPos;
    private String toUserId;
    private Integer chargeLevel;
    private String source;
    private LocalDateTime movedAt;

    static BatteryTrack of(Battery battery, Place from, MoveCause cause, String source, LocalDateTime at) {
        BatteryTrack track = new BatteryTrack();
        Place to = battery.place();
        track.batteryCode = battery.getBatteryCode();
        track.cause = cause.name();
        track.fromCabinet = from.cabinetCode();
        track.fromGridPos = from.gridPos();
        track.fromUserId = from.userId();
        track.toCabinet = to.cabinetCode();
        track.toGridPos = to.gridPos();
        track.toUserId = to.userId();
        track.chargeLevel = battery.getChargeLevel();
        track.source = source;
        track.movedAt = at;
        return track;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getBatteryCode() { return batteryCode; }
    public void setBatteryCode(String batteryCode) { this.batteryCode = batteryCode; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getFromCabinet() { return fromCabinet; }
    public void setFromCabinet(String fromCabinet) { this.fromCabinet = fromCabinet; }
    public Integer getFromGridPos() { return fromGridPos; }
    public void setFromGridPos(Integer fromGridPos) { this.fromGridPos = fromGridPos; }
    public String getFromUserId() { return fromUserId; }
    public void setFromUserId(String fromUserId) { this.fromUserId = fromUserId; }
    public String getToCabinet() { return toCabinet; }
    public void setToCabinet(String toCabinet) { this.toCabinet = toCabinet; }
    public Integer getToGridPos() { return toGridPos; }
    public void setToGridPos(Integer toGridPos) { this.toGridPos = toGridPos; }
    public String getToUserId() { return toUserId; }
    public void setToUserId(String toUserId) { this.toUserId = toUserId; }
    public Integer getChargeLevel() { return chargeLevel; }
    public void setChargeLevel(Integer chargeLevel) { this.chargeLevel = chargeLevel; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDateTime getMovedAt() { return movedAt; }
    public void setMovedAt(LocalDateTime movedAt) { this.movedAt = movedAt; }
}
