package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of {@code card_ledger}: a change of a card, the balances after it, and who did it where and when. */
@TableName("card_ledger")
public class LedgerLine {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long cardId;
    private LedgerKind kind;
    private BigDecimal actualDelta;
    private BigDecimal giveDelta;
    private Integer pointsDelta;
    private BigDecimal actualAfter;
    private BigDecimal giveAfter;
    private Integer pointsAfter;
    private String idemKey;
    private Long referenceId;
    private String operator;
    private Long shopId;
    private LocalDate businessDay;
    private LocalDateTime createdAt;

    static LedgerLine of(Card card, CardChange change, String serial, Long referenceId, String operator, long shopId,
            LocalDate businessDay, LocalDateTime now) {
        LedgerLine line = new LedgerLine();
        line.cardId = card.getId();
        line.kind = change.kind();
        line.actualDelta = change.actualDelta();
        line.giveDelta = change.giveDelta();
        line.pointsDelta = change.pointsDelta();
        line.actualAfter = card.getActualBalance();
        line.giveAfter = card.getGiveBalance();
        line.pointsAfter = card.getActualPoints();
        line.idemKey = serial;
        line.referenceId = referenceId;
        line.operator = operator;
        line.shopId = shopId;
        line.businessDay = businessDay;
        line.createdAt = now;
        return line;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public LedgerKind getKind() { return kind; }
    public void setKind(LedgerKind kind) { this.kind = kind; }
    public BigDecimal getActualDelta() { return actualDelta; }
    public void setActualDelta(BigDecimal actualDelta) { this.actualDelta = actualDelta; }
    public BigDecimal getGiveDelta() { return giveDelta; }
    public void setGiveDelta(BigDecimal giveDelta) { this.giveDelta = giveDelta; }
    public Integer getPointsDelta() { return pointsDelta; }
    public void setPointsDelta(Integer pointsDelta) { this.pointsDelta = pointsDelta; }
    public BigDecimal getActualAfter() { return actualAfter; }
    public void setActualAfter(BigDecimal actualAfter) { this.actualAfter = actualAfter; }
    public BigDecimal getGiveAfter() { return giveAfter; }
    public void setGiveAfter(BigDecimal giveAfter) { this.giveAfter = giveAfter; }
    public Integer getPointsAfter() { return pointsAfter; }
    public void setPointsAfter(Integer pointsAfter) { this.pointsAfter = pointsAfter; }
    public String getIdemKey() { return idemKey; }
    public void setIdemKey(String idemKey) { this.idemKey = idemKey; }
    public Long getReferenceId() { return referenceId; }
    public void setReferenceId(Long referenceId) { this.referenceId = referenceId; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public LocalDate getBusinessDay() { return businessDay; }
    public void setBusinessDay(LocalDate businessDay) { this.businessDay = businessDay; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
