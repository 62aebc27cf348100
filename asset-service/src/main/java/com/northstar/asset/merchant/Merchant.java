package com.northstar.asset.merchant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One row of {@code merchant}: the names, place and promotion code the lists show beside a merchant's code. */
@TableName("merchant")
public class Merchant {

    @TableId(type = IdType.INPUT)
    private String code;
    private String name;
    private String cityName;
    private String regionName;
    private String shareCode;

    public Merchant() {
    }

    public Merchant(String code, String name, String cityName, String regionName, String shareCode) {
        this.code = code;
        this.name = name;
        this.cityName = cityName;
        this.regionName = regionName;
        this.shareCode = shareCode;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCityName() { return cityName; }
    public void setCityName(String cityName) { this.cityName = cityName; }
    public String getRegionName() { return regionName; }
    public void setRegionName(String regionName) { this.regionName = regionName; }
    public String getShareCode() { return shareCode; }
    public void setShareCode(String shareCode) { this.shareCode = shareCode; }
}
