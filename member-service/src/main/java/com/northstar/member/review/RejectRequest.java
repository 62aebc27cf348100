package com.northstar.member.review;

import jakarta.validation.constraints.NotNull;

/** Body of {@code memberAccessReviewReject} (seed 2.2.12). */
record RejectRequest(@NotNull Long id) {
}
