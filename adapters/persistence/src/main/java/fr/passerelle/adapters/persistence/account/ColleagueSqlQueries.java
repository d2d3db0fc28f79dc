package fr.passerelle.adapters.persistence.account;

import fr.passerelle.adapters.persistence.shared.NameCursor;
import fr.passerelle.adapters.persistence.shared.SearchWords;
import fr.passerelle.application.colleague.ColleagueLink;
import fr.passerelle.application.colleague.ColleaguePage;
import fr.passerelle.application.colleague.ColleagueSearch;
import fr.passerelle.application.colleague.ColleagueSummary;
import fr.passerelle.application.colleague.Colleagues;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accounts found through their establishments: lists by name with keyset pagination on (last name, first name, id),
 * the links of a page read in one more query, and the active ADMINs of establishments.
 */
@ApplicationScoped
class ColleagueSqlQueries implements Colleagues {

    private final EntityManager entityManager;

    ColleagueSqlQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ColleaguePage page(Set<EstablishmentId> within, ColleagueSearch search) {
        List<String> where = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> parameters = new HashMap<>();
        if (!within.isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM establishment_right r WHERE r.user_account_id = a.id AND r.establishment_id IN (:within))");
            parameters.put("within", ids(within));
        }
        for (int i = 0; i < search.words().size(); i++) {
            where.add("passerelle_fold(a.last_name || ' ' || a.first_name || ' ' || a.login_email) LIKE passerelle_fold(:word" + i
                    + ") ESCAPE '\\'");
            parameters.put("word" + i, SearchWords.containing(search.words().get(i)));
        }
        search.page().cursor().map(cursor -> NameCursor.decode(cursor, 2)).ifPresent(cursor -> {
            where.add("(a.last_name, a.first_name, a.id) > (:lastName, :firstName, :id)");
            parameters.put("lastName", cursor.names().get(0));
            parameters.put("firstName", cursor.names().get(1));
            parameters.put("id", cursor.id());
        });
        Query query = entityManager.createNativeQuery("""
                SELECT a.id, a.last_name, a.first_name, a.login_email, a.state, t.siret FROM user_account a
                LEFT JOIN training_body_account t ON t.user_account_id = a.id
                WHERE %s
                ORDER BY a.last_name, a.first_name, a.id
                """.formatted(String.join(" AND ", where)), Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(search.page().limit() + 1).getResultList();
        List<Object[]> shown = rows.stream().limit(search.page().limit()).toList();
        List<ColleagueSummary> items = summaries(shown, within);
        Optional<String> next = rows.size() > search.page().limit()
                ? Optional.of(shown.get(shown.size() - 1)).map(last -> new NameCursor(List.of((String) last[1], (String) last[2]), (UUID) last[0]).encode())
                : Optional.empty();
        return new ColleaguePage(items, next);
    }

    @Override
    public List<ColleagueSummary> linkedTo(EstablishmentId establishment) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.id, a.last_name, a.first_name, a.login_email, a.state, t.siret FROM user_account a
                        LEFT JOIN training_body_account t ON t.user_account_id = a.id
                        WHERE EXISTS (SELECT 1 FROM establishment_right r WHERE r.user_account_id = a.id AND r.establishment_id = :establishment)
                        ORDER BY a.last_name, a.first_name, a.id
                        """, Object[].class)
                .setParameter("establishment", establishment.value())
                .getResultList();
        return summaries(rows, Set.of(establishment));
    }

    /**
     * Locks the establishments' rows first: two commands that each remove one of an establishment's last two ADMINs
     * then run one after the other, and the second sees that the first has left a single one.
     */
    @Override
    public Map<EstablishmentId, Set<UserId>> activeAdminsOf(Set<EstablishmentId> establishments) {
        if (establishments.isEmpty()) {
            return Map.of();
        }
        entityManager.createNativeQuery("SELECT id FROM establishment WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", ids(establishments))
                .getResultList();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT r.establishment_id, r.user_account_id FROM establishment_right r
                        JOIN user_account a ON a.id = r.user_account_id
                        WHERE r.access_right = 'ADMIN' AND a.state = 'ACTIVE' AND r.establishment_id IN (:ids)
                        """, Object[].class)
                .setParameter("ids", ids(establishments))
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> new EstablishmentId((UUID) row[0]),
                Collectors.mapping(row -> new UserId((UUID) row[1]), Collectors.toSet())));
    }

    @Override
    public List<UserId> activeNamed(EstablishmentId establishment, String lastName, Optional<String> firstName) {
        List<UUID> ids = entityManager.createNativeQuery("""
                        SELECT DISTINCT a.id FROM user_account a
                        JOIN establishment_right r ON r.user_account_id = a.id AND r.establishment_id = :establishment
                        WHERE a.state = 'ACTIVE' AND passerelle_fold(a.last_name) = passerelle_fold(:lastName)
                          AND (CAST(:firstName AS text) IS NULL OR passerelle_fold(a.first_name) = passerelle_fold(CAST(:firstName AS text)))
                        """, UUID.class)
                .setParameter("establishment", establishment.value())
                .setParameter("lastName", lastName.strip())
                .setParameter("firstName", firstName.map(String::strip).orElse(null))
                .getResultList();
        return ids.stream().map(UserId::new).toList();
    }

    /** The accounts of these rows, each with its links (to {@code within} only, unless empty), names of establishments included. */
    private List<ColleagueSummary> summaries(List<Object[]> accounts, Set<EstablishmentId> within) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<UUID> accountIds = accounts.stream().map(row -> (UUID) row[0]).toList();
        Query query = entityManager.createNativeQuery("""
                SELECT r.user_account_id, r.establishment_id, e.siret, e.name, r.access_right FROM establishment_right r
                JOIN establishment e ON e.id = r.establishment_id
                WHERE r.user_account_id IN (:accounts) %s
                """.formatted(within.isEmpty() ? "" : "AND r.establishment_id IN (:within)"), Object[].class)
                .setParameter("accounts", accountIds);
        if (!within.isEmpty()) {
            query.setParameter("within", ids(within));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rights = query.getResultList();
        Map<UUID, Map<UUID, LinkRow>> linksByAccount = new HashMap<>();
        for (Object[] row : rights) {
            linksByAccount.computeIfAbsent((UUID) row[0], account -> new LinkedHashMap<>())
                    .computeIfAbsent((UUID) row[1], establishment -> new LinkRow((String) row[2], (String) row[3], EnumSet.noneOf(Right.class)))
                    .rights().add(Right.valueOf((String) row[4]));
        }
        return accounts.stream().map(row -> new ColleagueSummary(
                        new UserId((UUID) row[0]),
                        PersonName.of((String) row[1], (String) row[2]),
                        Email.of((String) row[3]),
                        UserAccountStatus.valueOf((String) row[4]),
                        linksByAccount.getOrDefault((UUID) row[0], Map.of()).entrySet().stream()
                                .map(link -> new ColleagueLink(new EstablishmentId(link.getKey()), link.getValue().siret(),
                                        link.getValue().name(), link.getValue().rights()))
                                .sorted(Comparator.comparing(ColleagueLink::name))
                                .toList(),
                        Optional.ofNullable((String) row[5]).map(Siret::of)))
                .toList();
    }

    private static List<UUID> ids(Set<EstablishmentId> establishments) {
        return establishments.stream().map(EstablishmentId::value).toList();
    }

    private record LinkRow(String siret, String name, Set<Right> rights) {
    }
}
