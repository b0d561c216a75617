package org.vetlis.lab.infrastructure.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Something to do once the current transaction has ended (committed or not), such as dropping what was kept from it. */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the end
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
