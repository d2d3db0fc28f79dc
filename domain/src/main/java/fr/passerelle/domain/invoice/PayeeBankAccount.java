package fr.passerelle.domain.invoice;

import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.Iban;

import java.util.Objects;

/**
 * The active bank account a payment may go to, and whose it is: an establishment's validated account for an employer,
 * the account staff registered for a training body.
 */
public record PayeeBankAccount(Issuer holder, BankAccountId id, Iban iban, Bic bic) {

    public PayeeBankAccount {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
    }
}
