package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.EstablishmentPageResponse.Item;
import fr.passerelle.adapters.rest.establishment.EstablishmentResponse.ChangeRequestResponse;
import fr.passerelle.application.establishment.PendingBankAccount;
import fr.passerelle.application.establishment.PendingChange;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.establishment.BankAccountStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pages of staff's establishment queues. Staff read IBANs in full: checking them against the proof is their task. */
final class StaffQueuesResponses {

    private StaffQueuesResponses() {
    }

    record PendingChangePage(List<PendingChangeItem> items, String nextCursor) {

        static PendingChangePage from(Page<PendingChange> page) {
            return new PendingChangePage(page.items().stream()
                    .map(pending -> new PendingChangeItem(Item.from(pending.establishment()),
                            ChangeRequestResponse.from(pending.request(), pending.requestedByName())))
                    .toList(), page.nextCursor().orElse(null));
        }
    }

    record PendingChangeItem(Item establishment, ChangeRequestResponse change) {
    }

    record PendingBankAccountPage(List<PendingBankAccountItem> items, String nextCursor) {

        static PendingBankAccountPage from(Page<PendingBankAccount> page) {
            return new PendingBankAccountPage(page.items().stream()
                    .map(pending -> new PendingBankAccountItem(Item.from(pending.establishment()),
                            new PendingAccount(pending.account().id().value(), pending.account().iban().value(),
                                    pending.account().bic().value(), pending.account().holder(), pending.account().status(),
                                    pending.account().proposedAt())))
                    .toList(), page.nextCursor().orElse(null));
        }
    }

    record PendingBankAccountItem(Item establishment, PendingAccount bankAccount) {
    }

    record PendingAccount(UUID id, String iban, String bic, String holder, BankAccountStatus status, Instant proposedAt) {
    }
}
