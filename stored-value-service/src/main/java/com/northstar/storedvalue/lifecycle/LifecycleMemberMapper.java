package com.northstar.storedvalue.lifecycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/** The one change a card's lifecycle makes to its member: which card is the member's now. */
@Mapper
interface LifecycleMemberMapper {

    @Update("UPDATE member SET card_id = #{cardId} WHERE id = #{memberId}")
    int pointAtCard(@Param("memberId") long memberId, @Param("cardId") long cardId);
}
