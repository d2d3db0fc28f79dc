package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.BankAccount;

import java.util.Objects;

/** A bank account waiting for staff to check its proof. */
public record PendingBankAccount(EstablishmentSummary establishment, BankAccount account) {

    public PendingBankAccount {
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(account, "account");
    }
}
