-- Member lists (#2, #3, #4) over 100,000 members of a tenant: every filter has an index that starts with the tenant,
-- and pages are read newest member first along (tenant_id, id).
CREATE INDEX idx_member_tenant_id ON member (tenant_id, id);
CREATE INDEX idx_member_tenant_level ON member (tenant_id, member_level_id);
CREATE INDEX idx_member_card ON member (card_id);
CREATE INDEX idx_card_tenant_shop ON card (tenant_id, shop_id);
CREATE INDEX idx_card_tenant_status ON card (tenant_id, status);
CREATE INDEX idx_card_tenant_effective ON card (tenant_id, effective_time);

-- #38: one uploaded member file and how far its import got; the report a till reads while it runs.
CREATE TABLE member_import_job (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    file_path        VARCHAR(255) NOT NULL COMMENT 'where the upload is stored, relative to the import directory',
    shop_id          BIGINT       NOT NULL,
    card_class_id    BIGINT       NOT NULL,
    member_level_id  BIGINT       NULL,
    status           VARCHAR(16)  NOT NULL COMMENT 'ImportStatus',
    total_rows       INT          NOT NULL,
    processed_rows   INT          NOT NULL,
    opened_rows      INT          NOT NULL,
    refused_rows     INT          NOT NULL,
    operator         VARCHAR(64)  NOT NULL,
    created_at       DATETIME     NOT NULL,
    updated_at       DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_import_job_file (tenant_id, file_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member_import_refusal (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    job_id     BIGINT       NOT NULL,
    row_no     INT          NOT NULL COMMENT 'the row of the file, the header being row 1',
    reason     VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_member_import_refusal_job (job_id, row_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
