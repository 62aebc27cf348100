package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One row of {@code vehicle}: a merchant's e-bike with the fields seed 2.2.8 shows. */
@TableName("vehicle")
public class Vehicle {

    @TableId(type = IdType.INPUT)
    private String code;
    private String merchantCode;
    private String model;
    private String name;
    private String spec;
    private String imgUrl;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSpec() { return spec; }
    public void setSpec(String spec) { this.spec = spec; }
    public String getImgUrl() { return imgUrl; }
    public void setImgUrl(String imgUrl) { this.imgUrl = imgUrl; }
}
