package com.northstar.platform.service.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class TransactionTallyTest {

    private final List<String> written = new ArrayList<>();
    private final TransactionTally<String> tally = new TransactionTally<>(2,
            (key, changes) -> written.add(key + " " + changes[0] + " " + changes[1]));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aTransactionsChangesAreWrittenOnceBeforeItCommitsInKeyOrderLeavingOutWhatCancelledOut() {
        TransactionSynchronizationManager.initSynchronization();
        tally.add("M002", 1, 0);
        tally.add("M001", 0, 1);
        tally.add("M003", 0, 1);
        tally.add("M003", 0, -1);
        tally.add("M001", 1, 1);

        assertThat(written).as("nothing before the commit").isEmpty();
        TransactionSynchronizationUtils.triggerBeforeCommit(false);

        assertThat(written).containsExactly("M001 1 2", "M002 1 0");
    }

    @Test
    void aRolledBackTransactionWritesNothingAndTheNextStartsFromNothing() {
        TransactionSynchronizationManager.initSynchronization();
        tally.add("M001", 5, 5);
        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        tally.add("M001", 1, 0);
        TransactionSynchronizationUtils.triggerBeforeCommit(false);

        assertThat(written).containsExactly("M001 1 0");
    }

    @Test
    void countersChangeOnlyInsideATransaction() {
        assertThatThrownBy(() -> tally.add("M001", 1, 0)).isInstanceOf(IllegalStateException.class);
        TransactionSynchronizationManager.initSynchronization();
        assertThatThrownBy(() -> tally.add("M001", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
