package com.northstar.deposit.deposit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface DepositMapper extends BaseMapper<Deposit> {

    /**
     * The phone's deposit, locked until the transaction ends; null when none is recorded. Every command on a
     * member's deposit and refunds takes this lock first, so they run one after another per member and always lock
     * the deposit before its applications (no two of them wait on each other in a circle).
     */
    @Select("SELECT * FROM deposit WHERE phone_no = #{phoneNo} FOR UPDATE")
    Deposit selectByPhoneForUpdate(@Param("phoneNo") String phoneNo);

    @Select("SELECT * FROM deposit WHERE id = #{id} FOR UPDATE")
    Deposit selectByIdForUpdate(@Param("id") long id);

    /** Writes a move of {@link Deposit#moveTo}: compare-and-set on the state it left. */
    @Update("UPDATE deposit SET state = #{deposit.state}, refunded_at = #{deposit.refundedAt}, "
            + "updated_at = #{deposit.updatedAt} WHERE id = #{deposit.id} AND state = #{from}")
    int updateState(@Param("deposit") Deposit deposit, @Param("from") DepositState from);
}
