package com.northstar.storedvalue.recharge;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface RechargePaymentMapper extends BaseMapper<RechargePayment> {

    @Select("SELECT * FROM recharge_payment WHERE recharge_id = #{rechargeId} ORDER BY id")
    List<RechargePayment> ofRecharge(@Param("rechargeId") long rechargeId);

    @Update("UPDATE recharge_payment SET refunded = #{p.refunded} WHERE id = #{p.id}")
    int updateRefunded(@Param("p") RechargePayment part);
}
