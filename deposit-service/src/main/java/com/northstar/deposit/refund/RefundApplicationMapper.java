package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RefundApplicationMapper extends BaseMapper<RefundApplication> {

    /** The phone's open application (0 or 1), locked; null when none is open. */
    @Select("SELECT * FROM refund_application WHERE phone_no = #{phoneNo} AND status IN (0, 1) "
            + "ORDER BY id DESC LIMIT 1 FOR UPDATE")
    RefundApplication selectOpenForUpdate(@Param("phoneNo") String phoneNo);

    @Select("SELECT * FROM refund_application WHERE id = #{id} FOR UPDATE")
    RefundApplication selectByIdForUpdate(@Param("id") long id);

    /**
     * Writes a move of {@link RefundApplication}: compare-and-set on the status it left, so of two concurrent moves
     * from one status exactly one changes the row. The refundNo is written here only, once, by the confirmation.
     */
    @Update("UPDATE refund_application SET status = #{a.status}, refund_no = #{a.refundNo}, "
            + "confirmed_by = #{a.confirmedBy}, confirmed_at = #{a.confirmedAt}, confirm_info = #{a.confirmInfo}, "
            + "upload_img = #{a.uploadImg}, remark = #{a.remark}, completed_at = #{a.completedAt}, "
            + "failure_reason = #{a.failureReason}, updated_at = #{a.updatedAt} "
            + "WHERE id = #{a.id} AND status = #{from}")
    int updateProgress(@Param("a") RefundApplication application, @Param("from") int fromStatus);
}
