package com.northstar.parking.order;

import static com.northstar.parking.support.Fields.require;

import com.northstar.parking.payment.PaymentProvider;
import com.northstar.parking.support.Ids;
import com.northstar.parking.support.ParkingClock;
import com.northstar.platform.core.error.ApiException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park's audit, WeChat payment and its notification. Each locks the order's card, then the order, and applies a
 * due timeout first. Only a SUCCESS for a payable order of the right amount moves the card; money for an order that
 * may not take it (timed out, awaiting audit, rejected) is recorded for refund (21).
 */
@Service
class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);

    private final OrderBook book;
    private final OrderTimeouts timeouts;
    private final PaymentProvider provider;
    private final JdbcClient jdbc;
    private final OrderMetrics metrics;
    private final ParkingClock clock;

    Payments(OrderBook book, OrderTimeouts timeouts, PaymentProvider provider, JdbcClient jdbc, OrderMetrics metrics,
            ParkingClock clock) {
        this.book = book;
        this.timeouts = timeouts;
        this.provider = provider;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** 400 for a decision other than 03/04, 404 unknown order, 409 when it awaits no audit. */
    @Transactional(noRollbackFor = ApiException.class)
    public String decide(AuditRequest request, String decidedBy) {
        require("omPrOrderId", request.omPrOrderId());
        require("auditStateBeforePay", request.auditStateBeforePay());
        AuditState decision = AuditState.decision(request.auditStateBeforePay());
        if (decision == null) {
            throw ApiException.badRequest("field auditStateBeforePay must be 03 (approve) or 04 (reject)");
        }
        Order order = book.lockOrderWithCard(request.omPrOrderId());
        if (order.state() != OrderState.CREATED || order.audit() != AuditState.AWAITING) {
            throw ApiException.conflict(order.audit() == null ? "the order needs no audit"
                    : "the order is not awaiting audit");
        }
        LocalDateTime now = clock.now();
        book.decide(order, decision, request.remark(), decidedBy, now);
        if (decision == AuditState.REJECTED) {
            book.releaseCard(order.cardId(), false, now);
        }
        return order.id();
    }

    /** Starts a JSAPI payment of a payable order; 409 otherwise. Changes nothing on the card. */
    @Transactional(noRollbackFor = ApiException.class)
    public WxPayAnswer wxPay(WxPayRequest request) {
        require("omPrOrderId", request.omPrOrderId());
        require("openId", request.openId());
        Order order = timeouts.expireIfDue(book.lockOrderWithCard(request.omPrOrderId()));
        String why = order.whyNotPayable();
        if (why != null) {
            throw ApiException.conflict(why);
        }
        Optional<String[]> started = jdbc.sql("SELECT id, prepay_id FROM parking_payment WHERE order_id = ? AND "
                        + "open_id = ? AND state = ? ORDER BY created_at DESC LIMIT 1")
                .params(order.id(), request.openId(), PayState.CREATE.name())
                .query((rs, row) -> new String[] { rs.getString("id"), rs.getString("prepay_id") }).optional();
        if (started.isPresent()) {
            return WxPayAnswer.started(provider.jsapiParameters(started.get()[1]), started.get()[0]);
        }
        String prepayId = provider.prepay(order.id(), order.amountFen(), request.openId(), "车位续费");
        String paymentId = Ids.next();
        LocalDateTime now = clock.now();
        jdbc.sql("INSERT INTO parking_payment (id, order_id, open_id, prepay_id, total_fee, state, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(paymentId, order.id(), request.openId(), prepayId, order.amountFen(), PayState.CREATE.name(),
                        now, now)
                .update();
        return WxPayAnswer.started(provider.jsapiParameters(prepayId), paymentId);
    }

    /**
     * The provider's result. Idempotent: the same notification again changes nothing. 400 missing fields, 404
     * unknown order, 409 an amount other than the order's or another transaction for a settled order.
     */
    @Transactional(noRollbackFor = ApiException.class)
    public NoticeResult notice(PayNotice notice) {
        require("outTradeNo", notice.outTradeNo());
        require("transactionId", notice.transactionId());
        require("tradeState", notice.tradeState());
        if (notice.totalFee() == null) {
            throw ApiException.badRequest("missing required field totalFee");
        }
        boolean success = PayNotice.SUCCESS.equals(notice.tradeState());
        if (!success && !PayNotice.FAIL.equals(notice.tradeState())) {
            throw ApiException.badRequest("field tradeState must be SUCCESS or FAIL");
        }
        Order order = timeouts.expireIfDue(book.lockOrderWithCard(notice.outTradeNo()));
        if (notice.totalFee() != order.amountFen()) {
            throw ApiException.conflict("totalFee is not the order's amount");
        }
        if (order.transactionId() != null) {
            if (!order.transactionId().equals(notice.transactionId())) {
                throw ApiException.conflict("the order was settled by another transaction");
            }
            return new NoticeResult(order.id(), order.state().code());
        }
        LocalDateTime now = clock.now();
        if (!success) {
            recordPayment(order.id(), null, null, PayNotice.FAIL, now);
            metrics.reached(OrderMetrics.Stage.PAYMENT_FAILED);
            return new NoticeResult(order.id(), order.state().code());
        }
        if (order.isPayable()) {
            book.move(order, OrderState.PAID, notice.transactionId(), now, now);
            book.extendCard(order, now);
            recordPayment(order.id(), PayState.PAID, notice.transactionId(), PayNotice.SUCCESS, now);
            metrics.paid(order.amountFen());
            return new NoticeResult(order.id(), OrderState.PAID.code());
        }
        if (!order.state().mayMoveTo(OrderState.REFUND_APPLIED)) {
            throw ApiException.conflict("the order cannot take a payment");
        }
        book.move(order, OrderState.REFUND_APPLIED, notice.transactionId(), null, now);
        if (order.isOpen()) {
            book.releaseCard(order.cardId(), false, now);
        }
        recordPayment(order.id(), PayState.APPLY_REFUND, notice.transactionId(), PayNotice.SUCCESS, now);
        metrics.reached(OrderMetrics.Stage.REFUND_APPLIED);
        log.warn("payment {} arrived for order {} in state {} (audit {}): recorded for refund",
                notice.transactionId(), order.id(), order.state(), order.audit());
        return new NoticeResult(order.id(), OrderState.REFUND_APPLIED.code());
    }

    /** Notes the notification on the order's started payments (there may be none: the provider is the authority). */
    private void recordPayment(String orderId, PayState state, String transactionId, String tradeState,
            LocalDateTime now) {
        jdbc.sql("UPDATE parking_payment SET state = COALESCE(?, state), transaction_id = COALESCE(?, transaction_id), "
                        + "last_notice = ?, updated_at = ? WHERE order_id = ? AND state = ?")
                .params(state == null ? null : state.name(), transactionId, tradeState, now, orderId,
                        PayState.CREATE.name())
                .update();
    }
}
