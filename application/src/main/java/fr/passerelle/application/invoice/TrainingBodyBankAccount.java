package fr.passerelle.application.invoice;

import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * The bank account a training body is paid on under subrogation. Passerelle keeps no register of training bodies, so
 * there is no proof workflow as for establishments: staff register the RIB the training body sent them, after checking
 * it themselves; a new one replaces the active one.
 */
public record TrainingBodyBankAccount(BankAccountId id, Siret siret, Iban iban, Bic bic, String holder, UserId registeredBy,
                                      Instant registeredAt) {

    public TrainingBodyBankAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
