package com.northstar.storedvalue.payment;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CardPaymentMapper extends BaseMapper<CardPayment> {

    @Select("SELECT * FROM card_payment WHERE code = #{code} FOR UPDATE")
    CardPayment lockByCode(@Param("code") String code);

    /** Writes a move of {@link CardPayment#reverse}: compare-and-set on the state it left. */
    @Update("UPDATE card_payment SET status = #{p.status}, reversed_at = #{p.reversedAt} WHERE id = #{p.id} AND status = #{from}")
    int updateStatus(@Param("p") CardPayment payment, @Param("from") CardPaymentStatus from);
}
