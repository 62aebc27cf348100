package com.northstar.storedvalue.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.CardCommandTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardLedgerAuditIntegrationTest extends CardCommandTestSupport {

    @Autowired
    CardLedgerAudit audit;

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    @Test
    void theAuditFindsNoCardOffItsLedgerAfterBusinessAndNamesOneChangedBehindTheLedgersBack() throws Exception {
        String card = cardWith(1, 1, "20.00", "0.00");
        String other = cardWith(2, 3, "20.00", "0.00");
        postJson(PAY, T001, payment(card, "5.00", "AUDIT-1"));
        assertThat(audit.cardsOffTheirLedger()).isEmpty();

        jdbc.sql("UPDATE card SET actual_balance = actual_balance + 1 WHERE code = ?").param(other).update();
        assertThat(audit.cardsOffTheirLedger()).containsExactly("T002/" + other);

        jdbc.sql("UPDATE card SET actual_balance = actual_balance - 1 WHERE code = ?").param(other).update();
    }
}
