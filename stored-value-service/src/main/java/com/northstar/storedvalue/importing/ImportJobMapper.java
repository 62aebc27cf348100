package com.northstar.storedvalue.importing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Import jobs of the scoped tenant; a row's count moves in the transaction that opened or refused it. */
@Mapper
public interface ImportJobMapper extends BaseMapper<ImportJob> {

    @Select("SELECT * FROM member_import_job WHERE file_path = #{filePath}")
    ImportJob selectByFilePath(@Param("filePath") String filePath);

    @Update("""
            UPDATE member_import_job SET processed_rows = processed_rows + 1, opened_rows = opened_rows + 1,
              updated_at = #{now} WHERE id = #{id}""")
    void countOpened(@Param("id") long id, @Param("now") LocalDateTime now);

    @Update("""
            UPDATE member_import_job SET processed_rows = processed_rows + 1, refused_rows = refused_rows + 1,
              updated_at = #{now} WHERE id = #{id}""")
    void countRefused(@Param("id") long id, @Param("now") LocalDateTime now);

    @Update("UPDATE member_import_job SET status = #{status}, updated_at = #{now} WHERE id = #{id}")
    void finish(@Param("id") long id, @Param("status") ImportStatus status, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO member_import_refusal (job_id, row_no, reason) VALUES (#{jobId}, #{rowNo}, #{reason})")
    void insertRefusal(@Param("jobId") long jobId, @Param("rowNo") int rowNo, @Param("reason") String reason);

    @Select("SELECT row_no AS `row`, reason FROM member_import_refusal WHERE job_id = #{jobId} ORDER BY row_no")
    List<ImportReport.Refusal> refusalsOf(@Param("jobId") long jobId);
}
