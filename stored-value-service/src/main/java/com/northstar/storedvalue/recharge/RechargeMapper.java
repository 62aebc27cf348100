package com.northstar.storedvalue.recharge;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface RechargeMapper extends BaseMapper<Recharge> {

    @Select("SELECT * FROM recharge WHERE recharge_code = #{code} FOR UPDATE")
    Recharge lockByCode(@Param("code") String code);

    /** The card's recharges with something left to refund, newest first. */
    @Select("""
            SELECT * FROM recharge WHERE card_id = #{cardId} AND (refunded < pay_money OR give_refunded < give_money)
            ORDER BY id DESC""")
    List<Recharge> refundableOf(@Param("cardId") long cardId);

    @Update("UPDATE recharge SET refunded = #{r.refunded}, give_refunded = #{r.giveRefunded} WHERE id = #{r.id}")
    int updateRefunded(@Param("r") Recharge recharge);
}
