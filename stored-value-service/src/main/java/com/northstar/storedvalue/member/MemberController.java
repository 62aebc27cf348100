package com.northstar.storedvalue.member;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.core.paging.StoredValuePage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class MemberController {

    private final MemberQueries queries;
    private final MemberCards memberCards;

    MemberController(MemberQueries queries, MemberCards memberCards) {
        this.queries = queries;
        this.memberCards = memberCards;
    }

    @GetMapping("/api/stored-value/members/detail")
    @Operation(operationId = "svMemberDetail", summary = "#1 member + card by id")
    @CallersAllowed(Role.POS)
    MemberView detail(@RequestParam(required = false) Long id, Till till) {
        return queries.detail(id);
    }

    @GetMapping("/api/stored-value/members/page")
    @Operation(operationId = "svMemberPage", summary = "#2 paged members with sumData totals")
    @CallersAllowed(Role.POS)
    StoredValuePage<MemberView, MemberView> page(@RequestParam(required = false) String keyword,
            @RequestParam(required = false) Long memberLevel, @RequestParam(required = false) Integer pageIndex,
            @RequestParam(required = false) Integer pageSize, @RequestParam(required = false) Long shopId,
            @RequestParam(required = false) Integer status, Till till) {
        return queries.page(MemberQueries.pageFilter(keyword, memberLevel, shopId, status, null, null), pageIndex,
                pageSize);
    }

    @GetMapping("/api/stored-value/members/page-by-date")
    @Operation(operationId = "svMemberPageByDate", summary = "#3 the same within a card-opening date range")
    @CallersAllowed(Role.POS)
    StoredValuePage<MemberView, MemberView> pageByDate(@RequestParam(required = false) String endDate,
            @RequestParam(required = false) String keyword, @RequestParam(required = false) Long memberLevel,
            @RequestParam(required = false) Integer pageIndex, @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) Long shopId, @RequestParam(required = false) String startDate,
            @RequestParam(required = false) Integer status, Till till) {
        return queries.page(MemberQueries.pageFilter(keyword, memberLevel, shopId, status, startDate, endDate),
                pageIndex, pageSize);
    }

    @GetMapping("/api/stored-value/members/by-class")
    @Operation(operationId = "svMemberByClass", summary = "#4 members of a card class in a shop/tenant")
    @CallersAllowed(Role.POS)
    List<MemberView> byClass(@RequestParam(required = false) Long classId,
            @RequestParam(required = false) Long shopId, @RequestParam(required = false) Long tenantId, Till till) {
        return queries.byClass(classId, shopId, tenantId, till.tenantId());
    }

    @GetMapping("/api/stored-value/members/search")
    @Operation(operationId = "svMemberSearch", summary = "#7 members by name, phone or card number, or by card mac")
    @CallersAllowed(Role.POS)
    List<MemberView> search(@RequestParam(required = false) String keyword,
            @RequestParam(required = false) String mac, Till till) {
        return queries.search(keyword, mac);
    }

    @PostMapping("/api/stored-value/members")
    @Operation(operationId = "svMemberCreate", summary = "#19 open a card for a new member; data is the new id")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Long> create(@RequestBody MemberRequest request, Till till) {
        return StoredValueResponse.ok(memberCards.create(request, till));
    }

    @PostMapping("/api/stored-value/members/update")
    @Operation(operationId = "svMemberUpdate", summary = "#20 change member data (never balances)")
    @CallersAllowed(Role.POS)
    StoredValueResponse<Void> update(@RequestBody MemberRequest request, Till till) {
        memberCards.update(request);
        return StoredValueResponse.done();
    }
}
