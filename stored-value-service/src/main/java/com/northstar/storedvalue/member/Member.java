package com.northstar.storedvalue.member;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A member (会员) of a tenant and the card it uses now. */
@TableName("member")
public class Member {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String name;
    private Integer sex;
    private LocalDateTime birthday;
    private String phone;
    private String idCard;
    private String address;
    private Long memberLevelId;
    private Long cardId;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    static Member of(MemberProfile profile, LocalDateTime now) {
        Member member = new Member();
        member.name = profile.name();
        member.sex = profile.sex();
        member.birthday = profile.birthday();
        member.phone = profile.phone();
        member.idCard = profile.idCard();
        member.address = profile.address();
        member.memberLevelId = profile.memberLevelId();
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    /** #20: the member data the profile gives; what it leaves out stays as it is. */
    void change(MemberProfile profile, LocalDateTime now) {
        name = profile.name() != null ? profile.name() : name;
        sex = profile.sex() != null ? profile.sex() : sex;
        birthday = profile.birthday() != null ? profile.birthday() : birthday;
        phone = profile.phone() != null ? profile.phone() : phone;
        idCard = profile.idCard() != null ? profile.idCard() : idCard;
        address = profile.address() != null ? profile.address() : address;
        memberLevelId = profile.memberLevelId() != null ? profile.memberLevelId() : memberLevelId;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSex() { return sex; }
    public void setSex(Integer sex) { this.sex = sex; }
    public LocalDateTime getBirthday() { return birthday; }
    public void setBirthday(LocalDateTime birthday) { this.birthday = birthday; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getIdCard() { return idCard; }
    public void setIdCard(String idCard) { this.idCard = idCard; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Long getMemberLevelId() { return memberLevelId; }
    public void setMemberLevelId(Long memberLevelId) { this.memberLevelId = memberLevelId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
