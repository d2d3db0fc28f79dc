package fr.passerelle.application.establishment;

import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.Establishment;

/** A command naming a bank account the establishment does not have reads as a missing resource (404). */
final class BankAccounts {

    static final String NOT_FOUND = "Ce compte bancaire n’existe pas pour cet établissement.";

    private BankAccounts() {
    }

    static void require(Establishment establishment, BankAccountId account) {
        if (establishment.bankAccounts().stream().noneMatch(candidate -> candidate.id().equals(account))) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
    }
}
