package fr.passerelle.application.colleague;

import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.colleague.ColleagueCommands.ChangeRights;
import fr.passerelle.application.colleague.ColleagueCommands.GiveUpAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.HandOverAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.Invite;
import fr.passerelle.application.colleague.ColleagueCommands.InviteForTrainingBody;
import fr.passerelle.application.colleague.ColleagueCommands.InviteInImageOf;
import fr.passerelle.application.colleague.ColleagueCommands.WithReason;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ManageColleaguesServiceTest {

    private final ColleagueWorld world = new ColleagueWorld();

    private Invitation invite(Caller by, String email, Map<fr.passerelle.domain.shared.EstablishmentId, Set<Right>> links) {
        return world.manage.invite(by, new Invite(Email.of(email), PersonName.of("Martin", "Léa"), links));
    }

    private Invitation inviteViewer(String email) {
        return invite(world.admin, email, Map.of(world.lyon.id(), Set.of(Right.VIEW_DOSSIERS)));
    }

    private static AccountRef ref(Invitation invitation) {
        return AccountRef.of(invitation.colleague().account().snapshot().id());
    }

    private static void assertRefused(String code, ThrowingCallable command) {
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
    }

    @Test
    void an_admin_invites_a_colleague_who_exists_in_both_places_active_and_must_set_a_password() {
        Invitation invitation = inviteViewer(" Lea.Martin@Demo.fr ");

        StoredAccount stored = invitation.colleague().account();
        assertThat(stored.snapshot().status()).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(stored.snapshot().login()).isEqualTo(Email.of("lea.martin@demo.fr"));
        assertThat(stored.snapshot().passwordSetupPending()).isTrue();
        assertThat(stored.snapshot().invitedBy()).contains(world.idOf(world.admin));
        assertThat(invitation.colleague().links()).singleElement()
                .satisfies(link -> assertThat(link.name()).isEqualTo("Démo Lyon"))
                .satisfies(link -> assertThat(link.rights()).containsExactly(Right.VIEW_DOSSIERS));
        assertThat(invitation.emailSent()).isTrue();
        assertThat(world.identityProvider.subjectOf(Email.of("lea.martin@demo.fr"))).contains(stored.subject());
        assertThat(world.identityProvider.roleOf(stored.subject())).contains(Role.EMPLOYER);
        assertThat(invitation.colleague().allowedActions()).contains(UserAccountAction.SUSPEND, UserAccountAction.CHANGE_RIGHTS);
    }

    @Test
    void an_invitation_whose_email_could_not_be_sent_stands_and_says_so() {
        world.identityProvider.loseMailServer();

        assertThat(inviteViewer("lea@demo.fr").emailSent()).isFalse();
    }

    @Test
    void nobody_invites_on_an_establishment_they_do_not_administer_and_nothing_is_created() {
        int users = world.identityProvider.users();

        assertThatThrownBy(() -> invite(world.otherCompanyAdmin, "lea@demo.fr", Map.of(world.lyon.id(), Set.of(Right.VIEW_DOSSIERS))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invite(world.admin, "lea@demo.fr", Map.of(world.nantes.id(), Set.of(Right.VIEW_DOSSIERS))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.identityProvider.users()).isEqualTo(users);
    }

    @Test
    void an_invitation_needs_some_right_somewhere() {
        assertRefused("RIGHTS_REQUIRED", () -> invite(world.admin, "lea@demo.fr", Map.of(world.lyon.id(), Set.of())));
    }

    @Test
    void an_email_already_known_is_refused_with_what_to_do_next() {
        assertThatThrownBy(() -> inviteViewer("marc@petit.fr"))
                .isInstanceOf(EmailAlreadyRegisteredException.class)
                .hasMessageContaining("demande de rattachement");

        world.identityProvider.existing(Email.of("console@demo.fr"));
        assertThatThrownBy(() -> inviteViewer("console@demo.fr"))
                .isInstanceOf(EmailAlreadyRegisteredException.class)
                .hasMessageContaining("existe déjà");
    }

    @Test
    void with_the_identity_provider_down_nothing_is_created_on_either_side() {
        int accounts = world.accounts.all().size();
        world.identityProvider.goDown();

        assertThatThrownBy(() -> inviteViewer("lea@demo.fr")).isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(world.accounts.all()).hasSize(accounts);
    }

    @Test
    void when_the_account_cannot_be_stored_the_provider_user_is_deleted_again() {
        int users = world.identityProvider.users();
        world.accounts.failNextAdd(new IllegalStateException("The database is gone"));

        assertThatThrownBy(() -> inviteViewer("lea@demo.fr")).isInstanceOf(IllegalStateException.class);
        assertThat(world.identityProvider.users()).isEqualTo(users);
        assertThat(world.identityProvider.subjectOf(Email.of("lea@demo.fr"))).isEmpty();
    }

    private static final Siret TRAINING_BODY = Siret.of("55208131700034");

    private Invitation inviteForTrainingBody(Caller by, String email) {
        return world.manage.inviteForTrainingBody(by, new InviteForTrainingBody(Email.of(email), PersonName.of("Roux", "Inès"), TRAINING_BODY));
    }

    @Test
    void staff_invite_a_training_body_user_who_then_acts_for_that_training_body_only() {
        Invitation invitation = inviteForTrainingBody(world.staff, "ines@formation.fr");

        StoredAccount stored = invitation.colleague().account();
        assertThat(stored.snapshot().status()).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(stored.snapshot().links()).isEmpty();
        assertThat(stored.snapshot().passwordSetupPending()).isTrue();
        assertThat(invitation.colleague().trainingBody()).contains(TRAINING_BODY);
        assertThat(invitation.emailSent()).isTrue();
        assertThat(world.identityProvider.roleOf(stored.subject())).contains(Role.TRAINING_BODY);
        assertThat(world.queries.view(world.staff, stored.snapshot().id()).trainingBody()).contains(TRAINING_BODY);
        assertThat(world.queries.list(world.staff, new ColleagueSearch(Optional.empty(), List.of("ines"), PageRequest.first(10))).items()).singleElement()
                .satisfies(summary -> assertThat(summary.trainingBody()).contains(TRAINING_BODY));

        Caller invited = new Caller(stored.subject(), "ines@formation.fr", "Inès Roux", Set.of(Role.TRAINING_BODY));
        assertThat(new CallerActors(world.accounts).actorFor(invited))
                .contains(Actor.trainingBody(stored.snapshot().id(), TRAINING_BODY));
    }

    @Test
    void a_company_admin_invites_no_training_body_user_and_nothing_is_created() {
        int users = world.identityProvider.users();
        int accounts = world.accounts.all().size();

        assertRefused("ACCOUNT_ACTION_FORBIDDEN", () -> inviteForTrainingBody(world.admin, "ines@formation.fr"));
        assertThat(world.identityProvider.users()).isEqualTo(users);
        assertThat(world.accounts.all()).hasSize(accounts);
    }

    @Test
    void an_email_already_known_is_refused_for_a_training_body_user_too() {
        assertThatThrownBy(() -> inviteForTrainingBody(world.staff, "marc@petit.fr"))
                .isInstanceOf(EmailAlreadyRegisteredException.class)
                .hasMessageContaining("organisme de formation");
    }

    @Test
    void a_training_body_invitation_creates_nothing_when_either_side_fails() {
        int users = world.identityProvider.users();
        int accounts = world.accounts.all().size();

        world.identityProvider.goDown();
        assertThatThrownBy(() -> inviteForTrainingBody(world.staff, "ines@formation.fr"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        world.identityProvider.comeBack();
        world.accounts.failNextAdd(new IllegalStateException("The database is gone"));
        assertThatThrownBy(() -> inviteForTrainingBody(world.staff, "ines@formation.fr")).isInstanceOf(IllegalStateException.class);

        assertThat(world.identityProvider.users()).isEqualTo(users);
        assertThat(world.identityProvider.subjectOf(Email.of("ines@formation.fr"))).isEmpty();
        assertThat(world.accounts.all()).hasSize(accounts);
    }

    @Test
    void a_colleague_in_the_image_of_another_gets_the_same_links_and_rights() {
        Invitation model = invite(world.admin, "model@demo.fr", Map.of(world.lyon.id(), Set.of(Right.MANAGE_DOSSIERS),
                world.grenoble.id(), Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_INVOICES)));

        Invitation copy = world.manage.inviteInImageOf(world.admin, new InviteInImageOf(Email.of("copy@demo.fr"),
                PersonName.of("Copie", "Camille"), ref(model).id()));

        assertThat(copy.colleague().account().snapshot().links()).isEqualTo(model.colleague().account().snapshot().links());
        assertThatThrownBy(() -> world.manage.inviteInImageOf(world.otherCompanyAdmin, new InviteInImageOf(
                Email.of("spy@petit.fr"), PersonName.of("Espion", "Paul"), ref(model).id())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void suspending_and_closing_disable_the_provider_user_and_reinstating_enables_it() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        String subject = colleague.colleague().account().subject();

        ColleagueView suspended = world.manage.suspend(world.admin, new WithReason(ref(colleague), "Congé parental"));
        assertThat(suspended.account().snapshot().status()).isEqualTo(UserAccountStatus.SUSPENDED);
        assertThat(world.identityProvider.enabled(subject)).contains(false);

        world.manage.reinstate(world.admin, ref(colleague));
        assertThat(world.identityProvider.enabled(subject)).contains(true);

        ColleagueView closed = world.manage.close(world.admin, new WithReason(ref(colleague), "Départ de l’entreprise"));
        assertThat(closed.account().snapshot().status()).isEqualTo(UserAccountStatus.CLOSED);
        assertThat(world.identityProvider.enabled(subject)).contains(false);
        assertThat(closed.account().snapshot().history()).extracting(entry -> entry.reason().orElse(""))
                .contains("Congé parental", "Départ de l’entreprise");
    }

    @Test
    void with_the_identity_provider_down_a_suspension_fails_and_leaves_the_account_as_it_was() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        world.identityProvider.goDown();

        assertThatThrownBy(() -> world.manage.suspend(world.admin, new WithReason(ref(colleague), "Congé")))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        StoredAccount unchanged = world.accounts.find(ref(colleague).id()).orElseThrow();
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.snapshot().status()).isEqualTo(UserAccountStatus.ACTIVE);
    }

    @Test
    void when_the_suspension_cannot_be_stored_the_provider_user_is_enabled_again() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        world.accounts.failNextUpdate();

        assertThatThrownBy(() -> world.manage.suspend(world.admin, new WithReason(ref(colleague), "Congé")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(world.identityProvider.enabled(colleague.colleague().account().subject())).contains(true);
    }

    @Test
    void a_stale_version_changes_nothing() {
        Invitation colleague = inviteViewer("lea@demo.fr");

        assertThatThrownBy(() -> world.manage.suspend(world.admin, new WithReason(ref(colleague).at(7), "Congé")))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(world.accounts.find(ref(colleague).id()).orElseThrow().snapshot().status()).isEqualTo(UserAccountStatus.ACTIVE);
    }

    @Test
    void rights_are_set_per_establishment_and_none_removes_the_link() {
        Invitation colleague = inviteViewer("lea@demo.fr");

        ColleagueView widened = world.manage.changeRights(world.admin, new ChangeRights(ref(colleague), world.grenoble.id(),
                Set.of(Right.MANAGE_DOSSIERS)));
        assertThat(widened.account().snapshot().links()).containsOnlyKeys(world.lyon.id(), world.grenoble.id());

        ColleagueView narrowed = world.manage.changeRights(world.admin, new ChangeRights(ref(colleague), world.lyon.id(), Set.of()));
        assertThat(narrowed.account().snapshot().links()).containsOnlyKeys(world.grenoble.id());
        assertThatThrownBy(() -> world.manage.changeRights(world.admin, new ChangeRights(ref(colleague), world.nantes.id(),
                Set.of(Right.VIEW_DOSSIERS)))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void nobody_grants_themselves_rights_nor_sets_their_own_account_state() {
        AccountRef me = AccountRef.of(world.idOf(world.admin));

        assertRefused("ACCOUNT_ACTION_FORBIDDEN", () -> world.manage.changeRights(world.admin,
                new ChangeRights(me, world.lyon.id(), Set.of(Right.ADMIN, Right.MANAGE_COMPANY))));
        assertRefused("ACCOUNT_ACTION_FORBIDDEN", () -> world.manage.suspend(world.admin, new WithReason(me, "Vacances")));
        assertRefused("ACCOUNT_ACTION_FORBIDDEN", () -> world.manage.close(world.admin, new WithReason(me, "Départ")));
        assertThat(world.accountOf(world.admin).version()).isZero();
    }

    @Test
    void the_last_admin_cannot_give_up_admin_nor_be_suspended_even_by_staff() {
        AccountRef me = AccountRef.of(world.idOf(world.admin));

        assertRefused("LAST_ADMIN", () -> world.manage.giveUpAdmin(world.admin, new GiveUpAdmin(me, world.lyon.id())));
        assertRefused("LAST_ADMIN", () -> world.manage.suspend(world.staff, new WithReason(me, "Départ")));
        assertRefused("LAST_ADMIN", () -> world.manage.changeRights(world.staff, new ChangeRights(me, world.lyon.id(),
                Set.of(Right.VIEW_DOSSIERS))));
        assertThat(world.accountOf(world.admin).snapshot().links().get(world.lyon.id())).contains(Right.ADMIN);
    }

    @Test
    void handing_admin_over_makes_the_colleague_admin_and_the_giver_keeps_their_other_rights() {
        Invitation colleague = inviteViewer("lea@demo.fr");

        ColleagueView receiver = world.manage.handOverAdmin(world.admin, new HandOverAdmin(ref(colleague), world.lyon.id(), false));

        assertThat(receiver.account().snapshot().links().get(world.lyon.id())).containsExactlyInAnyOrder(Right.ADMIN, Right.VIEW_DOSSIERS);
        Set<Right> mine = world.accountOf(world.admin).snapshot().links().get(world.lyon.id());
        assertThat(mine).doesNotContain(Right.ADMIN).contains(Right.MANAGE_DOSSIERS, Right.MANAGE_COMPANY);
        assertThat(world.accountOf(world.admin).snapshot().links().get(world.grenoble.id())).contains(Right.ADMIN);
    }

    @Test
    void an_admin_who_keeps_admin_while_handing_it_over_makes_a_second_admin_who_may_then_leave_it() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        world.manage.handOverAdmin(world.admin, new HandOverAdmin(ref(colleague), world.lyon.id(), true));

        ColleagueView me = world.manage.giveUpAdmin(world.admin, new GiveUpAdmin(AccountRef.of(world.idOf(world.admin)), world.lyon.id()));

        assertThat(me.account().snapshot().links().get(world.lyon.id())).doesNotContain(Right.ADMIN);
    }

    @Test
    void another_company_never_sees_my_colleagues_and_staff_see_everyone() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        UserId id = ref(colleague).id();

        assertThatThrownBy(() -> world.queries.view(world.otherCompanyAdmin, id)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> world.manage.suspend(world.otherCompanyAdmin, new WithReason(ref(colleague), "x")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.queries.list(world.otherCompanyAdmin, search(Optional.empty())).items())
                .extracting(ColleagueSummary::login).doesNotContain(Email.of("lea@demo.fr"), Email.of("emilie@demo.fr"));
        assertThatThrownBy(() -> world.queries.list(world.otherCompanyAdmin, search(Optional.of(world.lyon.id()))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.queries.view(world.staff, id).allowedActions()).contains(UserAccountAction.SUSPEND);
        assertThat(world.queries.list(world.staff, search(Optional.empty())).items()).hasSize(world.accounts.all().size());
    }

    @Test
    void an_admin_lists_the_accounts_of_their_establishments_with_those_links_only() {
        inviteViewer("lea@demo.fr");

        List<ColleagueSummary> mine = world.queries.list(world.admin, search(Optional.empty())).items();

        assertThat(mine).extracting(ColleagueSummary::login)
                .containsExactlyInAnyOrder(Email.of("emilie@demo.fr"), Email.of("lea@demo.fr"));
        Caller viewer = new Caller(world.accountOf(world.admin).subject(), "", "", Set.of(Role.EMPLOYER));
        assertThat(world.queries.list(viewer, new ColleagueSearch(Optional.empty(), List.of("martin"), PageRequest.first(10))).items())
                .extracting(ColleagueSummary::login).containsExactly(Email.of("lea@demo.fr"));
    }

    @Test
    void the_users_of_an_establishment_are_read_by_anyone_linked_to_it() {
        Invitation colleague = inviteViewer("lea@demo.fr");
        Caller lea = new Caller(colleague.colleague().account().subject(), "lea@demo.fr", "Léa Martin", Set.of(Role.EMPLOYER));

        assertThat(world.queries.usersOf(lea, world.lyon.id())).extracting(ColleagueSummary::login)
                .containsExactlyInAnyOrder(Email.of("emilie@demo.fr"), Email.of("lea@demo.fr"));
        assertThatThrownBy(() -> world.queries.usersOf(lea, world.grenoble.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> world.queries.usersOf(world.otherCompanyAdmin, world.lyon.id()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static ColleagueSearch search(Optional<fr.passerelle.domain.shared.EstablishmentId> establishment) {
        return new ColleagueSearch(establishment, List.of(), PageRequest.first(50));
    }
}
