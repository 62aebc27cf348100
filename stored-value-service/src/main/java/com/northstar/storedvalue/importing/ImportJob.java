package com.northstar.storedvalue.importing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One uploaded member file and its progress ({@code member_import_job}). */
@TableName("member_import_job")
public class ImportJob {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String filePath;
    private Long shopId;
    private Long cardClassId;
    private Long memberLevelId;
    private ImportStatus status;
    private Integer totalRows;
    private Integer processedRows;
    private Integer openedRows;
    private Integer refusedRows;
    private String operator;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    static ImportJob started(String filePath, long shopId, long cardClassId, Long memberLevelId, int totalRows,
            String operator, LocalDateTime now) {
        ImportJob job = new ImportJob();
        job.filePath = filePath;
        job.shopId = shopId;
        job.cardClassId = cardClassId;
        job.memberLevelId = memberLevelId;
        job.status = ImportStatus.RUNNING;
        job.totalRows = totalRows;
        job.processedRows = 0;
        job.openedRows = 0;
        job.refusedRows = 0;
        job.operator = operator;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getFilePath() { return filePath; }
    public void setFilePath(String filePath) { this.filePath = filePath; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public Long getCardClassId() { return cardClassId; }
    public void setCardClassId(Long cardClassId) { this.cardClassId = cardClassId; }
    public Long getMemberLevelId() { return memberLevelId; }
    public void setMemberLevelId(Long memberLevelId) { this.memberLevelId = memberLevelId; }
    public ImportStatus getStatus() { return status; }
    public void setStatus(ImportStatus status) { this.status = status; }
    public Integer getTotalRows() { return totalRows; }
    public void setTotalRows(Integer totalRows) { this.totalRows = totalRows; }
    public Integer getProcessedRows() { return processedRows; }
    public void setProcessedRows(Integer processedRows) { this.processedRows = processedRows; }
    public Integer getOpenedRows() { return openedRows; }
    public void setOpenedRows(Integer openedRows) { this.openedRows = openedRows; }
    public Integer getRefusedRows() { return refusedRows; }
    public void setRefusedRows(Integer refusedRows) { this.refusedRows = refusedRows; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
