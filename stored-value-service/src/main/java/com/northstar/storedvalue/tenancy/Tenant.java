package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A store chain: {@code id} is the seed's integer tenantId, {@code code} the tenantId claim of its POS tokens. */
@TableName("tenant")
public class Tenant {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
