package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.Siret;

import java.util.Optional;

/** Outbound port: the active bank account of each training body. */
public interface TrainingBodyBankAccounts {

    Optional<TrainingBodyBankAccount> activeOf(Siret siret);

    /** Makes this account the training body's active one; the previous one is kept, deactivated. */
    void register(TrainingBodyBankAccount account);
}
