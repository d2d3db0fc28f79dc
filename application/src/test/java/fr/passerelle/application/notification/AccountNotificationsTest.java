package fr.passerelle.application.notification;

import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the change notifier makes of staff's decisions on an account request. */
class AccountNotificationsTest {

    private final List<Notice> notices = new ArrayList<>();
    private final ChangeNotifier notifier = new ChangeNotifier(notices::add, new InMemoryEstablishments());
    private final UserId holder = new UserId(UUID.randomUUID());
    private final UserId staff = new UserId(UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-20T08:00:00Z");

    private UserAccountSnapshot account(UserAccountStatus status, List<HistoryEntry<UserAccountStatus, UserAccountAction>> history) {
        return new UserAccountSnapshot(holder, Email.of("paul@exemple.fr"), Email.of("paul@exemple.fr"), PersonName.of("Martin", "Paul"),
                Optional.empty(), status, Map.of(), Set.of(), Optional.empty(), Optional.empty(), false, at, history);
    }

    private final HistoryEntry<UserAccountStatus, UserAccountAction> verified = new HistoryEntry<>(UserAccountAction.VERIFY_EMAIL,
            UserAccountStatus.PENDING_VERIFICATION, UserAccountStatus.PENDING_APPROVAL, holder, at, Optional.empty());

    @Test
    void an_approval_is_told_to_the_account_holder() {
        notifier.accountChanged(account(UserAccountStatus.PENDING_APPROVAL, List.of(verified)),
                account(UserAccountStatus.ACTIVE, List.of(verified, new HistoryEntry<>(UserAccountAction.APPROVE,
                        UserAccountStatus.PENDING_APPROVAL, UserAccountStatus.ACTIVE, staff, at, Optional.empty()))));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.type()).isEqualTo(NotificationEventType.ACCOUNT_DECIDED);
            assertThat(notice.audience()).isEqualTo(Audience.account(holder));
            assertThat(notice.title()).isEqualTo("Votre compte Passerelle est validé");
            assertThat(notice.target()).isEqualTo(NotificationTarget.account(holder));
            assertThat(notice.eventKey()).isEqualTo("account:" + holder.value() + ":1");
            assertThat(notice.causedBy()).contains(staff);
        });
    }

    @Test
    void a_rejection_carries_its_reason_and_other_changes_are_not_told() {
        notifier.accountChanged(account(UserAccountStatus.PENDING_VERIFICATION, List.of()),
                account(UserAccountStatus.REJECTED, List.of(verified, new HistoryEntry<>(UserAccountAction.REJECT,
                        UserAccountStatus.PENDING_APPROVAL, UserAccountStatus.REJECTED, staff, at, Optional.of("Inconnu de l’établissement")))));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Votre demande de compte Passerelle est refusée");
            assertThat(notice.text()).endsWith("Motif : Inconnu de l’établissement");
        });
    }
}
