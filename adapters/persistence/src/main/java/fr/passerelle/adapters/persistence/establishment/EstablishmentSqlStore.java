package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.establishment.StoredEstablishment;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.establishment.BankAccount;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.BankAccountStatus;
import fr.passerelle.domain.establishment.ChangeRequest;
import fr.passerelle.domain.establishment.ChangeRequestId;
import fr.passerelle.domain.establishment.ChangeRequestStatus;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentAction;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.establishment.ProposedChange;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Establishments in PostgreSQL: the {@code establishment} row (optimistic locking on its {@code version}) with its
 * company's headcount and its contacts, its change requests, its bank accounts and its history. Establishments are
 * registered by the platform's import ({@link UserId#SYSTEM}). Child rows are written by id, those leaving the state
 * a partial unique index guards (the pending change, the active account) before those entering it.
 */
@ApplicationScoped
class EstablishmentSqlStore implements Establishments {

    private static final HistoryTable<EstablishmentStatus, EstablishmentAction> HISTORY =
            new HistoryTable<>("establishment_history", "establishment_id", EstablishmentStatus.class, EstablishmentAction.class);

    private static final String SELECT = """
            SELECT e.id, e.siret, e.name, e.state, e.street, e.postal_code, e.city, c.employee_count, e.registered_at,
                   array_to_string(ARRAY(SELECT contact.email FROM establishment_contact contact
                                         WHERE contact.establishment_id = e.id ORDER BY contact.email), ' '),
                   e.version
            FROM establishment e JOIN company c ON c.id = e.company_id
            """;

    private final EntityManager entityManager;

    EstablishmentSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Establishment> find(EstablishmentId id) {
        return findStored(id).map(stored -> Establishment.restore(stored.snapshot()));
    }

    @Override
    public Optional<Establishment> findBySiret(Siret siret) {
        List<Object[]> rows = entityManager.createNativeQuery(SELECT + "WHERE e.siret = :siret", Object[].class)
                .setParameter("siret", siret.value())
                .getResultList();
        return first(rows).map(stored -> Establishment.restore(stored.snapshot()));
    }

