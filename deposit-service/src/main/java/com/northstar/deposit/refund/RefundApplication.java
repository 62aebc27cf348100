package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.deposit.deposit.Deposit;
import com.northstar.deposit.deposit.DepositSource;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One row of {@code refund_application}: a member's application for its deposit back, the merchant's confirmation
 * and how the payout ended. Every change goes through {@link #moveTo}, which allows only {@link RefundStatus}'s moves.
 */
@TableName("refund_application")
public class RefundApplication {

    private static final DateTimeFormatter REFUND_NO_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long depositId;
    private String phoneNo;
    private String userId;
    private String userName;
    private String merchantCode;
    private String reason;
    private String applicant;
    private Integer status;
    /** Fen: the deposit's amount. */
    private Long refundAmount;
    private LocalDateTime appliedAt;
    private String refundNo;
    private String confirmedBy;
    private LocalDateTime confirmedAt;
    private String confirmInfo;
    private String uploadImg;
    private String remark;
    private LocalDateTime completedAt;
    private String failureReason;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** A new application for the whole of {@code deposit}, awaiting the merchant. */
    static RefundApplication applied(Deposit deposit, String reason, String applicant, LocalDateTime now) {
        RefundApplication application = new RefundApplication();
        application.depositId = deposit.getId();
        application.phoneNo = deposit.getPhoneNo();
        application.userId = deposit.getUserId();
        application.userName = deposit.getUserName();
        application.merchantCode = deposit.getMerchantCode();
        application.reason = reason;
        application.applicant = applicant;
        application.status = RefundStatus.AWAITING_MERCHANT.code();
        application.refundAmount = deposit.getAmount();
        application.appliedAt = now;
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    RefundStatus status() {
        return RefundStatus.ofCode(status);
    }

    /** Whether an application with this reason by this applicant is a retry of this one (still open). */
    boolean isRepeatedBy(String otherReason, String otherApplicant) {
        return status().isOpen() && Objects.equals(reason, otherReason) && applicant.equals(otherApplicant);
    }

    /**
     * The merchant confirms: the payout starts (REFUNDING, with its refundNo) or, for a deposit the merchant hands
     * back in person, is done (REFUNDED). Returns the status it left.
     */
    RefundStatus confirm(DepositSource source, String confirmedBy, RefundConfirmRequest request, LocalDateTime now) {
        RefundStatus previous = moveTo(RefundStatus.confirmedFor(source), now);
        this.refundNo = "RF" + REFUND_NO_DATE.format(appliedAt) + String.format("%010d", id);
        this.confirmedBy = confirmedBy;
        this.confirmedAt = now;
        this.confirmInfo = request.merchantConfirmInfo();
        this.uploadImg = request.merchantUploadImg();
        this.remark = request.remark();
        if (status() == RefundStatus.REFUNDED) {
            completedAt = now;
        }
        return previous;
    }

    /** The payout succeeded at {@code refundTime}. Returns the status it left. */
    RefundStatus refunded(LocalDateTime refundTime, LocalDateTime now) {
        RefundStatus previous = moveTo(RefundStatus.REFUNDED, now);
        completedAt = refundTime;
        return previous;
    }

    /** The payout failed for good. Returns the status it left. */
    RefundStatus failed(String why, LocalDateTime now) {
        RefundStatus previous = moveTo(RefundStatus.FAILED, now);
        completedAt = now;
        failureReason = why;
        return previous;
    }

    private RefundStatus moveTo(RefundStatus next, LocalDateTime now) {
        RefundStatus previous = status();
        if (!previous.mayMoveTo(next)) {
            throw new IllegalStateException("refund application " + id + " cannot move from " + previous + " to "
                    + next);
        }
        status = next.code();
        updatedAt = now;
        return previous;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getDepositId() { return depositId; }
    public void setDepositId(Long depositId) { this.depositId = depositId; }
    public String getPhoneNo() { return phoneNo; }
    public void setPhoneNo(String phoneNo) { this.phoneNo = phoneNo; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public Long getRefundAmount() { return refundAmount; }
    public void setRefundAmount(Long refundAmount) { this.refundAmount = refundAmount; }
    public LocalDateTime getAppliedAt() { return appliedAt; }
    public void setAppliedAt(LocalDateTime appliedAt) { this.appliedAt = appliedAt; }
    public String getRefundNo() { return refundNo; }
    public void setRefundNo(String refundNo) { this.refundNo = refundNo; }
    public String getConfirmedBy() { return confirmedBy; }
    public void setConfirmedBy(String confirmedBy) { this.confirmedBy = confirmedBy; }
    public LocalDateTime getConfirmedAt() { return confirmedAt; }
    public void setConfirmedAt(LocalDateTime confirmedAt) { this.confirmedAt = confirmedAt; }
    public String getConfirmInfo() { return confirmInfo; }
    public void setConfirmInfo(String confirmInfo) { this.confirmInfo = confirmInfo; }
    public String getUploadImg() { return uploadImg; }
    public void setUploadImg(String uploadImg) { this.uploadImg = uploadImg; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public void setCompletedAt(LocalDateTime completedAt) { this.completedAt = completedAt; }
    public String getFailureReason() { return failureReason; }
    public void setFailureReason(String failureReason) { this.failureReason = failureReason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
