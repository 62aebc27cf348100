package com.northstar.member.review;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "access reviews", description = "seed 000 §2.2.9, 2.2.10, 2.2.12")
class AccessReviewController {

    private final AccessReviews reviews;

    AccessReviewController(AccessReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/member/access-reviews/query")
    @Operation(operationId = "memberAccessReviewQuery", summary = "Pending (0) or done (1) access reviews (§2.2.9)",
            description = "Newest first; userName is an optional filter. A MERCHANT sees only its merchants' reviews.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<KopPage<AccessReviewView>> query(@Valid @RequestBody AccessReviewQueryRequest request,
            Caller caller) {
        return KopResponse.ok(reviews.query(AccessReviewQuery.of(request, caller)));
    }

    @PostMapping("/api/member/access-reviews/approve")
    @Operation(operationId = "memberAccessReviewApprove", summary = "Approve an access review (§2.2.10)",
            description = "Records the terms and moves the user's migration on (battery bound, member in use, "
                    + "member.migration-completed). Approving again changes nothing (msg says so); a rejected review "
                    + "is 409; another merchant's or an unknown review 404.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<Void> approve(@Valid @RequestBody ApproveRequest request, Caller caller) {
        return answer(reviews.approve(request, caller), request.id(), "approved");
    }

    @PostMapping("/api/member/access-reviews/reject")
    @Operation(operationId = "memberAccessReviewReject", summary = "Reject an access review (§2.2.12)",
            description = "The member is cancelled and the migration REJECTED. Rejecting again changes nothing; an "
                    + "approved review is 409; another merchant's or an unknown review 404.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<Void> reject(@Valid @RequestBody RejectRequest request, Caller caller) {
        return answer(reviews.reject(request.id(), caller), request.id(), "rejected");
    }

    private static KopResponse<Void> answer(AccessReviews.Decision decision, long id, String outcome) {
        return decision == AccessReviews.Decision.DECIDED ? KopResponse.ok(null)
                : new KopResponse<>(KopResponse.SUCCESS, "access review " + id + " was already " + outcome
                        + "; nothing changed", null);
    }
}
