package com.northstar.deposit.deposit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One row of {@code deposit}: a member's deposit in fen, how, when and where it was paid, and its state. */
@TableName("deposit")
public class Deposit {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String phoneNo;
    private String userId;
    private Long memberId;
    private String userName;
    private String merchantCode;
    /** Fen. */
    private Long amount;
    private String depositType;
    private LocalDateTime paidAt;
    private DepositSource source;
    private DepositState state;
    private LocalDateTime refundedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** A deposit a migration recorded: held until the member applies for it back. */
    static Deposit recorded(MigrationCompleted migration, LocalDateTime now) {
        MigrationCompleted.PaidDeposit paid = migration.deposit();
        Deposit deposit = new Deposit();
        deposit.phoneNo = migration.phoneNo();
        deposit.userId = migration.userId();
        deposit.memberId = migration.memberId();
        deposit.userName = migration.userName();
        deposit.merchantCode = migration.merchantCode();
        deposit.amount = paid.amount();
        deposit.depositType = paid.depositType();
        deposit.paidAt = paid.paidAtTime();
        deposit.source = paid.source();
        deposit.state = DepositState.HELD;
        deposit.createdAt = now;
        deposit.updatedAt = now;
        return deposit;
    }

    /** Moves the deposit on as {@link DepositState} allows; returns the state it left. */
    public DepositState moveTo(DepositState next, LocalDateTime now) {
        DepositState previous = state;
        if (!previous.mayMoveTo(next)) {
            throw new IllegalStateException("deposit " + id + " cannot move from " + previous + " to " + next);
        }
        state = next;
        refundedAt = next == DepositState.REFUNDED ? now : refundedAt;
        updatedAt = now;
        return previous;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPhoneNo() { return phoneNo; }
    public void setPhoneNo(String phoneNo) { this.phoneNo = phoneNo; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getDepositType() { return depositType; }
    public void setDepositType(String depositType) { this.depositType = depositType; }
    public LocalDateTime getPaidAt() { return paidAt; }
    public void setPaidAt(LocalDateTime paidAt) { this.paidAt = paidAt; }
    public DepositSource getSource() { return source; }
    public void setSource(DepositSource source) { this.source = source; }
    public DepositState getState() { return state; }
    public void setState(DepositState state) { this.state = state; }
    public LocalDateTime getRefundedAt() { return refundedAt; }
    public void setRefundedAt(LocalDateTime refundedAt) { this.refundedAt = refundedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
