package fr.passerelle.adapters.persistence.account;

import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.PendingAccounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import org.hibernate.StaleStateException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * User accounts in PostgreSQL: the {@code user_account} row (optimistic locking on its {@code version}), the links
 * to establishments as {@code establishment_right} rows, the establishments asked for at registration in
 * {@code user_account_requested_establishment}, the history in {@code user_account_history}, and the training body a
 * training body's account speaks for in {@code training_body_account}.
 */
@ApplicationScoped
class UserAccountSqlStore implements Accounts, PendingAccounts {

    private static final HistoryTable<UserAccountStatus, UserAccountAction> HISTORY =
            new HistoryTable<>("user_account_history", "user_account_id", UserAccountStatus.class, UserAccountAction.class);

    private final EntityManager entityManager;

    UserAccountSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StoredAccount> find(UserId id) {
        return Optional.ofNullable(entityManager.find(UserAccountEntity.class, id.value())).map(this::toStored);
    }

    @Override
    public Optional<StoredAccount> findByLogin(Email login) {
        return UserAccountEntity.<UserAccountEntity>find("loginEmail", login.value()).firstResultOptional().map(this::toStored);
    }

    @Override
    public StoredAccount add(UserAccountSnapshot account, String subject) {
        UserAccountEntity entity = new UserAccountEntity();
        entity.id = account.id().value();
        entity.subject = subject;
        entity.loginEmail = account.login().value();
        entity.createdAt = account.createdAt();
        copyState(account, entity);
        entityManager.persist(entity);
        entityManager.flush();
        insertLinks(account);
        insertRequestedEstablishments(account);
        HISTORY.append(entityManager, entity.id, account.history(), 0);
        entityManager.refresh(entity);
        return toStored(entity);
    }

    @Override
    public void linkToTrainingBody(UserId account, Siret trainingBody) {
        entityManager.createNativeQuery("INSERT INTO training_body_account (user_account_id, siret) VALUES (:account, :siret)")
                .setParameter("account", account.value())
                .setParameter("siret", trainingBody.value())
                .executeUpdate();
    }

    @Override
    public Optional<Siret> trainingBodyOf(UserId account) {
        List<String> rows = entityManager.createNativeQuery("SELECT siret FROM training_body_account WHERE user_account_id = :account", String.class)
                .setParameter("account", account.value())
                .getResultList();
        return rows.stream().findFirst().map(Siret::of);
    }

    @Override
    public StoredAccount update(UserAccountSnapshot account, long expectedVersion) {
        UserAccountEntity entity = entityManager.find(UserAccountEntity.class, account.id().value());
        if (entity == null || entity.version != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        int storedHistory = HISTORY.size(entityManager, entity.id);
        copyState(account, entity);
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException concurrent) {
            throw new ConcurrentUpdateException();
        }
        if (entity.version == expectedVersion) {
            // Only links or history changed, which live in other tables: the account's version must move all the same.
            int bumped = entityManager.createNativeQuery("UPDATE user_account SET version = version + 1 WHERE id = :id AND version = :version")
                    .setParameter("id", entity.id)
                    .setParameter("version", expectedVersion)
                    .executeUpdate();
            if (bumped == 0) {
                throw new ConcurrentUpdateException();
            }
        }
        entityManager.createNativeQuery("DELETE FROM establishment_right WHERE user_account_id = :account")
                .setParameter("account", entity.id)
                .executeUpdate();
        insertLinks(account);
        HISTORY.append(entityManager, entity.id, account.history(), storedHistory);
        entityManager.refresh(entity);
        return toStored(entity);
    }

