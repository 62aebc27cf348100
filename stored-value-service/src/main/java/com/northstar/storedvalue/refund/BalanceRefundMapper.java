package com.northstar.storedvalue.refund;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BalanceRefundMapper extends BaseMapper<BalanceRefund> {
}
