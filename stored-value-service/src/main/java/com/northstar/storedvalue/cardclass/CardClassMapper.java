package com.northstar.storedvalue.cardclass;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CardClassMapper extends BaseMapper<CardClass> {
}
