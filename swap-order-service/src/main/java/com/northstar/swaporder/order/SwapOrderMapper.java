package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface SwapOrderMapper extends BaseMapper<SwapOrder> {
}
