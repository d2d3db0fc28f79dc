package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.Siret;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The training bodies' active bank accounts of the use-case tests. */
public final class InMemoryTrainingBodyBankAccounts implements TrainingBodyBankAccounts {

    private final Map<Siret, TrainingBodyBankAccount> active = new HashMap<>();

    @Override
    public Optional<TrainingBodyBankAccount> activeOf(Siret siret) {
        return Optional.ofNullable(active.get(siret));
    }

    @Override
    public void register(TrainingBodyBankAccount account) {
        active.put(account.siret(), account);
    }
}
