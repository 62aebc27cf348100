package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** #39: a dynamic pay code, which a till may use instead of the card's mac until it expires. */
@TableName("pay_code")
public class PayCode {

    @TableId(type = IdType.INPUT)
    private String code;
    private Long tenantId;
    private Long cardId;
    private LocalDateTime expiresAt;

    public static PayCode issued(String code, long cardId, LocalDateTime expiresAt) {
        PayCode payCode = new PayCode();
        payCode.code = code;
        payCode.cardId = cardId;
        payCode.expiresAt = expiresAt;
        return payCode;
    }

    boolean expiredAt(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public void setExpiresAt(LocalDateTime expiresAt) { this.expiresAt = expiresAt; }
}
