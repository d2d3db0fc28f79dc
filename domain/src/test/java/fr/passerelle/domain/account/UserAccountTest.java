package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.PhoneNumber;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.account.UserAccountStatus.ACTIVE;
import static fr.passerelle.domain.account.UserAccountStatus.PENDING_APPROVAL;
import static fr.passerelle.domain.account.UserAccountStatus.PENDING_VERIFICATION;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UserAccountTest {

    private final AccountWorld world = new AccountWorld();

    private static void assertRefused(UserAccount account, String code, ThrowingCallable command) {
        UserAccountSnapshot before = account.snapshot();
        int events = account.pendingEvents().size();
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(account.snapshot()).isEqualTo(before);
        assertThat(account.pendingEvents()).hasSize(events);
    }

    @Test
    void self_registration_waits_for_the_email_to_be_verified() {
        UserAccount account = UserAccount.register(world.accountId, Email.of(" Lea.Martin@ACME.fr "), AccountWorld.NAME,
                AccountWorld.PHONE, Set.of(world.establishment), world.tick());

        assertThat(account.status()).isEqualTo(PENDING_VERIFICATION);
        assertThat(account.login()).isEqualTo(AccountWorld.LOGIN);
        assertThat(account.contactEmail()).isEqualTo(AccountWorld.LOGIN);
        assertThat(account.name()).isEqualTo(AccountWorld.NAME);
        assertThat(account.phone()).contains(AccountWorld.PHONE);
        assertThat(account.requestedEstablishments()).containsExactly(world.establishment);
        assertThat(account.links()).isEmpty();
        assertThat(account.invitedBy()).isEmpty();
        assertThat(account.mustSetPassword()).isFalse();
        assertThat(account.history()).isEmpty();
        assertThat(account.pendingEvents()).hasSize(1);
        assertThat(account.pullEvents()).singleElement().isInstanceOfSatisfying(UserAccountEvent.Registered.class, event -> {
            assertThat(event.accountId()).isEqualTo(world.accountId);
            assertThat(event.login()).isEqualTo(AccountWorld.LOGIN);
            assertThat(event.requestedEstablishments()).containsExactly(world.establishment);
            assertThat(event.by()).isEqualTo(world.accountId);
        });
    }

    @Test
    void a_verified_newcomer_waits_for_staff_unless_the_establishment_knows_the_email() {
        UserAccount account = world.registered();

        account.verifyEmail(world.self, world.tick(), world.requested(Set.of(Email.of("autre@acme.fr"))));

        assertThat(account.status()).isEqualTo(PENDING_APPROVAL);
        assertThat(account.links()).isEmpty();
    }

    @Test
    void a_known_contact_is_approved_automatically_by_the_platform() {
        UserAccount account = world.registered();
        account.pullEvents();

        account.verifyEmail(world.self, world.tick(), world.requested(Set.of(AccountWorld.LOGIN)));

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.links()).isEqualTo(Map.of(world.establishment, AutomaticApprovalPolicy.DEFAULT_RIGHTS));
        assertThat(account.history()).extracting(HistoryEntry::action, HistoryEntry::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UserAccountAction.VERIFY_EMAIL, world.accountId),
                        org.assertj.core.groups.Tuple.tuple(UserAccountAction.APPROVE, Actor.system().id()));
        assertThat(account.history().get(1).reason()).hasValueSatisfying(reason -> assertThat(reason).contains("automatique"));
        assertThat(account.pullEvents()).hasSize(2);
    }

    @Test
    void the_email_is_verified_for_the_establishment_that_was_requested() {
        UserAccount account = world.registered();

        assertRefused(account, "ESTABLISHMENT_MISMATCH", () -> account.verifyEmail(world.self, world.tick(),
                List.of(new RequestedEstablishment(establishmentId(), Set.of(AccountWorld.LOGIN), true))));
        assertRefused(account, "ESTABLISHMENT_MISMATCH", () -> account.verifyEmail(world.self, world.tick(), List.of()));
        assertRefused(account, "ESTABLISHMENT_MISMATCH", () -> account.verifyEmail(world.self, world.tick(),
                List.of(new RequestedEstablishment(world.establishment, Set.of(AccountWorld.LOGIN), true),
                        new RequestedEstablishment(establishmentId(), Set.of(AccountWorld.LOGIN), true))));
    }

    @Test
    void registering_asks_for_at_least_one_establishment_and_may_ask_for_several() {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> UserAccount.register(world.accountId,
                AccountWorld.LOGIN, AccountWorld.NAME, AccountWorld.PHONE, Set.of(), world.tick()));
        assertThat(refusal.code()).isEqualTo("ESTABLISHMENT_REQUIRED");

        EstablishmentId other = establishmentId();
        UserAccount account = UserAccount.register(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, AccountWorld.PHONE,
                Set.of(world.establishment, other), world.tick());
        assertThat(account.requestedEstablishments()).containsExactlyInAnyOrder(world.establishment, other);
    }

    @Test
    void a_contact_of_every_requested_establishment_is_linked_to_all_of_them() {
        EstablishmentId other = establishmentId();
        UserAccount account = UserAccount.register(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, AccountWorld.PHONE,
                Set.of(world.establishment, other), world.tick());

        account.verifyEmail(world.self, world.tick(), List.of(new RequestedEstablishment(world.establishment, Set.of(AccountWorld.LOGIN), true),
                new RequestedEstablishment(other, Set.of(AccountWorld.LOGIN), true)));

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.links()).isEqualTo(Map.of(world.establishment, AutomaticApprovalPolicy.DEFAULT_RIGHTS,
                other, AutomaticApprovalPolicy.DEFAULT_RIGHTS));
    }

    @Test
    void a_contact_of_only_some_requested_establishments_waits_for_staff() {
        EstablishmentId other = establishmentId();
        UserAccount account = UserAccount.register(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, AccountWorld.PHONE,
                Set.of(world.establishment, other), world.tick());

        account.verifyEmail(world.self, world.tick(), List.of(new RequestedEstablishment(world.establishment, Set.of(AccountWorld.LOGIN), true),
                new RequestedEstablishment(other, Set.of(), true)));

        assertThat(account.status()).isEqualTo(PENDING_APPROVAL);
        assertThat(account.links()).isEmpty();
    }

    @Test
    void staff_grant_rights_per_requested_establishment_and_may_leave_some_out() {
        EstablishmentId other = establishmentId();
        UserAccount account = UserAccount.register(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, AccountWorld.PHONE,
                Set.of(world.establishment, other), world.tick());
        account.verifyEmail(world.self, world.tick(), List.of(new RequestedEstablishment(world.establishment, Set.of(), true),
                new RequestedEstablishment(other, Set.of(), true)));

        assertRefused(account, "RIGHTS_REQUIRED", () -> account.approve(world.staff, world.tick(),
                Map.of(world.establishment, Set.of(), other, Set.of())));
        assertRefused(account, "ESTABLISHMENT_NOT_REQUESTED", () -> account.approve(world.staff, world.tick(),
                Map.of(establishmentId(), Set.of(Right.VIEW_DOSSIERS))));
        account.approve(world.staff, world.tick(), Map.of(world.establishment, Set.of(Right.ADMIN), other, Set.of()));

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.links()).isEqualTo(Map.of(world.establishment, Set.of(Right.ADMIN)));
    }

    @Test
    void staff_approve_with_the_rights_the_newcomer_gets() {
        UserAccount account = world.accountIn(PENDING_APPROVAL);

        assertRefused(account, "RIGHTS_REQUIRED", () -> account.approve(world.staff, world.tick(), Map.of()));
        assertRefused(account, "RIGHTS_REQUIRED", () -> account.approve(world.staff, world.tick(), Map.of(world.establishment, Set.of())));
        account.approve(world.staff, world.tick(), Map.of(world.establishment, Set.of(Right.MANAGE_DOSSIERS)));

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.links()).isEqualTo(Map.of(world.establishment, Set.of(Right.MANAGE_DOSSIERS)));
    }

    @Test
    void rejecting_suspending_and_closing_need_a_reason() {
        UserAccount pending = world.accountIn(PENDING_APPROVAL);
        assertRefused(pending, "REASON_REQUIRED", () -> pending.reject(world.staff, world.tick(), " "));

        UserAccount active = world.accountIn(ACTIVE);
        assertRefused(active, "REASON_REQUIRED", () -> active.suspend(world.admin, world.tick(), ""));
        assertRefused(active, "REASON_REQUIRED", () -> active.close(world.admin, world.tick(), null));

        active.suspend(world.admin, world.tick(), "Absence longue");
        assertThat(active.history().get(0).reason()).contains("Absence longue");
    }

    @Test
    void an_admin_cannot_suspend_their_own_account() {
        UserAccount account = UserAccount.invite(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME,
                Map.of(world.establishment, Set.of(Right.ADMIN)), world.staff, world.tick());
        Actor herself = Actor.employer(world.accountId, account.links());

        assertThat(account.allowedActions(herself)).doesNotContain(UserAccountAction.SUSPEND, UserAccountAction.CLOSE);
        assertRefused(account, "ACCOUNT_ACTION_FORBIDDEN", () -> account.suspend(herself, world.tick(), "Test"));
    }

    @Test
    void an_invited_account_is_active_remembers_who_invited_and_must_set_its_password() {
        Map<EstablishmentId, Set<Right>> links = Map.of(world.establishment, Set.of(Right.MANAGE_DOSSIERS),
                establishmentId(), Set.of());

        UserAccount account = UserAccount.invite(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, links, world.admin,
                world.tick());

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.invitedBy()).contains(world.admin.id());
        assertThat(account.mustSetPassword()).isTrue();
        assertThat(account.links()).isEqualTo(Map.of(world.establishment, Set.of(Right.MANAGE_DOSSIERS)));
        assertThat(account.pullEvents()).singleElement().isInstanceOfSatisfying(UserAccountEvent.Invited.class, event -> {
            assertThat(event.links()).isEqualTo(account.links());
            assertThat(event.by()).isEqualTo(world.admin.id());
            assertThat(event.login()).isEqualTo(AccountWorld.LOGIN);
        });
    }

    @Test
    void an_admin_invites_only_onto_establishments_they_administer() {
        for (Actor inviter : new Actor[] {world.otherAdmin, world.manager, world.partner}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserAccount.invite(userId(), AccountWorld.LOGIN,
                            AccountWorld.NAME, Map.of(world.establishment, Set.of(Right.VIEW_DOSSIERS)), inviter, world.tick()))
                    .extracting("code").isEqualTo("NOT_ESTABLISHMENT_ADMIN");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserAccount.invite(userId(), AccountWorld.LOGIN,
                        AccountWorld.NAME, Map.of(), world.admin, world.tick()))
                .extracting("code").isEqualTo("NOT_ESTABLISHMENT_ADMIN");
        assertThat(UserAccount.invite(userId(), AccountWorld.LOGIN, AccountWorld.NAME, Map.of(), world.staff, world.tick())
                .links()).isEmpty();
    }

    @Test
    void only_staff_invite_a_training_body_user_who_gets_no_establishment() {
        for (Actor inviter : new Actor[] {world.admin, world.manager, world.partner}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserAccount.inviteForTrainingBody(userId(), AccountWorld.LOGIN,
                            AccountWorld.NAME, inviter, world.tick()))
                    .extracting("code").isEqualTo("ACCOUNT_ACTION_FORBIDDEN");
        }

        UserAccount account = UserAccount.inviteForTrainingBody(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, world.staff,
                world.tick());

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.links()).isEmpty();
        assertThat(account.invitedBy()).contains(world.staff.id());
        assertThat(account.mustSetPassword()).isTrue();
    }

    @Test
    void a_colleague_in_the_image_of_another_gets_the_same_links() {
        UserAccount model = UserAccount.invite(userId(), Email.of("modele@acme.fr"), AccountWorld.NAME,
                Map.of(world.establishment, Set.of(Right.MANAGE_DOSSIERS, Right.VIEW_REPORTING)), world.staff, world.tick());

        UserAccount copy = UserAccount.inImageOf(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, model, world.admin,
                world.tick());

        assertThat(copy.links()).isEqualTo(model.links());
        assertThat(copy.login()).isEqualTo(AccountWorld.LOGIN);
        assertThat(copy.invitedBy()).contains(world.admin.id());
    }

    @Test
    void the_password_is_set_once() {
        UserAccount account = world.accountIn(ACTIVE);

        account.confirmPasswordSet(world.self, world.tick());

        assertThat(account.mustSetPassword()).isFalse();
        assertThat(account.allowedActions(world.self)).doesNotContain(UserAccountAction.CONFIRM_PASSWORD_SET);
        assertRefused(account, "PASSWORD_ALREADY_SET", () -> account.confirmPasswordSet(world.self, world.tick()));
    }

    @Test
    void the_preferred_establishment_is_one_the_account_is_linked_to() {
        UserAccount account = world.accountIn(ACTIVE);

        assertRefused(account, "ESTABLISHMENT_NOT_LINKED",
                () -> account.choosePreferredEstablishment(world.self, world.tick(), establishmentId()));
        account.choosePreferredEstablishment(world.self, world.tick(), world.establishment);

        assertThat(account.preferredEstablishment()).contains(world.establishment);
    }

    @Test
    void without_any_link_there_is_no_establishment_to_prefer() {
        UserAccount account = UserAccount.invite(world.accountId, AccountWorld.LOGIN, AccountWorld.NAME, Map.of(), world.staff,
                world.tick());

        assertThat(account.allowedActions(world.self)).containsExactlyInAnyOrder(UserAccountAction.CHANGE_CONTACT_EMAIL,
                UserAccountAction.CHANGE_PHONE, UserAccountAction.CONFIRM_PASSWORD_SET);
    }

    @Test
    void giving_up_admin_keeps_every_other_right_and_is_only_offered_to_an_admin() {
        UserAccount account = world.accountIn(ACTIVE);
        EstablishmentId elsewhere = establishmentId();
        account.changeRights(world.staff, world.tick(), elsewhere, Set.of(Right.VIEW_DOSSIERS));

        assertRefused(account, "NOT_ESTABLISHMENT_ADMIN", () -> account.giveUpAdmin(world.self, world.tick(), elsewhere));
        account.giveUpAdmin(world.self, world.tick(), world.establishment);

        assertThat(account.links().get(world.establishment)).containsExactlyInAnyOrder(Right.VIEW_DOSSIERS,
                Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES, Right.MANAGE_EMPLOYEES, Right.VIEW_REPORTING, Right.MANAGE_COMPANY);
        assertThat(account.administers(world.establishment)).isFalse();
        assertThat(account.allowedActions(world.self)).doesNotContain(UserAccountAction.GIVE_UP_ADMIN);
    }

    @Test
    void only_an_active_account_administers() {
        UserAccount account = world.accountIn(ACTIVE);

        assertThat(account.administers(world.establishment)).isTrue();
        assertThat(account.administers(establishmentId())).isFalse();
        account.suspend(world.staff, world.tick(), "Congé");
        assertThat(account.administers(world.establishment)).isFalse();
    }

    @Test
    void the_phone_may_be_set_and_removed() {
        UserAccount account = world.accountIn(ACTIVE);

        account.changePhone(world.self, world.tick(), Optional.of(PhoneNumber.of(" +33 4 72 00 00 00 ")));
        assertThat(account.phone()).contains(PhoneNumber.of("+33 4 72 00 00 00"));
        assertThat(account.snapshot().phone()).isEqualTo(account.phone());
        account.changePhone(world.self, world.tick(), Optional.empty());
        assertThat(account.phone()).isEmpty();
    }

    @Test
    void rights_are_changed_by_an_admin_of_that_establishment_and_removing_them_all_unlinks() {
        UserAccount account = world.accountIn(ACTIVE);
        account.choosePreferredEstablishment(world.self, world.tick(), world.establishment);
        EstablishmentId elsewhere = establishmentId();

        assertRefused(account, "NOT_ESTABLISHMENT_ADMIN",
                () -> account.changeRights(world.admin, world.tick(), elsewhere, Set.of(Right.VIEW_DOSSIERS)));
        account.changeRights(world.staff, world.tick(), elsewhere, Set.of(Right.VIEW_DOSSIERS));
        assertThat(account.preferredEstablishment()).contains(world.establishment);
        account.changeRights(world.admin, world.tick(), world.establishment, Set.of());

        assertThat(account.links()).isEqualTo(Map.of(elsewhere, Set.of(Right.VIEW_DOSSIERS)));
        assertThat(account.preferredEstablishment()).isEmpty();
    }

    @Test
    void unlinking_another_establishment_keeps_the_preferred_one() {
        UserAccount account = world.accountIn(ACTIVE);
        EstablishmentId elsewhere = establishmentId();
        account.changeRights(world.staff, world.tick(), elsewhere, Set.of(Right.VIEW_DOSSIERS));
        account.choosePreferredEstablishment(world.self, world.tick(), world.establishment);

        account.changeRights(world.staff, world.tick(), elsewhere, Set.of());

        assertThat(account.preferredEstablishment()).contains(world.establishment);
    }

    @Test
    void the_contact_email_changes_the_login_never_does() {
        UserAccount account = world.accountIn(ACTIVE);

        account.changeContactEmail(world.self, world.tick(), Email.of("Lea@Perso.fr"));

        assertThat(account.contactEmail()).isEqualTo(Email.of("lea@perso.fr"));
        assertThat(account.login()).isEqualTo(AccountWorld.LOGIN);
        assertThat(account.matchesLogin(AccountWorld.LOGIN)).isTrue();
        assertThat(account.matchesLogin(Email.of("lea@perso.fr"))).isFalse();
    }

    @Test
    void a_stored_account_comes_back_identical() {
        UserAccount account = world.accountIn(UserAccountStatus.SUSPENDED);

        UserAccount restored = UserAccount.restore(account.snapshot());

        assertThat(restored.snapshot()).isEqualTo(account.snapshot());
        assertThat(restored.id()).isEqualTo(world.accountId);
        assertThat(restored.pendingEvents()).isEmpty();
        assertThat(restored.snapshot().createdAt()).isNotNull();
        assertThat(restored.snapshot().requestedEstablishments()).isEmpty();
        assertThat(restored.phone()).isEqualTo(Optional.empty());
    }
}
