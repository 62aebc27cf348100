package com.northstar.storedvalue.catalog;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A recharge plan on sale in a period: the customer pays {@code payMoney} (credited as actual money); face value {@code money} above it and {@code giveMoney} are credited as bonus. */
@TableName("recharge_plan")
public class RechargePlan {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String name;
    private BigDecimal money;
    private BigDecimal payMoney;
    private BigDecimal giveMoney;
    private LocalDateTime startTime;
    private LocalDateTime endTime;
    private Boolean moneyModifiable;
    private String remark;
    private Boolean inUse;
    /** How many may still be sold; null: unlimited. */
    private Integer stock;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public BigDecimal getPayMoney() { return payMoney; }
    public void setPayMoney(BigDecimal payMoney) { this.payMoney = payMoney; }
    public BigDecimal getGiveMoney() { return giveMoney; }
    public void setGiveMoney(BigDecimal giveMoney) { this.giveMoney = giveMoney; }
    public LocalDateTime getStartTime() { return startTime; }
    public void setStartTime(LocalDateTime startTime) { this.startTime = startTime; }
    public LocalDateTime getEndTime() { return endTime; }
    public void setEndTime(LocalDateTime endTime) { this.endTime = endTime; }
    public Boolean getMoneyModifiable() { return moneyModifiable; }
    public void setMoneyModifiable(Boolean moneyModifiable) { this.moneyModifiable = moneyModifiable; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public Boolean getInUse() { return inUse; }
    public void setInUse(Boolean inUse) { this.inUse = inUse; }
    public Integer getStock() { return stock; }
    public void setStock(Integer stock) { this.stock = stock; }
}
