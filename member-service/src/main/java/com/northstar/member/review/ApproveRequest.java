package com.northstar.member.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of {@code memberAccessReviewApprove} (seed 2.2.10): the review and the terms it is approved with.
 *
 * @param deposit       the offline deposit in fen (REVIEW_TERMS when Weichuang had none and it is above 0)
 * @param state         1 (done): the only state an approval leads to
 * @param discountPrice battery deposit collected on the merchant's behalf, fen
 * @param offlinePrice  battery deposit paid, fen
 */
record ApproveRequest(@NotNull Long id, @NotBlank String shareCode, @NotNull @PositiveOrZero Long deposit,
        @NotNull @Min(1) @Max(1) Integer state, @PositiveOrZero Long discountPrice,
        @PositiveOrZero Long offlinePrice) {
}
