package com.northstar.storedvalue.codepay;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CodePaymentMapper extends BaseMapper<CodePayment> {

    @Select("SELECT * FROM code_payment WHERE order_code = #{orderCode}")
    CodePayment byOrderCode(@Param("orderCode") String orderCode);

    @Select("SELECT * FROM code_payment WHERE order_code = #{orderCode} FOR UPDATE")
    CodePayment lockByOrderCode(@Param("orderCode") String orderCode);

    /** Writes a move of {@link CodePayment#learn}: compare-and-set on the state it left. */
    @Update("UPDATE code_payment SET state = #{p.state}, provider_trade_no = #{p.providerTradeNo}, "
            + "outcome_at = #{p.outcomeAt} WHERE id = #{p.id} AND state = #{from}")
    int updateOutcome(@Param("p") CodePayment payment, @Param("from") CodePaymentState from);
}
