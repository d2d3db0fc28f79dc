package fr.passerelle.adapters.persistence.invoice;

import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.invoice.TrainingBodyBankAccount;
import fr.passerelle.application.invoice.TrainingBodyBankAccounts;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Training bodies' bank accounts ({@code training_body_bank_account}, V15): one active per SIRET (partial unique index);
 * registering a new one deactivates the previous one in the same transaction, which stays for the record.
 */
@ApplicationScoped
class TrainingBodyBankAccountSqlStore implements TrainingBodyBankAccounts {

    private final EntityManager entityManager;

    TrainingBodyBankAccountSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<TrainingBodyBankAccount> activeOf(Siret siret) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT id, iban, bic, holder, registered_by, registered_at FROM training_body_bank_account
                        WHERE siret = :siret AND active
                        """, Object[].class)
                .setParameter("siret", siret.value())
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new TrainingBodyBankAccount(
                new BankAccountId((UUID) row[0]), siret, Iban.of((String) row[1]), Bic.of((String) row[2]), (String) row[3],
                new UserId((UUID) row[4]), SqlValues.instant(row[5])));
    }

    @Override
    public void register(TrainingBodyBankAccount account) {
        entityManager.createNativeQuery("UPDATE training_body_bank_account SET active = false WHERE siret = :siret AND active")
                .setParameter("siret", account.siret().value())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO training_body_bank_account (id, siret, iban, bic, holder, active, registered_by, registered_at)
                        VALUES (:id, :siret, :iban, :bic, :holder, true, :by, :at)
                        """)
                .setParameter("id", account.id().value())
                .setParameter("siret", account.siret().value())
                .setParameter("iban", account.iban().value())
                .setParameter("bic", account.bic().value())
                .setParameter("holder", account.holder())
                .setParameter("by", account.registeredBy().value())
                .setParameter("at", Timestamp.from(account.registeredAt()))
                .executeUpdate();
    }
}
