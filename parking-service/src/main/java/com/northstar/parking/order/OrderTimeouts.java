package com.northstar.parking.order;

import com.northstar.parking.support.ParkingClock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unpaid orders time out {@link Order#PAYMENT_PERIOD} after they became payable (state 81), the card is released.
 * Every command on an order or card applies a due timeout first ({@link #expireIfDue}), so the answer never depends
 * on when the sweep last ran; the sweep closes the rest, a few hundred at a time.
 */
@Service
public class OrderTimeouts {

    private static final Logger log = LoggerFactory.getLogger(OrderTimeouts.class);
    private static final int SWEEP_BATCH = 200;

    private final OrderBook book;
    private final TransactionTemplate transactions;
    private final ParkingClock clock;

    OrderTimeouts(OrderBook book, TransactionTemplate transactions, ParkingClock clock) {
        this.book = book;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${parking.orders.timeout-sweep-interval:PT10S}",
            initialDelayString = "${parking.orders.timeout-sweep-interval:PT10S}")
    public void sweep() {
        List<String> due;
        do {
            due = book.dueOrders(clock.now().minus(Order.PAYMENT_PERIOD), SWEEP_BATCH);
            for (String orderId : due) {
                transactions.executeWithoutResult(status -> expireIfDue(book.lockOrderWithCard(orderId)));
            }
        } while (due.size() == SWEEP_BATCH);
    }

    /** Applies the card's due timeout, if its open order has one; for reads that show the card. */
    public void expireDueOf(String cardId) {
        if (book.openOrderOf(cardId).filter(order -> order.isDue(clock.now())).isPresent()) {
            transactions.executeWithoutResult(status -> {
                book.lockCard(cardId);
                book.openOrderOf(cardId).ifPresent(this::expireIfDue);
            });
        }
    }

    /**
     * Within a command that holds the order's card lock: times the order out when it is due. Returns the order as it
     * now stands.
     */
    Order expireIfDue(Order order) {
        LocalDateTime now = clock.now();
        if (!order.isDue(now)) {
            return order;
        }
        if (book.move(order, OrderState.TIMED_OUT, null, null, now)) {
            book.releaseCard(order.cardId(), true, now);
            log.info("order {} timed out unpaid", order.id());
        }
        return new Order(order.id(), order.cardId(), order.amountFen(), OrderState.TIMED_OUT, order.audit(),
                order.payableSince(), order.transactionId(), order.endDt());
    }
}
