package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.application.notification.NotificationRecipients;
import fr.passerelle.application.notification.Recipient;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Recipients from {@code user_account} and {@code establishment_right}; emails go to the contact address. */
@ApplicationScoped
class NotificationRecipientSqlDirectory implements NotificationRecipients {

    private final EntityManager entityManager;

    NotificationRecipientSqlDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Recipient> account(UserId account) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT id, coalesce(contact_email, login_email) FROM user_account WHERE id = :id", Object[].class)
                .setParameter("id", account.value())
                .getResultList();
        return rows.stream().findFirst().map(NotificationRecipientSqlDirectory::recipient);
    }

    @Override
    public List<Recipient> linkedTo(EstablishmentId establishment, Set<Right> anyOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT DISTINCT u.id, coalesce(u.contact_email, u.login_email)
                        FROM establishment_right r JOIN user_account u ON u.id = r.user_account_id
                        WHERE r.establishment_id = :establishment AND r.access_right IN (:rights) AND u.state = 'ACTIVE'
                        """, Object[].class)
                .setParameter("establishment", establishment.value())
                .setParameter("rights", Stream.concat(anyOf.stream(), Stream.of(Right.ADMIN)).map(Right::name).distinct().toList())
                .getResultList();
        return rows.stream().map(NotificationRecipientSqlDirectory::recipient).toList();
    }

    private static Recipient recipient(Object[] row) {
        return new Recipient(new UserId((UUID) row[0]), Email.of((String) row[1]));
    }
}
