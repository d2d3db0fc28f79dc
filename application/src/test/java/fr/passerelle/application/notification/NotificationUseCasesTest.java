package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.InMemoryAccountDirectory;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationUseCasesTest {

    private static final EstablishmentId LYON = new EstablishmentId(UUID.randomUUID());
    private static final DossierNumber DOSSIER = DossierNumber.of("100000042");

    private static final Duration LEASE = Duration.ofMinutes(5);

    private Instant now = Instant.parse("2026-03-10T08:00:00Z");

    private final InMemoryAccountDirectory directory = new InMemoryAccountDirectory();
    private final InMemoryRecipients recipients = new InMemoryRecipients();
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences();
    private final InMemoryNotifications notifications = new InMemoryNotifications(preferences, recipients);
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailTexts texts = new MailTexts("https://passerelle.example/");
    private final Notifier notifier = new Notifier(notifications, recipients, preferences, outbox, texts);
    private final MyNotifications mine = new MyNotificationsService(notifications, preferences, directory, () -> now);
    private final List<QueuedMail> delivered = new ArrayList<>();
    private boolean smtpDown;
    private final List<DocumentsDue.Request> awaiting = new ArrayList<>();
    private final List<DocumentsDue.Request> reminded = new ArrayList<>();
    private final MailDelivery delivery = deliveryWith(mail -> {
        if (smtpDown) {
            throw new MailSender.MailNotSentException("Connection refused", null);
        }
        delivered.add(mail);
    });
    private final NotificationJobs jobs = new NotificationJobsService(outbox, notifications, new DocumentsDue() {
        @Override
        public List<Request> notRemindedDueBetween(LocalDate notBefore, LocalDate dueBy, int limit) {
            return awaiting.stream().filter(r -> !reminded.contains(r) && !r.dueDate().isBefore(notBefore) && !r.dueDate().isAfter(dueBy))
                    .toList();
        }

        @Override
        public boolean markReminded(Request request, Instant at) {
            return !reminded.contains(request) && reminded.add(request);
        }
    }, notifier, texts, () -> now, 10);

    private final Caller manager = directory.caller(Role.EMPLOYER, "Émilie Durand", Map.of(LYON, Set.of(Right.MANAGE_DOSSIERS)));
    private final UserId managerId = directory.bySubject(manager.subject()).orElseThrow().id();
    private final Caller colleague = directory.caller(Role.EMPLOYER, "Victor Lecteur", Map.of(LYON, Set.of(Right.VIEW_DOSSIERS)));
    private final UserId colleagueId = directory.bySubject(colleague.subject()).orElseThrow().id();
    private final Caller staff = directory.caller(Role.OPCO_STAFF, "Gabriel Lefèvre", Map.of());

    NotificationUseCasesTest() {
        recipients.register(managerId, "emilie@exemple.fr", Map.of(LYON, Set.of(Right.MANAGE_DOSSIERS)));
        recipients.register(colleagueId, "victor@exemple.fr", Map.of(LYON, Set.of(Right.VIEW_DOSSIERS)));
    }

    private MailDelivery deliveryWith(MailSender sender) {
        return new MailDeliveryService(outbox, sender, () -> now, new MailDeliveryService.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(4)),
                LEASE, 10);
    }

    private Notice granted(String key, Optional<UserId> causedBy) {
        return new Notice(NotificationEventType.DOSSIER_STATUS_CHANGED,
                Audience.establishmentUsers(LYON, Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS)),
                "Dossier 100000042 accordé", "Le dossier est accordé.", NotificationTarget.dossier(DOSSIER), key, now, causedBy);
    }

    @Test
    void a_notice_reaches_every_user_of_the_establishment_but_its_author_once_in_the_app_and_by_email() {
        notifier.publish(granted("dossier:1:3", Optional.of(colleagueId)));
        notifier.publish(granted("dossier:1:3", Optional.of(colleagueId)));

        assertThat(mine.unreadCount(manager)).isEqualTo(1);
        assertThat(mine.unreadCount(colleague)).isZero();
        assertThat(outbox.rows).singleElement().satisfies(row -> {
            assertThat(row.mail.to().value()).isEqualTo("emilie@exemple.fr");
            assertThat(row.mail.subject()).isEqualTo("Dossier 100000042 accordé");
            assertThat(row.mail.body()).contains("https://passerelle.example/dossiers/100000042");
        });
    }

    @Test
    void an_event_type_chosen_in_the_app_only_sends_no_email() {
        mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(
                Map.of(NotificationEventType.DOSSIER_STATUS_CHANGED, NotificationChannel.IN_APP), Optional.empty()));

        notifier.publish(granted("dossier:1:3", Optional.empty()));

        assertThat(mine.unreadCount(manager)).isEqualTo(1);
        assertThat(outbox.rows).extracting(row -> row.mail.to().value()).containsExactly("victor@exemple.fr");
    }

    @Test
    void preferences_default_per_type_change_one_type_at_a_time_and_bound_the_alert_delay() {
        assertThat(mine.preferences(manager).channelOf(NotificationEventType.NEW_MESSAGE)).isEqualTo(NotificationChannel.IN_APP);
        assertThat(mine.preferences(manager).channelOf(NotificationEventType.DOCUMENTS_REQUESTED))
                .isEqualTo(NotificationChannel.IN_APP_AND_EMAIL);

        mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(
                Map.of(NotificationEventType.NEW_MESSAGE, NotificationChannel.IN_APP_AND_EMAIL), Optional.of(Duration.ofHours(2))));
        Preferences updated = mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(
                Map.of(NotificationEventType.DOCUMENTS_REQUESTED, NotificationChannel.IN_APP), Optional.of(Duration.ofHours(2))));

        assertThat(updated.channels()).containsEntry(NotificationEventType.NEW_MESSAGE, NotificationChannel.IN_APP_AND_EMAIL)
                .containsEntry(NotificationEventType.DOCUMENTS_REQUESTED, NotificationChannel.IN_APP);
        assertThat(mine.preferences(manager)).isEqualTo(updated);
        assertThat(mine.preferences(colleague)).isEqualTo(Preferences.DEFAULTS);
        assertThatThrownBy(() -> mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(Map.of(),
                Optional.of(Duration.ofMinutes(5)))))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("UNREAD_ALERT_DELAY_OUT_OF_RANGE"));
    }

    @Test
    void each_reader_marks_their_own_notifications_read_and_nobody_elses() {
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        NotificationView emilies = mine.list(manager, false, PageRequest.first(10)).items().get(0);

        assertThatThrownBy(() -> mine.markRead(colleague, emilies.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> mine.markRead(staff, emilies.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThat(mine.unreadCount(manager)).isEqualTo(1);

        Instant readAt = now;
        assertThat(mine.markRead(manager, emilies.id()).readAt()).contains(readAt);
        now = now.plusSeconds(60);
        assertThat(mine.markRead(manager, emilies.id()).readAt()).contains(readAt);
        assertThat(mine.list(manager, true, PageRequest.first(10)).items()).isEmpty();
        assertThat(mine.unreadCount(colleague)).isEqualTo(1);
        assertThat(mine.markAllRead(colleague)).isZero();
    }

    @Test
    void staff_notices_are_for_every_staff_member_who_each_read_them_for_themselves() {
        Caller otherStaff = directory.caller(Role.OPCO_STAFF, "Inès Martin", Map.of());
        notifier.publish(Notice.newMessage(DOSSIER, LYON, UUID.randomUUID(), false, managerId, now));

        assertThat(mine.unreadCount(staff)).isEqualTo(1);
        assertThat(mine.unreadCount(manager)).isZero();
        mine.markAllRead(staff);
        assertThat(mine.unreadCount(staff)).isZero();
        assertThat(mine.unreadCount(otherStaff)).isEqualTo(1);
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void a_message_from_staff_reaches_the_establishment_in_the_app_only_by_default() {
        notifier.publish(Notice.newMessage(DOSSIER, LYON, UUID.randomUUID(), true, managerId, now));

        assertThat(mine.list(colleague, true, PageRequest.first(10)).items()).singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NotificationEventType.NEW_MESSAGE));
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void emails_wait_while_the_server_is_down_with_a_capped_exponential_backoff_then_go_out_once() {
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        smtpDown = true;

        assertThat(delivery.deliverDueMails()).isZero();
        assertThat(outbox.rows).allSatisfy(row -> {
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.lastError).contains("Connection refused");
            assertThat(row.nextAttemptAt).isEqualTo(now.plusSeconds(30));
        });

        InMemoryMailOutbox.Row failed = outbox.rows.get(0);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            now = failed.nextAttemptAt;
            delivery.deliverDueMails();
            waits.add(Duration.between(now, failed.nextAttemptAt));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(4), Duration.ofMinutes(4), Duration.ofMinutes(4));

        smtpDown = false;
        now = now.plus(Duration.ofMinutes(4));
        assertThat(delivery.deliverDueMails()).isEqualTo(2);
        assertThat(delivery.deliverDueMails()).isZero();
        assertThat(delivered).extracting(mail -> mail.to().value()).containsExactlyInAnyOrder("emilie@exemple.fr", "victor@exemple.fr");
        assertThat(outbox.rows).allSatisfy(row -> assertThat(row.sentAt).isPresent());
    }

    @Test
    void after_three_failures_in_a_row_the_rest_of_the_run_waits_untried() {
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(new OutgoingMail(UUID.randomUUID(), "key:" + i, Email.of("x" + i + "@exemple.fr"),
                    "Sujet", "Texte", now.plusSeconds(i)));
        }
        now = now.plusSeconds(10);
        List<String> tried = new ArrayList<>();
        MailDelivery countingDelivery = deliveryWith(mail -> {
            tried.add(mail.to().value());
            throw new MailSender.MailNotSentException("Connection refused", null);
        });

        assertThat(countingDelivery.deliverDueMails()).isZero();

        assertThat(tried).containsExactly("x0@exemple.fr", "x1@exemple.fr", "x2@exemple.fr");
        assertThat(outbox.rows).allSatisfy(row -> {
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.nextAttemptAt).isEqualTo(now.plusSeconds(30));
        });
        assertThat(outbox.rows.get(4).lastError.orElseThrow()).startsWith("Pas tenté");
    }

    @Test
    void an_email_the_server_refuses_does_not_hold_back_the_others() {
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        MailDelivery delivery = deliveryWith(mail -> {
            if (mail.to().value().startsWith("emilie")) {
                throw new MailSender.MailNotSentException("550 mailbox unavailable", null);
            }
            delivered.add(mail);
        });

        assertThat(delivery.deliverDueMails()).isEqualTo(1);
        assertThat(delivered).extracting(mail -> mail.to().value()).containsExactly("victor@exemple.fr");
    }

    @Test
    void a_claimed_email_is_leased_so_nobody_else_sends_it_and_is_due_again_when_the_lease_ends_unless_recorded() {
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        List<List<QueuedMail>> claimedByAnotherWorkerWhileSending = new ArrayList<>();
        MailDelivery dyingMidRun = deliveryWith(mail -> {
            claimedByAnotherWorkerWhileSending.add(outbox.claimDue(now, 10, now.plus(LEASE)));
            throw new IllegalStateException("The process dies while the server answers");
        });

        assertThatThrownBy(dyingMidRun::deliverDueMails).isInstanceOf(IllegalStateException.class);

        assertThat(claimedByAnotherWorkerWhileSending).singleElement().satisfies(claimed -> assertThat(claimed).isEmpty());
        assertThat(outbox.rows).allSatisfy(row -> {
            assertThat(row.sentAt).isEmpty();
            assertThat(row.attempts).isZero();
            assertThat(row.nextAttemptAt).isEqualTo(now.plus(LEASE));
        });
        Instant claimedAt = now;
        now = claimedAt.plus(LEASE).minusSeconds(1);
        assertThat(delivery.deliverDueMails()).isZero();
        assertThat(delivered).isEmpty();

        now = claimedAt.plus(LEASE);
        assertThat(delivery.deliverDueMails()).isEqualTo(2);
        assertThat(outbox.rows).allSatisfy(row -> assertThat(row.sentAt).contains(now));
        now = now.plus(LEASE).plus(LEASE);
        assertThat(delivery.deliverDueMails()).isZero();
        assertThat(delivered).extracting(mail -> mail.to().value()).containsExactlyInAnyOrder("emilie@exemple.fr", "victor@exemple.fr");
    }

    @Test
    void each_email_is_recorded_right_after_its_attempt_and_a_run_stops_when_its_lease_is_over() {
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(new OutgoingMail(UUID.randomUUID(), "key:" + i, Email.of("x" + i + "@exemple.fr"),
                    "Sujet", "Texte", now.plusSeconds(i)));
        }
        now = now.plusSeconds(10);
        Instant claimedAt = now;
        List<Long> recordedSentWhenTried = new ArrayList<>();
        MailDelivery slowServer = deliveryWith(mail -> {
            recordedSentWhenTried.add(outbox.rows.stream().filter(row -> row.sentAt.isPresent()).count());
            now = now.plus(Duration.ofMinutes(2));
            delivered.add(mail);
        });

        assertThat(slowServer.deliverDueMails()).isEqualTo(3);

        assertThat(recordedSentWhenTried).containsExactly(0L, 1L, 2L);
        assertThat(outbox.rows.subList(0, 3)).extracting(row -> row.sentAt.orElseThrow())
                .containsExactly(claimedAt.plus(Duration.ofMinutes(2)), claimedAt.plus(Duration.ofMinutes(4)), claimedAt.plus(Duration.ofMinutes(6)));
        assertThat(outbox.rows.subList(3, 5)).allSatisfy(row -> {
            assertThat(row.sentAt).isEmpty();
            assertThat(row.attempts).isZero();
            assertThat(row.nextAttemptAt).isEqualTo(claimedAt.plus(LEASE));
        });
        assertThat(delivery.deliverDueMails()).as("the rest is due again at once").isEqualTo(2);
    }

    @Test
    void unread_notifications_are_alerted_once_after_the_delay_each_user_chose() {
        mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(Map.of(), Optional.of(Duration.ofHours(1))));
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        int eventEmails = outbox.rows.size();

        now = now.plus(Duration.ofMinutes(59));
        assertThat(jobs.alertUnread()).isZero();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(jobs.alertUnread()).isEqualTo(1);
        now = now.plus(Duration.ofHours(5));
        assertThat(jobs.alertUnread()).isZero();

        assertThat(outbox.rows).hasSize(eventEmails + 1);
        InMemoryMailOutbox.Row alert = outbox.rows.get(outbox.rows.size() - 1);
        assertThat(alert.mail.to().value()).isEqualTo("emilie@exemple.fr");
        assertThat(alert.mail.subject()).isEqualTo("Une notification non lue sur Passerelle");
        assertThat(alert.mail.body()).contains("Dossier 100000042 accordé", "https://passerelle.example/notifications");
    }

    @Test
    void a_read_notification_is_not_alerted() {
        mine.updatePreferences(manager, new MyNotifications.PreferencesUpdate(Map.of(), Optional.of(Duration.ofMinutes(15))));
        notifier.publish(granted("dossier:1:3", Optional.empty()));
        mine.markAllRead(manager);

        now = now.plus(Duration.ofHours(1));
        assertThat(jobs.alertUnread()).isZero();
    }

    @Test
    void documents_due_within_three_days_are_reminded_once_to_those_who_can_upload_them() {
        DocumentsDue.Request dueIn3Days = new DocumentsDue.Request(new DossierId(UUID.randomUUID()), DOSSIER, LYON,
                LocalDate.of(2026, 3, 13), Instant.parse("2026-03-01T10:00:00Z"));
        DocumentsDue.Request dueIn4Days = new DocumentsDue.Request(new DossierId(UUID.randomUUID()), DossierNumber.of("100000043"),
                LYON, LocalDate.of(2026, 3, 14), Instant.parse("2026-03-01T10:00:00Z"));
        awaiting.addAll(List.of(dueIn3Days, dueIn4Days));

        assertThat(jobs.remindDocumentsDue()).isEqualTo(1);
        assertThat(jobs.remindDocumentsDue()).isZero();

        assertThat(mine.list(manager, false, PageRequest.first(10)).items()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationEventType.DOCUMENTS_DUE_SOON);
            assertThat(n.title()).isEqualTo("Pièces attendues avant le 13/03/2026 : dossier 100000042");
            assertThat(n.target()).isEqualTo(NotificationTarget.dossier(DOSSIER));
        });
        assertThat(mine.unreadCount(colleague)).as("a reader cannot upload").isZero();
    }
}
