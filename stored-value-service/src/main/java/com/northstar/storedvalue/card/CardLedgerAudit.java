package com.northstar.storedvalue.card;

import com.northstar.storedvalue.tenancy.Tenant;
import com.northstar.storedvalue.tenancy.TenantMapper;
import com.northstar.storedvalue.tenancy.TenantScope;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger invariant, checkable any time: every card's balances and points are the sums of its ledger lines and
 * none is negative. Runs every {@code stored-value.ledger-audit-interval} (default hourly) over every tenant and
 * publishes the number of cards off their ledger as {@code stored_value_cards_off_ledger} (alert on anything but 0).
 */
@Component
public class CardLedgerAudit {

    private static final Logger log = LoggerFactory.getLogger(CardLedgerAudit.class);

    private final LedgerMapper ledger;
    private final TenantMapper tenants;
    private final AtomicInteger cardsOffLedger = new AtomicInteger();

    CardLedgerAudit(LedgerMapper ledger, TenantMapper tenants, MeterRegistry meters) {
        this.ledger = ledger;
        this.tenants = tenants;
        Gauge.builder("stored_value_cards_off_ledger", cardsOffLedger, AtomicInteger::get)
                .description("cards whose balances or points are not the sums of their ledger lines")
                .register(meters);
    }

    /** The codes of the cards, of every tenant, whose balances or points differ from their ledger; none, always. */
    @Scheduled(fixedDelayString = "${stored-value.ledger-audit-interval:PT1H}", initialDelayString = "PT1M")
    @Transactional(readOnly = true)
    public List<String> cardsOffTheirLedger() {
        List<String> off = new ArrayList<>();
        for (Tenant tenant : tenants.selectList(null)) {
            off.addAll(TenantScope.callAs(tenant.getId(), ledger::cardsNotMatchingTheirLedger).stream()
                    .map(code -> tenant.getCode() + "/" + code).toList());
        }
        cardsOffLedger.set(off.size());
        if (!off.isEmpty()) {
            log.error("ledger audit: {} cards are not the sums of their ledger: {}", off.size(),
                    off.subList(0, Math.min(20, off.size())));
        }
        return off;
    }
}
