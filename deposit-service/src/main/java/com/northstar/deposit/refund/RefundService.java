package com.northstar.deposit.refund;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.deposit.asset.MemberAssets;
import com.northstar.deposit.deposit.Deposit;
import com.northstar.deposit.deposit.DepositMapper;
import com.northstar.deposit.deposit.DepositState;
import com.northstar.deposit.merchant.MerchantDirectory;
import com.northstar.deposit.refund.RefundMetrics.Stage;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund process from deposit-service's side: a member applies, a merchant lists, reads and confirms, and the
 * payout's outcome ends it. Every command locks the member's deposit row first ({@link
 * DepositMapper#selectByPhoneForUpdate}), so commands on one member run one after another and lock in one order;
 * each status change is still a compare-and-set on the status it leaves.
 */
@Service
class RefundService {

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private final DepositMapper deposits;
    private final RefundApplicationMapper applications;
    private final RefundEvents events;
    private final RefundMetrics metrics;
    private final MemberAssets memberAssets;
    private final MerchantDirectory merchants;
    private final Clock clock;

    RefundService(DepositMapper deposits, RefundApplicationMapper applications, RefundEvents events,
            RefundMetrics metrics, MemberAssets memberAssets, MerchantDirectory merchants, Clock clock) {
        this.deposits = deposits;
        this.applications = applications;
        this.events = events;
        this.metrics = metrics;
        this.memberAssets = memberAssets;
        this.merchants = merchants;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * A member applies for its deposit back: the deposit must be held (no deposit 404, refunded 409). While an
     * application is open a second one is a 409, except the same caller sending the same reason again, which is
     * answered with the open application (a retry after a lost answer).
     */
    @Transactional
    public AppliedRefund apply(RefundApplyRequest request, Caller caller) {
        LocalDateTime now = now();
        Deposit deposit = deposits.selectByPhoneForUpdate(request.phoneNo().trim());
        if (deposit == null) {
            throw ApiException.notFound("no deposit is recorded for this phoneNo");
        }
        switch (deposit.getState()) {
            case REFUNDED -> throw ApiException.conflict("the deposit of this phoneNo was already refunded");
            case REFUNDING -> {
                RefundApplication open = applications.selectOpenForUpdate(deposit.getPhoneNo());
                if (open != null && open.isRepeatedBy(request.reason(), caller.subject())) {
                    return new AppliedRefund(open.getId());
                }
                throw ApiException.conflict("a refund application for this phoneNo is already open");
            }
            case HELD -> {
            }
        }
        DepositState from = deposit.moveTo(DepositState.REFUNDING, now);
        deposits.updateState(deposit, from);
        RefundApplication application = RefundApplication.applied(deposit, request.reason(), caller.subject(), now);
        applications.insert(application);
        metrics.reached(Stage.APPLIED, deposit.getSource());
        return new AppliedRefund(application.getId());
    }

    /** One page of the applications the caller may see, newest first. */
    @Transactional(readOnly = true)
    public KopPage<RefundRow> query(RefundQuery query) {
        int pageNo = query.page().pageNo();
        int pageSize = query.page().pageSize();
        return query.toWrapper().map(wrapper -> {
            Page<RefundApplication> page = new Page<>(pageNo, pageSize);
            page.setSearchCount(query.withTotal());
            applications.selectPage(page, wrapper);
            List<RefundRow> rows = page.getRecords().stream().map(RefundRow::of).toList();
            return new KopPage<>(query.withTotal() ? page.getTotal() : null, pageNo, pageSize, rows);
        }).orElseGet(() -> new KopPage<>(query.withTotal() ? 0L : null, pageNo, pageSize, List.of()));
    }

    /**
     * One application with the member's current battery (asked of asset-service after the read, outside any
     * transaction; none when it cannot answer) and its merchant's name.
     */
    public RefundDetailView detail(RefundLookup lookup) {
        RefundApplication application = lookup.toWrapper(false).map(applications::selectOne)
                .orElseThrow(RefundService::noApplication);
        return RefundDetailView.of(application, memberAssets.currentBattery(application.getPhoneNo()).orElse(null),
                merchants.nameOf(application.getMerchantCode()));
    }

    /**
     * The merchant confirms the phone's latest application. Awaiting the merchant, it moves on (compare-and-set on
     * status 0) and {@code deposit.refund-requested} goes out; a deposit the merchant hands back in person
     * (REVIEW_TERMS) is refunded at once and {@code deposit.refund-completed} SUCCESS follows. Confirmed before:
     * nothing changes. Failed: a new application is needed (409).
     */
    @Transactional
    public ConfirmOutcome confirm(RefundConfirmRequest request, RefundLookup lookup, Caller caller) {
        LocalDateTime now = now();
        Deposit deposit = deposits.selectByPhoneForUpdate(lookup.phoneNo());
        RefundApplication application = deposit == null ? null
                : lookup.toWrapper(true).map(applications::selectOne).orElse(null);
        if (application == null) {
            throw noApplication();
        }
        switch (application.status()) {
            case REFUNDING, REFUNDED -> {
                return ConfirmOutcome.ALREADY_CONFIRMED;
            }
            case FAILED -> throw ApiException.conflict("the latest refund application of this phoneNo failed; "
                    + "the user may apply again");
            case AWAITING_MERCHANT -> {
            }
        }
        RefundStatus from = application.confirm(deposit.getSource(), caller.subject(), request, now);
        if (applications.updateProgress(application, from.code()) == 0) {
            // Another confirmation changed it first (not while the deposit lock is held, but the status decides).
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        events.requested(application, deposit);
        metrics.reached(Stage.REQUESTED, deposit.getSource());
        if (application.status() == RefundStatus.REFUNDED) {
            deposits.updateState(deposit, deposit.moveTo(DepositState.REFUNDED, now));
            events.paidOnConfirmation(application);
            metrics.paid(deposit.getSource(), application.getRefundAmount());
        }
        return ConfirmOutcome.CONFIRMED;
    }

    /**
     * The payout ended ({@code deposit.refund-completed}): SUCCESS refunds the application and the deposit; FAILED
     * fails the application with the reason and holds the deposit again, so the member may apply again. An event for
     * an application not refunding (a duplicate, a late one, our own REVIEW_TERMS completion) changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(RefundCompleted completed) {
        RefundApplication known = applications.selectOne(Wrappers.lambdaQuery(RefundApplication.class)
                .eq(RefundApplication::getRefundNo, completed.refundNo()));
        if (known == null) {
            log.warn("refund {} is no application of this service; its completion changes nothing",
                    completed.refundNo());
            return;
        }
        Deposit deposit = deposits.selectByIdForUpdate(known.getDepositId());
        RefundApplication application = applications.selectByIdForUpdate(known.getId());
        if (application.status() != RefundStatus.REFUNDING) {
            log.info("refund {} is {} already; its {} completion changes nothing", completed.refundNo(),
                    application.status(), completed.state());
            return;
        }
        if (completed.refundAmount() == null || completed.refundAmount().longValue() != application.getRefundAmount()) {
            log.error("refund {} completed with {} fen, the application asked {} fen", completed.refundNo(),
                    completed.refundAmount(), application.getRefundAmount());
        }
        LocalDateTime now = now();
        RefundStatus from;
        if (completed.succeeded()) {
            LocalDateTime refundTime = completed.refundTimeOr(now);
            from = application.refunded(refundTime, now);
            deposits.updateState(deposit, deposit.moveTo(DepositState.REFUNDED, refundTime));
            metrics.paid(deposit.getSource(), application.getRefundAmount());
        } else {
            from = application.failed(completed.reason(), now);
            deposits.updateState(deposit, deposit.moveTo(DepositState.HELD, now));
            metrics.reached(Stage.FAILED, deposit.getSource());
        }
        applications.updateProgress(application, from.code());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static ApiException noApplication() {
        return ApiException.notFound("no such refund application");
    }
}
