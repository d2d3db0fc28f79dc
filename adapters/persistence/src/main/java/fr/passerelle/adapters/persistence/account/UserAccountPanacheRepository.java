package fr.passerelle.adapters.persistence.account;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.profile.AccountAccess;
import fr.passerelle.application.profile.AccountStanding;
import fr.passerelle.application.profile.EstablishmentAccess;
import fr.passerelle.application.profile.UserAccounts;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class UserAccountPanacheRepository implements UserAccounts, AccountDirectory {

    private final EntityManager entityManager;

    UserAccountPanacheRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AccountAccess> accessOf(String subject) {
        return UserAccountEntity.<UserAccountEntity>find("subject", subject)
                .firstResultOptional()
                .map(account -> new AccountAccess(establishmentsOf(account), Optional.ofNullable(account.preferredEstablishmentId),
                        Optional.of(standingOf(account))));
    }

    /** The status, and the reason given when the account came into it (a refusal, a suspension, a closure). */
    private AccountStanding standingOf(UserAccountEntity account) {
        List<String> reasons = entityManager.createNativeQuery("""
                        SELECT reason FROM user_account_history
                        WHERE user_account_id = :account AND to_status = :status
                        ORDER BY seq DESC LIMIT 1
                        """, String.class)
                .setParameter("account", account.id)
                .setParameter("status", account.state)
                .getResultList();
        return new AccountStanding(UserAccountStatus.valueOf(account.state), reasons.stream().filter(Objects::nonNull).findFirst());
    }

    /**
     * Only an active account acts: a suspended, closed or not yet approved one reaches nothing. Every API call asks,
     * so the account and its rights come in one query, as plain rows.
     */
    @Override
    public Optional<AccountRecord> bySubject(String subject) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.id, a.display_name, a.state, t.siret, r.establishment_id, r.access_right
                        FROM user_account a LEFT JOIN establishment_right r ON r.user_account_id = a.id
                        LEFT JOIN training_body_account t ON t.user_account_id = a.id
                        WHERE a.subject = :subject
                        """, Object[].class)
                .setParameter("subject", subject)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] account = rows.get(0);
        return Optional.of(new AccountRecord(new UserId((UUID) account[0]), (String) account[1],
                UserAccountStatus.valueOf((String) account[2]), RightRows.links(rows, 4),
                Optional.ofNullable((String) account[3]).map(Siret::of)));
    }

    @Override
    public Map<UserId, String> displayNames(Set<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        List<UserAccountEntity> accounts = UserAccountEntity.list("id in ?1", users.stream().map(UserId::value).toList());
        return accounts.stream().collect(Collectors.toMap(account -> new UserId(account.id), account -> account.displayName));
    }

    private List<EstablishmentAccess> establishmentsOf(UserAccountEntity account) {
        List<Object[]> rows = entityManager.createQuery("""
                        select e, r.accessRight
                        from EstablishmentRightEntity r, EstablishmentEntity e
                        where e.id = r.establishmentId and r.userAccountId = :account
                        """, Object[].class)
                .setParameter("account", account.id)
                .getResultList();
        Map<EstablishmentEntity, Set<Right>> rightsByEstablishment = new LinkedHashMap<>();
        for (Object[] row : rows) {
            rightsByEstablishment.computeIfAbsent((EstablishmentEntity) row[0], establishment -> EnumSet.noneOf(Right.class))
                    .add(Right.valueOf((String) row[1]));
        }
        return rightsByEstablishment.entrySet().stream()
                .map(entry -> toAccess(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(EstablishmentAccess::name))
                .toList();
    }

    private static EstablishmentAccess toAccess(EstablishmentEntity establishment, Set<Right> rights) {
        return new EstablishmentAccess(establishment.id, establishment.siret, establishment.name,
                "CLOSED".equals(establishment.state), rights);
    }
}
