package com.northstar.member.review;

/**
 * Published (Spring application event, inside the deciding transaction) when a pending review is approved or
 * rejected; the migration it belongs to moves on with it.
 *
 * @param approvedDeposit the approval's {@code deposit} terms in fen; null for a rejection
 */
public record ReviewDecided(long reviewId, boolean approved, Long approvedDeposit) {
}
