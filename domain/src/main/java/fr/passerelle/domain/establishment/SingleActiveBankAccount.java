package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.DomainException;

import java.util.List;

/**
 * An establishment is paid on one account at a time, so that no payment can go to an account the employer has
 * already replaced: validating a new account retires the active one.
 */
public final class SingleActiveBankAccount {

    private SingleActiveBankAccount() {
    }

    public static void check(List<BankAccount> accounts) {
        if (accounts.stream().filter(BankAccount::isActive).count() > 1) {
            throw new DomainException("SEVERAL_ACTIVE_BANK_ACCOUNTS", "Un établissement ne peut avoir qu’un seul compte bancaire actif.");
        }
    }
}
