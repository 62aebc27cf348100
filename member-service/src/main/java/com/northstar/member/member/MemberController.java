package com.northstar.member.member;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import feign.FeignException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "members", description = "seed 000 §2.2.14, 2.2.18-2.2.21")
class MemberController {

    private static final Logger log = LoggerFactory.getLogger(MemberController.class);

    private final MemberQueries queries;
    private final Members members;
    private final AssetClient assets;

    MemberController(MemberQueries queries, Members members, AssetClient assets) {
        this.queries = queries;
        this.members = members;
        this.assets = assets;
    }

    @PostMapping("/api/member/members/store-query")
    @Operation(operationId = "memberStoreQuery", summary = "A store's members (§2.2.14)",
            description = "Members of the merchants named, newest first. A MERCHANT sees only its own merchants, "
                    + "whatever it names.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<KopPage<StoreMemberView>> storeMembers(@Valid @RequestBody StoreMemberQueryRequest request,
            Caller caller) {
        return KopResponse.ok(queries.storeMembers(StoreMemberQuery.of(request, caller)));
    }

    @GetMapping("/api/member/members/stats")
    @Operation(operationId = "memberStats", summary = "Members per state, all and registered today (§2.2.18)")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<MemberStats> stats() {
        return KopResponse.ok(queries.stats());
    }

    @PostMapping("/api/member/members/query")
    @Operation(operationId = "memberQuery", summary = "Member list (§2.2.19)",
            description = "Every filter optional; newest first; paged with pageNo/pageSize (default 10).")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<KopPage<MemberView>> members(@Valid @RequestBody(required = false) MemberQueryRequest request) {
        return KopResponse.ok(queries.members(MemberQuery.of(request == null ? MemberQueryRequest.EVERYTHING
                : request)));
    }

    @PostMapping("/api/member/members/operate")
    @Operation(operationId = "memberOperate", summary = "Freeze, ban, unfreeze or unban members (§2.2.20)",
            description = "opType 1 freeze, 2 ban, 3 unfreeze, 4 unban; all ids or none: an unknown id is 404, a "
                    + "member the operation does not apply to 409, and then no member changes.")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<Void> operate(@Valid @RequestBody OperateRequest request) {
        MemberAction action = request.action();
        members.operate(request.memberIds(), action);
        return KopResponse.ok(null);
    }

    @GetMapping("/api/member/members/{id}/assets")
    @Operation(operationId = "memberAssets", summary = "A member's current and initial vehicle and battery (§2.2.21)",
            description = "As asset-service knows them; 404 unknown member, 503 when asset-service does not answer.")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<List<AssetInfo>> assets(@PathVariable("id") String id) {
        long memberId;
        try {
            memberId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id must be a member id, got " + id);
        }
        String phone = queries.phoneOf(memberId).orElseThrow(() -> ApiException.notFound("no member with id " + id));
        KopResponse<List<AssetInfo>> answer;
        try {
            answer = assets.memberAssets(phone);
        } catch (FeignException e) {
            log.warn("asset-service member-assets failed: status {}, {}", e.status(), e.getClass().getSimpleName());
            throw new ApiException(503, 503, "asset-service is unavailable, retry later");
        }
        if (answer == null || answer.code() != KopResponse.SUCCESS || answer.data() == null) {
            throw new ApiException(503, 503, "asset-service is unavailable, retry later");
        }
        return KopResponse.ok(answer.data());
    }
}