    @Override
    public Optional<StoredEstablishment> findStored(EstablishmentId id) {
        return first(entityManager.createNativeQuery(SELECT + "WHERE e.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList());
    }

    @Override
    public StoredEstablishment update(EstablishmentSnapshot establishment, long expectedVersion) {
        int updated = entityManager.createNativeQuery("""
                        UPDATE establishment SET siret = :siret, name = :name, state = :state, street = :street,
                               postal_code = :postalCode, city = :city, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .setParameter("siret", establishment.siret().value())
                .setParameter("name", establishment.name())
                .setParameter("state", establishment.status().name())
                .setParameter("street", establishment.address().street())
                .setParameter("postalCode", establishment.address().postalCode())
                .setParameter("city", establishment.address().city())
                .setParameter("id", establishment.id().value())
                .setParameter("version", expectedVersion)
                .executeUpdate();
        if (updated != 1) {
            throw new ConcurrentUpdateException();
        }
        UUID id = establishment.id().value();
        establishment.changeRequests().stream()
                .sorted(Comparator.comparing(ChangeRequest::isPending))
                .forEach(request -> saveChangeRequest(id, request));
        establishment.bankAccounts().stream()
                .sorted(Comparator.comparing(BankAccount::isActive))
                .forEach(account -> saveBankAccount(id, account));
        HISTORY.append(entityManager, id, establishment.history(), HISTORY.size(entityManager, id));
        return findStored(establishment.id()).orElseThrow();
    }

    private void saveChangeRequest(UUID establishment, ChangeRequest request) {
        ProposedChange change = request.change();
        entityManager.createNativeQuery("""
                        INSERT INTO establishment_change_request (id, establishment_id, name, street, postal_code, city, siret,
                                                                  status, requested_by, requested_at, decision_reason)
                        VALUES (:id, :establishment, :name, :street, :postalCode, :city, :siret, :status, :by, :at, :reason)
                        ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, decision_reason = EXCLUDED.decision_reason
                        """)
                .setParameter("id", request.id().value())
                .setParameter("establishment", establishment)
                .setParameter("name", change.name().orElse(null))
                .setParameter("street", change.address().map(Address::street).orElse(null))
                .setParameter("postalCode", change.address().map(Address::postalCode).orElse(null))
                .setParameter("city", change.address().map(Address::city).orElse(null))
                .setParameter("siret", change.siret().map(Siret::value).orElse(null))
                .setParameter("status", request.status().name())
                .setParameter("by", request.requestedBy().value())
                .setParameter("at", Timestamp.from(request.requestedAt()))
                .setParameter("reason", request.decisionReason().orElse(null))
                .executeUpdate();
    }

    private void saveBankAccount(UUID establishment, BankAccount account) {
        entityManager.createNativeQuery("""
                        INSERT INTO bank_account (id, establishment_id, iban, bic, holder, proof_id, status, rejection_reason, proposed_at)
                        VALUES (:id, :establishment, :iban, :bic, :holder, :proof, :status, :reason, :at)
                        ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, rejection_reason = EXCLUDED.rejection_reason
                        """)
                .setParameter("id", account.id().value())
                .setParameter("establishment", establishment)
                .setParameter("iban", account.iban().value())
                .setParameter("bic", account.bic().value())
                .setParameter("holder", account.holder())
                .setParameter("proof", account.proof().value())
                .setParameter("status", account.status().name())
                .setParameter("reason", account.rejectionReason().orElse(null))
                .setParameter("at", Timestamp.from(account.proposedAt()))
                .executeUpdate();
    }

    private Optional<StoredEstablishment> first(List<Object[]> rows) {
        return rows.stream().findFirst().map(this::stored);
    }

    private StoredEstablishment stored(Object[] row) {
        UUID id = (UUID) row[0];
        EstablishmentSnapshot snapshot = new EstablishmentSnapshot(new EstablishmentId(id), Siret.of((String) row[1]),
                (String) row[2], Address.of((String) row[4], (String) row[5], (String) row[6]), ((Number) row[7]).intValue(),
                contacts((String) row[9]), EstablishmentStatus.valueOf((String) row[3]), bankAccounts(id), changeRequests(id),
                UserId.SYSTEM, SqlValues.instant(row[8]), HISTORY.read(entityManager, id));
        return new StoredEstablishment(snapshot, ((Number) row[10]).longValue());
    }

    private List<ChangeRequest> changeRequests(UUID establishment) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, name, street, postal_code, city, siret, status, requested_by, requested_at, decision_reason
                        FROM establishment_change_request WHERE establishment_id = :establishment ORDER BY requested_at, id
                        """, Object[].class)
                .setParameter("establishment", establishment)
                .getResultList();
        return rows.stream().map(EstablishmentSqlStore::changeRequest).toList();
    }

    static ChangeRequest changeRequest(Object[] row) {
        Optional<Address> address = Optional.ofNullable((String) row[2]).map(street -> Address.of(street, (String) row[3], (String) row[4]));
        ProposedChange change = new ProposedChange(Optional.ofNullable((String) row[1]), address,
                Optional.ofNullable((String) row[5]).map(Siret::of));
        return new ChangeRequest(new ChangeRequestId((UUID) row[0]), change, ChangeRequestStatus.valueOf((String) row[6]),
                new UserId((UUID) row[7]), SqlValues.instant(row[8]), Optional.ofNullable((String) row[9]));
    }

    private List<BankAccount> bankAccounts(UUID establishment) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, iban, bic, holder, proof_id, status, rejection_reason, proposed_at
                        FROM bank_account WHERE establishment_id = :establishment ORDER BY proposed_at, id
                        """, Object[].class)
                .setParameter("establishment", establishment)
                .getResultList();
        return rows.stream().map(EstablishmentSqlStore::bankAccount).toList();
    }

    static BankAccount bankAccount(Object[] row) {
        return new BankAccount(new BankAccountId((UUID) row[0]), Iban.of((String) row[1]), Bic.of((String) row[2]), (String) row[3],
                new DocumentId((UUID) row[4]), BankAccountStatus.valueOf((String) row[5]), Optional.ofNullable((String) row[6]),
                SqlValues.instant(row[7]));
    }

    private static Set<Email> contacts(String spaceSeparated) {
        return spaceSeparated.isEmpty() ? Set.of()
                : Arrays.stream(spaceSeparated.split(" ")).map(Email::of).collect(Collectors.toUnmodifiableSet());
    }
}
