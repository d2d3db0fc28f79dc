package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.notification.DocumentsDue;
import fr.passerelle.application.notification.NewNotification;
import fr.passerelle.application.notification.NotificationChannel;
import fr.passerelle.application.notification.NotificationEventType;
import fr.passerelle.application.notification.NotificationPreferences;
import fr.passerelle.application.notification.NotificationRecipients;
import fr.passerelle.application.notification.NotificationTarget;
import fr.passerelle.application.notification.NotificationView;
import fr.passerelle.application.notification.Notifications;
import fr.passerelle.application.notification.Preferences;
import fr.passerelle.application.notification.Reader;
import fr.passerelle.application.notification.Recipient;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class NotificationSqlStoreTest {

    @Inject
    Notifications notifications;

    @Inject
    NotificationPreferences preferences;

    @Inject
    NotificationRecipients recipients;

    @Inject
    DocumentsDue documentsDue;

    @Inject
    EntityManager entityManager;

    private final Instant start = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void a_readers_notifications_come_newest_first_page_after_page_each_once_per_event() {
        UserId reader = account("ACTIVE");
        for (int i = 0; i < 3; i++) {
            assertThat(add(Optional.of(reader), "event:" + i, start.plusSeconds(i))).isTrue();
        }
        assertThat(add(Optional.of(reader), "event:1", start.plusSeconds(9))).isFalse();
        add(Optional.of(account("ACTIVE")), "event:1", start);

        Reader me = new Reader(reader, false);
        Page<NotificationView> first = inTransaction(() -> notifications.of(me, false, PageRequest.first(2)));
        Page<NotificationView> second = inTransaction(() -> notifications.of(me, false, new PageRequest(2, first.nextCursor())));

        assertThat(first.items()).extracting(NotificationView::title).containsExactly("Titre event:2", "Titre event:1");
        assertThat(second.items()).extracting(NotificationView::title).containsExactly("Titre event:0");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(first.items().get(0).target()).isEqualTo(NotificationTarget.dossier(DossierNumber.of("100000042")));
        assertThat(inTransaction(() -> notifications.unreadCount(me))).isEqualTo(3);
    }

    @Test
    void reading_is_per_reader_and_a_notification_of_someone_else_cannot_be_marked() {
        UserId owner = account("ACTIVE");
        UserId stranger = account("ACTIVE");
        add(Optional.of(owner), "mine", start);
        UUID id = inTransaction(() -> notifications.of(new Reader(owner, false), false, PageRequest.first(10))).items().get(0).id();

        assertThat(inTransaction(() -> notifications.markRead(new Reader(stranger, true), id, start))).isEmpty();
        Optional<NotificationView> read = inTransaction(() -> notifications.markRead(new Reader(owner, false), id, start.plusSeconds(5)));
        Optional<NotificationView> again = inTransaction(() -> notifications.markRead(new Reader(owner, false), id, start.plusSeconds(50)));

        assertThat(read.orElseThrow().readAt()).contains(start.plusSeconds(5));
        assertThat(again.orElseThrow().readAt()).contains(start.plusSeconds(5));
        assertThat(inTransaction(() -> notifications.unreadCount(new Reader(owner, false)))).isZero();
        assertThat(inTransaction(() -> notifications.of(new Reader(owner, false), true, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void staff_notifications_are_read_by_each_staff_member_for_themselves() {
        UserId gabriel = account("ACTIVE");
        UserId ines = account("ACTIVE");
        String key = "staff:" + UUID.randomUUID();
        assertThat(add(Optional.empty(), key, start)).isTrue();
        assertThat(add(Optional.empty(), key, start)).isFalse();
        long inesUnread = inTransaction(() -> notifications.unreadCount(new Reader(ines, true)));

        QuarkusTransaction.requiringNew().run(() -> notifications.markAllRead(new Reader(gabriel, true), start));

        assertThat(inTransaction(() -> notifications.unreadCount(new Reader(gabriel, true)))).isZero();
        assertThat(inTransaction(() -> notifications.unreadCount(new Reader(ines, true)))).isEqualTo(inesUnread).isPositive();
        assertThat(inTransaction(() -> notifications.unreadCount(new Reader(ines, false)))).isZero();
    }

    @Test
    void unread_notifications_are_due_for_an_alert_after_the_recipients_delay_until_marked_alerted() {
        UserId reader = account("ACTIVE");
        QuarkusTransaction.requiringNew().run(() -> preferences.save(reader, new Preferences(
                Map.of(NotificationEventType.NEW_MESSAGE, NotificationChannel.IN_APP_AND_EMAIL), Optional.of(Duration.ofMinutes(30)))));
        add(Optional.of(reader), "late", start);

        assertThat(dueFor(reader, start.plus(Duration.ofMinutes(29)))).isEmpty();
        List<NotificationView> due = dueFor(reader, start.plus(Duration.ofMinutes(30)));
        assertThat(due).extracting(NotificationView::title).containsExactly("Titre late");
        QuarkusTransaction.requiringNew().run(() -> notifications.markAlerted(Set.of(due.get(0).id()), start));
        assertThat(dueFor(reader, start.plus(Duration.ofHours(3)))).isEmpty();
        assertThat(inTransaction(() -> preferences.of(reader)).channelOf(NotificationEventType.NEW_MESSAGE))
                .isEqualTo(NotificationChannel.IN_APP_AND_EMAIL);
    }

    @Test
    void recipients_are_the_active_accounts_with_a_relevant_right_or_admin() {
        EstablishmentId establishment = SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 4);
        UserId viewer = account("ACTIVE");
        UserId admin = account("ACTIVE");
        UserId invoicer = account("ACTIVE");
        UserId suspended = account("SUSPENDED");
        link(viewer, establishment, Right.VIEW_DOSSIERS);
        link(admin, establishment, Right.ADMIN);
        link(invoicer, establishment, Right.MANAGE_INVOICES);
        link(suspended, establishment, Right.VIEW_DOSSIERS);

        List<Recipient> linked = inTransaction(() -> recipients.linkedTo(establishment, Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS)));

        assertThat(linked).extracting(Recipient::account).containsExactlyInAnyOrder(viewer, admin);
        assertThat(inTransaction(() -> recipients.account(suspended))).isPresent();
    }

    @Test
    void dossiers_awaiting_documents_due_soon_are_listed_until_their_request_is_reminded() {
        EstablishmentId establishment = SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 4);
        LocalDate due = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        UUID dossier = UUID.randomUUID();
        String number = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(800_000_000));
        SqlFixtures.execute(entityManager, """
                INSERT INTO dossier (id, number, establishment_id, scheme, status, content, documents, document_request, released_amount,
                                     created_by, created_at, updated_at, status_since, version)
                VALUES (?1, ?2, ?3, 'PLAN', 'AWAITING_DOCUMENTS', '{}', '[]',
                        CAST(?4 AS jsonb), 0, ?1, now(), now(), now(), 0)
                """, dossier, number, establishment.value(),
                "{\"types\":[\"QUOTE\"],\"dueDate\":\"" + due + "\",\"message\":\"\",\"requestedBy\":\"" + dossier
                        + "\",\"requestedAt\":\"2026-11-20T08:00:00.123456Z\"}");

        List<DocumentsDue.Request> soon = inTransaction(() -> documentsDue.notRemindedDueBetween(due.minusDays(3), due, 100));
        assertThat(soon).singleElement().satisfies(request -> {
            assertThat(request.number().value()).isEqualTo(number);
            assertThat(request.dueDate()).isEqualTo(due);
            assertThat(request.requestedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00.123456Z"));
        });
        assertThat(inTransaction(() -> documentsDue.notRemindedDueBetween(due.plusDays(1), due.plusDays(4), 100))).isEmpty();
        assertThat(inTransaction(() -> documentsDue.markReminded(soon.get(0), start))).isTrue();
        assertThat(inTransaction(() -> documentsDue.markReminded(soon.get(0), start))).isFalse();
        assertThat(inTransaction(() -> documentsDue.notRemindedDueBetween(due.minusDays(3), due, 100))).isEmpty();
    }

    private List<NotificationView> dueFor(UserId reader, Instant now) {
        return inTransaction(() -> notifications.dueUnreadAlerts(now, 1000)).stream()
                .filter(alert -> alert.recipient().account().equals(reader))
                .flatMap(alert -> alert.notifications().stream()).toList();
    }

    private boolean add(Optional<UserId> recipient, String key, Instant at) {
        return inTransaction(() -> notifications.add(new NewNotification(UUID.randomUUID(), recipient,
                NotificationEventType.NEW_MESSAGE, "Titre " + key, "Texte", NotificationTarget.dossier(DossierNumber.of("100000042")),
                key, at)));
    }

    private UserId account(String state) {
        UUID id = UUID.randomUUID();
        SqlFixtures.execute(entityManager, """
                INSERT INTO user_account (id, subject, login_email, contact_email, first_name, last_name, state)
                VALUES (?1, ?2, ?3, ?3, 'Alice', 'Martin', ?4)
                """, id, id.toString(), "alice." + id + "@exemple.fr", state);
        return new UserId(id);
    }

    private void link(UserId account, EstablishmentId establishment, Right right) {
        SqlFixtures.execute(entityManager, "INSERT INTO establishment_right (user_account_id, establishment_id, access_right) VALUES (?1, ?2, ?3)",
                account.value(), establishment.value(), right.name());
    }

    private <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
