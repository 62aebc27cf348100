package com.northstar.storedvalue.member;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.paging.QueryText;
import com.northstar.platform.core.paging.StoredValuePage;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.support.StoredValueRefusal;
import com.northstar.storedvalue.support.StoredValueStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** #1-#4 and #7: members with their cards, read through one filter so every list and its totals agree. */
@Service
class MemberQueries {

    /** #4 and #7 answer lists without paging: at most this many members, newest first. */
    static final int LIST_LIMIT = 500;
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final MemberMapper members;
    private final CardLookup cards;

    MemberQueries(MemberMapper members, CardLookup cards) {
        this.members = members;
        this.cards = cards;
    }

    /** #1: another tenant's member, like an unknown one, is 602. */
    @Transactional(readOnly = true)
    public MemberView detail(Long id) {
        if (id == null) {
            throw ApiException.badRequest("missing required field id");
        }
        List<MemberView> found = views(MemberFilter.byId(id), 0, 1);
        if (found.isEmpty()) {
            throw StoredValueStatus.CARD_NOT_FOUND.refuse("no member " + id);
        }
        return found.get(0);
    }

    /** #2, #3: one page of the members {@code filter} matches, with the totals of all of them. */
    @Transactional(readOnly = true)
    public StoredValuePage<MemberView, MemberView> page(MemberFilter filter, Integer pageIndex, Integer pageSize) {
        PageRequest page = PageRequest.of(pageIndex, pageSize, DEFAULT_PAGE_SIZE);
        MemberSums sums = members.sumRows(filter);
        List<MemberView> rows = sums.totalCount > page.offset()
                ? views(filter, page.offset(), page.pageSize()) : List.of();
        return new StoredValuePage<>(rows, page.pageNo(), page.pageSize(), MemberView.sumOf(sums), sums.totalCount);
    }

    /** #4: members of a card class; a tenant other than the caller's has none for it. */
    @Transactional(readOnly = true)
    public List<MemberView> byClass(Long classId, Long shopId, Long tenantId, long callerTenant) {
        if (classId == null) {
            throw ApiException.badRequest("missing required field classId");
        }
        if (tenantId != null && tenantId != callerTenant) {
            return List.of();
        }
        return views(MemberFilter.byClass(classId, shopId), 0, LIST_LIMIT);
    }

    /** #7: by keyword (phone or card number exactly, name by its beginning), or by a card's mac or pay code. */
    @Transactional(readOnly = true)
    public List<MemberView> search(String keyword, String mac) {
        String text = QueryText.text(keyword);
        if (text != null) {
            return views(MemberFilter.byKeyword(text), 0, LIST_LIMIT);
        }
        if (QueryText.text(mac) == null) {
            throw ApiException.badRequest("give keyword or mac");
        }
        try {
            Card card = cards.byMac(mac);
            return views(MemberFilter.byCard(card.getId()), 0, 1);
        } catch (StoredValueRefusal refusal) {
            if (refusal.status() == StoredValueStatus.CARD_NOT_FOUND) {
                return List.of();
            }
            throw refusal;
        }
    }

    /** The filter of #2/#3 from their request fields; {@code startDate}/{@code endDate} are whole days. */
    static MemberFilter pageFilter(String keyword, Long memberLevel, Long shopId, Integer status, String startDate,
            String endDate) {
        String text = QueryText.text(keyword);
        LocalDate from = day("startDate", startDate);
        LocalDate to = day("endDate", endDate);
        return new MemberFilter(null, null, text, MemberFilter.likePrefix(text), memberLevel, shopId, status, null,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay());
    }

    private static LocalDate day(String field, String value) {
        String text = QueryText.text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notADate) {
            throw ApiException.badRequest("field " + field + " must be a date yyyy-MM-dd");
        }
    }

    private List<MemberView> views(MemberFilter filter, long offset, int limit) {
        List<MemberRow> rows = members.selectRows(filter, offset, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberView.Tag>> tags = new LinkedHashMap<>();
        members.tagsOf(rows.stream().map(row -> row.id).toList()).forEach(tag ->
                tags.computeIfAbsent(tag.memberId, member -> new ArrayList<>()).add(new MemberView.Tag(tag.name,
                        tag.id)));
        return rows.stream().map(row -> MemberView.of(row, tags.getOrDefault(row.id, List.of()))).toList();
    }
}
