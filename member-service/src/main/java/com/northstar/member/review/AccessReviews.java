package com.northstar.member.review;

import com.northstar.member.member.MemberAction;
import com.northstar.member.member.Members;
import com.northstar.member.support.Money;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access reviews: opened by a migration, listed to merchants, approved with terms or rejected once. A decision
 * publishes {@link ReviewDecided} in its transaction so the review's migration moves with it.
 */
@Service
public class AccessReviews {

    /** What a decision call answers: whether it changed anything. */
    enum Decision { DECIDED, ALREADY_DECIDED }

    private record Pending(long id, long memberId, String merchantCode, ReviewOutcome outcome) {
    }

    private final JdbcClient jdbc;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessReviews(JdbcClient jdbc, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.events = events;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** Opens a pending review; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long open(NewReview review) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_review (member_id, phone, merchant_code, state, outcome, user_name, rent_type,
                    assets_direction_str, battery_code, battery_model, order_type, deposit, old_deposit, online_price,
                    direction_str, share_code, order_type_str, bind_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, '迁移接入', ?)""")
                .params(review.memberId(), review.phone(), review.merchantCode(), ReviewOutcome.PENDING.state(),
                        ReviewOutcome.PENDING.name(), review.userName(),
                        review.rentType(), review.directionStr(), review.batteryCode(), review.batteryModel(),
                        review.deposit(), review.deposit(), review.onlinePrice(), review.directionStr(),
                        review.shareCode(), LocalDateTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }

    KopPage<AccessReviewView> query(AccessReviewQuery query) {
        if (query.matchesNothing()) {
            return new KopPage<>(query.withTotal() ? 0L : null, query.page().pageNo(), query.page().pageSize(),
                    List.of());
        }
        List<AccessReviewView> views = jdbc.sql("SELECT r.* FROM access_review r" + query.where()
                + " ORDER BY r.id DESC LIMIT :size OFFSET :offset").params(query.params())
                .param("size", query.page().pageSize()).param("offset", query.page().offset())
                .query(AccessReviews::view).list();
        Long total = query.withTotal() ? jdbc.sql("SELECT COUNT(*) FROM access_review r" + query.where())
                .params(query.params()).query(Long.class).single() : null;
        return new KopPage<>(total, query.page().pageNo(), query.page().pageSize(), views);
    }

    @Transactional
    Decision approve(ApproveRequest request, Caller caller) {
        Pending review = lockVisible(request.id(), caller);
        if (review.outcome() == ReviewOutcome.APPROVED) {
            return Decision.ALREADY_DECIDED;
        }
        refuseIfDecided(review);
        jdbc.sql("""
                UPDATE access_review SET state = ?, outcome = ?, approved_share_code = ?, approved_deposit = ?,
                    discount_price = ?, approved_offline_price = ?, offline_price = ?, decided_at = ? WHERE id = ?""")
                .params(ReviewOutcome.APPROVED.state(), ReviewOutcome.APPROVED.name(), request.shareCode().trim(),
                        request.deposit(), request.discountPrice(), request.offlinePrice(),
                        request.offlinePrice() == null ? null : Money.yuan(request.offlinePrice()),
                        LocalDateTime.now(clock), review.id())
                .update();
        events.publishEvent(new ReviewDecided(review.id(), true, request.deposit()));
        return Decision.DECIDED;
    }

    @Transactional
    Decision reject(long id, Caller caller) {
        Pending review = lockVisible(id, caller);
        if (review.outcome() == ReviewOutcome.REJECTED) {
            return Decision.ALREADY_DECIDED;
        }
        refuseIfDecided(review);
        jdbc.sql("UPDATE access_review SET state = ?, outcome = ?, decided_at = ? WHERE id = ?")
                .params(ReviewOutcome.REJECTED.state(), ReviewOutcome.REJECTED.name(), LocalDateTime.now(clock),
                        review.id()).update();
        members.act(review.memberId(), MemberAction.REJECT);
        events.publishEvent(new ReviewDecided(review.id(), false, null));
        return Decision.DECIDED;
    }

    /** The review, locked; 404 when absent or another merchant's for a MERCHANT-scoped caller. */
    private Pending lockVisible(long id, Caller caller) {
        Pending review = jdbc.sql("SELECT id, member_id, merchant_code, outcome FROM access_review WHERE id = ?"
                + " FOR UPDATE").param(id).query((row, number) -> new Pending(row.getLong(1), row.getLong(2),
                row.getString(3), ReviewOutcome.valueOf(row.getString(4)))).optional()
                .filter(found -> !caller.isMerchantScoped() || caller.merchantIds().contains(found.merchantCode()))
                .orElseThrow(() -> ApiException.notFound("no access review with id " + id));
        return review;
    }

    private static void refuseIfDecided(Pending review) {
        if (review.outcome() != ReviewOutcome.PENDING) {
            throw ApiException.conflict("access review " + review.id() + " is already " + review.outcome()
                    + "; nothing changed");
        }
    }

    private static AccessReviewView view(ResultSet rs, int number) throws SQLException {
        ReviewOutcome outcome = ReviewOutcome.valueOf(rs.getString("outcome"));
        Timestamp bindDate = rs.getTimestamp("bind_date");
        return new AccessReviewView(rs.getLong("id"), rs.getString("phone"), rs.getString("user_name"),
                rs.getString("vehicle_id"), rs.getString("vehicle_model"), rs.getString("rent_type"),
                rs.getString("assets_direction_str"), rs.getString("battery_code"), rs.getString("battery_model"),
                (Integer) rs.getObject("order_type"), (Long) rs.getObject("deposit"),
                (Long) rs.getObject("old_deposit"), rs.getString("online_price"), rs.getString("offline_price"),
                rs.getString("direction_str"), rs.getString("share_code"), rs.getString("order_type_str"),
                outcome.text(), WireDates.format(bindDate.toLocalDateTime()));
    }
}
