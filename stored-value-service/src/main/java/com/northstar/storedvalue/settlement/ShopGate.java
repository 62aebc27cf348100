package com.northstar.storedvalue.settlement;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One slot of a shop's gate: the shop's open business day and whether it is being settled. */
@TableName("shop_gate")
public class ShopGate {

    private Long tenantId;
    private Long shopId;
    private Integer slot;
    private LocalDate businessDay;
    private LocalDateTime settlingSince;

    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public Integer getSlot() { return slot; }
    public void setSlot(Integer slot) { this.slot = slot; }
    public LocalDate getBusinessDay() { return businessDay; }
    public void setBusinessDay(LocalDate businessDay) { this.businessDay = businessDay; }
    public LocalDateTime getSettlingSince() { return settlingSince; }
    public void setSettlingSince(LocalDateTime settlingSince) { this.settlingSince = settlingSince; }
}