    private static void copyState(UserAccountSnapshot account, UserAccountEntity entity) {
        entity.lastName = account.name().lastName();
        entity.firstName = account.name().firstName();
        entity.contactEmail = account.contactEmail().value();
        entity.phone = account.phone().map(PhoneNumber::value).orElse(null);
        entity.state = account.status().name();
        entity.preferredEstablishmentId = account.preferredEstablishment().map(EstablishmentId::value).orElse(null);
        entity.invitedBy = account.invitedBy().map(UserId::value).orElse(null);
        entity.passwordSetupPending = account.passwordSetupPending();
    }

    /** Written once: an account asks for its establishments when it registers, and never again. */
    private void insertRequestedEstablishments(UserAccountSnapshot account) {
        account.requestedEstablishments().forEach(establishment -> entityManager.createNativeQuery("""
                        INSERT INTO user_account_requested_establishment (user_account_id, establishment_id)
                        VALUES (:account, :establishment)
                        """)
                .setParameter("account", account.id().value())
                .setParameter("establishment", establishment.value())
                .executeUpdate());
    }

    /** Reads one more row than asked: if it comes, there is a next page, which starts after the last row shown. */
    @Override
    public Page pendingApproval(PageRequest page) {
        Optional<KeysetCursor> after = page.cursor().map(KeysetCursor::decode);
        Query query = entityManager.createNativeQuery("SELECT id, created_at FROM user_account WHERE state = 'PENDING_APPROVAL'"
                        + after.map(cursor -> " AND (created_at, id) > (:cursorAt, :cursorId)").orElse("")
                        + " ORDER BY created_at, id", Object[].class)
                .setMaxResults(page.limit() + 1);
        after.ifPresent(cursor -> query.setParameter("cursorAt", cursor.at()).setParameter("cursorId", cursor.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Optional<String> next = rows.size() > page.limit()
                ? Optional.of(new KeysetCursor(SqlValues.instant(shown.get(shown.size() - 1)[1]), (UUID) shown.get(shown.size() - 1)[0]).encode())
                : Optional.empty();
        return new Page(shown.stream().map(row -> find(new UserId((UUID) row[0])).orElseThrow()).toList(), next);
    }

    private void insertLinks(UserAccountSnapshot account) {
        account.links().forEach((establishment, rights) -> rights.forEach(right -> entityManager.createNativeQuery("""
                        INSERT INTO establishment_right (user_account_id, establishment_id, access_right)
                        VALUES (:account, :establishment, :right)
                        """)
                .setParameter("account", account.id().value())
                .setParameter("establishment", establishment.value())
                .setParameter("right", right.name())
                .executeUpdate()));
    }

    private StoredAccount toStored(UserAccountEntity entity) {
        UserAccountSnapshot snapshot = new UserAccountSnapshot(
                new UserId(entity.id),
                Email.of(entity.loginEmail),
                Email.of(entity.contactEmail),
                PersonName.of(entity.lastName, entity.firstName),
                Optional.ofNullable(entity.phone).map(PhoneNumber::of),
                UserAccountStatus.valueOf(entity.state),
                links(entity.id),
                requestedEstablishments(entity.id),
                Optional.ofNullable(entity.preferredEstablishmentId).map(EstablishmentId::new),
                Optional.ofNullable(entity.invitedBy).map(UserId::new),
                entity.passwordSetupPending,
                entity.createdAt,
                HISTORY.read(entityManager, entity.id));
        return new StoredAccount(snapshot, entity.subject, entity.version);
    }

    private Set<EstablishmentId> requestedEstablishments(UUID account) {
        List<UUID> rows = entityManager.createNativeQuery(
                        "SELECT establishment_id FROM user_account_requested_establishment WHERE user_account_id = :account", UUID.class)
                .setParameter("account", account)
                .getResultList();
        return rows.stream().map(EstablishmentId::new).collect(Collectors.toUnmodifiableSet());
    }

    private Map<EstablishmentId, Set<Right>> links(UUID account) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT establishment_id, access_right FROM establishment_right WHERE user_account_id = :account", Object[].class)
                .setParameter("account", account)
                .getResultList();
        return RightRows.links(rows, 0);
    }
}
