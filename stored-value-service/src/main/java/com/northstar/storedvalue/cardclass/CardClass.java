package com.northstar.storedvalue.cardclass;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A card class (卡类别): what its cards may do and how they earn points. */
@TableName("card_class")
public class CardClass {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String name;
    private Integer cardType;
    private Boolean canRecharge;
    private Boolean canMemberPrice;
    private Boolean canDiscount;
    private Boolean canPoint;
    private Integer pointsBasic;
    private Integer pointsToOne;
    private Integer pointsValidDays;
    private Boolean giveFirst;

    /** Points a payment of {@code money} earns: one per full {@code pointsBasic} yuan, none if the class has none. */
    public int pointsFor(BigDecimal money) {
        if (!Boolean.TRUE.equals(canPoint) || pointsBasic == null || pointsBasic <= 0) {
            return 0;
        }
        return money.divide(BigDecimal.valueOf(pointsBasic), 0, RoundingMode.DOWN).intValueExact();
    }

    public boolean spendsGiveFirst() {
        return Boolean.TRUE.equals(giveFirst);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getCardType() { return cardType; }
    public void setCardType(Integer cardType) { this.cardType = cardType; }
    public Boolean getCanRecharge() { return canRecharge; }
    public void setCanRecharge(Boolean canRecharge) { this.canRecharge = canRecharge; }
    public Boolean getCanMemberPrice() { return canMemberPrice; }
    public void setCanMemberPrice(Boolean canMemberPrice) { this.canMemberPrice = canMemberPrice; }
    public Boolean getCanDiscount() { return canDiscount; }
    public void setCanDiscount(Boolean canDiscount) { this.canDiscount = canDiscount; }
    public Boolean getCanPoint() { return canPoint; }
    public void setCanPoint(Boolean canPoint) { this.canPoint = canPoint; }
    public Integer getPointsBasic() { return pointsBasic; }
    public void setPointsBasic(Integer pointsBasic) { this.pointsBasic = pointsBasic; }
    public Integer getPointsToOne() { return pointsToOne; }
    public void setPointsToOne(Integer pointsToOne) { this.pointsToOne = pointsToOne; }
    public Integer getPointsValidDays() { return pointsValidDays; }
    public void setPointsValidDays(Integer pointsValidDays) { this.pointsValidDays = pointsValidDays; }
    public Boolean getGiveFirst() { return giveFirst; }
    public void setGiveFirst(Boolean giveFirst) { this.giveFirst = giveFirst; }
}
