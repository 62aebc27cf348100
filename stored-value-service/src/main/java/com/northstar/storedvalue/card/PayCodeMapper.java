package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PayCodeMapper extends BaseMapper<PayCode> {
}
