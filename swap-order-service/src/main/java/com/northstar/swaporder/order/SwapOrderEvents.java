package com.northstar.swaporder.order;

import com.northstar.platform.service.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Which event each outcome of an order publishes, through the outbox in the caller's transaction, keyed by
 * {@code orderId} so one order's events reach consumers in order.
 */
@Component
class SwapOrderEvents {

    private final Outbox outbox;

    SwapOrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Announces the state a cabinet's report brought the order to. A swap in progress is nobody else's business
     * yet, and an order a cabinet reports as already handled was handled outside this service.
     */
    void reported(SwapOrder order) {
        String key = order.getId().toString();
        switch (order.state()) {
            case COMPLETED -> outbox.record(SwapOrderCompletedEvent.TOPIC, key, SwapOrderCompletedEvent.TYPE,
                    SwapOrderCompletedEvent.of(order));
            case ABNORMAL_AWAITING_HANDLING -> outbox.record(SwapOrderAbnormalReportedEvent.TOPIC, key,
                    SwapOrderAbnormalReportedEvent.TYPE, SwapOrderAbnormalReportedEvent.of(order));
            case IN_PROGRESS, ABNORMAL_HANDLED -> {
            }
        }
    }

    void handled(SwapOrder order) {
        outbox.record(SwapOrderAbnormalHandledEvent.TOPIC, order.getId().toString(), SwapOrderAbnormalHandledEvent.TYPE,
                SwapOrderAbnormalHandledEvent.of(order));
    }
}
