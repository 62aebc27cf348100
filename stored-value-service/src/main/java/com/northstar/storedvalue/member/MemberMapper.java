package com.northstar.storedvalue.member;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Members of the scoped tenant with their cards; the list statements live in {@code mapper/MemberMapper.xml}, where
 * the page, its totals and the search share one filter.
 */
@Mapper
public interface MemberMapper extends BaseMapper<Member> {

    /** The members {@code filter} matches, newest first, {@code limit} rows after {@code offset}. */
    List<MemberRow> selectRows(@Param("f") MemberFilter filter, @Param("offset") long offset,
            @Param("limit") int limit);

    /** How many members {@code filter} matches and the sums of their cards' money and points. */
    MemberSums sumRows(@Param("f") MemberFilter filter);

    @Select("""
            <script>
            SELECT l.member_id, t.id, t.name FROM member_tag_link l JOIN member_tag t ON t.id = l.tag_id
            WHERE l.member_id IN <foreach collection="memberIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            ORDER BY l.member_id, t.id
            </script>""")
    List<MemberTagRow> tagsOf(@Param("memberIds") Collection<Long> memberIds);

    @Select("""
            <script>
            SELECT COUNT(*) FROM member_tag
            WHERE id IN <foreach collection="tagIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    int countTags(@Param("tagIds") Collection<Long> tagIds);

    @Insert("""
            <script>
            INSERT INTO member_tag_link (member_id, tag_id) VALUES
            <foreach collection="tagIds" item="tagId" separator=",">(#{memberId}, #{tagId})</foreach>
            </script>""")
    void linkTags(@Param("memberId") long memberId, @Param("tagIds") Collection<Long> tagIds);

    @Delete("DELETE FROM member_tag_link WHERE member_id = #{memberId}")
    void unlinkTags(@Param("memberId") long memberId);
}
