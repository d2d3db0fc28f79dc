package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static fr.passerelle.domain.testing.TestData.OTHER_COMPANY_SIRET;
import static fr.passerelle.domain.testing.TestData.TRAINING_BODY_SIRET;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountPoliciesTest {

    private static final Email LOGIN = Email.of("lea@acme.fr");

    @Test
    void automatic_approval_applies_when_the_open_establishment_lists_the_login_among_its_contacts() {
        EstablishmentId id = establishmentId();

        assertThat(AutomaticApprovalPolicy.approves(LOGIN, new RequestedEstablishment(id, Set.of(LOGIN), true))).isTrue();
        assertThat(AutomaticApprovalPolicy.approves(LOGIN, new RequestedEstablishment(id, Set.of(Email.of("LEA@acme.fr")), true)))
                .isTrue();
    }

    @Test
    void automatic_approval_does_not_apply_to_strangers_or_closed_establishments() {
        EstablishmentId id = establishmentId();

        assertThat(AutomaticApprovalPolicy.approves(LOGIN, new RequestedEstablishment(id, Set.of(Email.of("rh@acme.fr")), true)))
                .isFalse();
        assertThat(AutomaticApprovalPolicy.approves(LOGIN, new RequestedEstablishment(id, Set.of(LOGIN), false))).isFalse();
    }

    @Test
    void a_request_for_several_establishments_is_approved_automatically_only_if_each_lists_the_login() {
        RequestedEstablishment knows = new RequestedEstablishment(establishmentId(), Set.of(LOGIN), true);
        RequestedEstablishment knowsToo = new RequestedEstablishment(establishmentId(), Set.of(LOGIN, Email.of("rh@acme.fr")), true);
        RequestedEstablishment stranger = new RequestedEstablishment(establishmentId(), Set.of(Email.of("rh@acme.fr")), true);

        assertThat(AutomaticApprovalPolicy.approves(LOGIN, java.util.List.of(knows, knowsToo))).isTrue();
        assertThat(AutomaticApprovalPolicy.approves(LOGIN, java.util.List.of(knows, stranger))).isFalse();
        assertThat(AutomaticApprovalPolicy.approves(LOGIN, java.util.List.of(stranger, knows))).isFalse();
        assertThat(AutomaticApprovalPolicy.approves(LOGIN, java.util.List.of())).isFalse();
    }

    @Test
    void automatically_approved_contacts_may_handle_dossiers_and_invoices_but_not_administer() {
        assertThat(AutomaticApprovalPolicy.DEFAULT_RIGHTS)
                .containsExactlyInAnyOrder(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES);
    }

    @Test
    void the_login_email_is_immutable() {
        UserAccount account = UserAccount.register(userId(), LOGIN, fr.passerelle.domain.shared.PersonName.of("Martin", "Léa"),
                fr.passerelle.domain.shared.PhoneNumber.of("0612345678"), Set.of(establishmentId()), java.time.Instant.EPOCH);

        assertThatCode(() -> LoginEmailIsImmutable.check(account, Email.of(" LEA@acme.fr"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LoginEmailIsImmutable.check(account, Email.of("lea.martin@acme.fr")))
                .hasMessageContaining("lea@acme.fr")
                .extracting("code").isEqualTo("LOGIN_EMAIL_IMMUTABLE");
    }

    @Test
    void an_actor_holds_rights_only_as_an_employer_and_admin_holds_them_all() {
        EstablishmentId here = establishmentId();
        EstablishmentId there = establishmentId();
        Actor admin = Actor.employer(userId(), Map.of(here, Set.of(Right.ADMIN)));
        Actor viewer = Actor.employer(userId(), Map.of(here, Set.of(Right.VIEW_DOSSIERS)));

        assertThat(admin.hasRight(here, Right.MANAGE_INVOICES)).isTrue();
        assertThat(admin.isAdminOf(here)).isTrue();
        assertThat(admin.hasRight(there, Right.VIEW_DOSSIERS)).isFalse();
        assertThat(viewer.hasRight(here, Right.VIEW_DOSSIERS)).isTrue();
        assertThat(viewer.hasRight(here, Right.MANAGE_DOSSIERS)).isFalse();
        assertThat(viewer.isAdminOf(here)).isFalse();
        Actor staffWithRights = new Actor(userId(), ActorKind.STAFF, Map.of(here, Set.of(Right.ADMIN)), java.util.Optional.empty());
        assertThat(staffWithRights.hasRight(here, Right.VIEW_DOSSIERS)).isFalse();
    }

    @Test
    void an_actor_speaks_for_its_own_training_body_only() {
        Actor trainer = Actor.trainingBody(userId(), TRAINING_BODY_SIRET);
        Actor impostor = new Actor(userId(), ActorKind.EMPLOYER, Map.of(), java.util.Optional.of(TRAINING_BODY_SIRET));

        assertThat(trainer.speaksFor(TRAINING_BODY_SIRET)).isTrue();
        assertThat(trainer.speaksFor(OTHER_COMPANY_SIRET)).isFalse();
        assertThat(impostor.speaksFor(TRAINING_BODY_SIRET)).isFalse();
        assertThat(Actor.staff(userId()).speaksFor(TRAINING_BODY_SIRET)).isFalse();
    }

    @Test
    void actors_say_what_kind_they_are() {
        assertThat(Actor.staff(userId()).is(ActorKind.STAFF)).isTrue();
        assertThat(Actor.staff(userId()).is(ActorKind.EMPLOYER)).isFalse();
        assertThat(Actor.partner(userId()).kind()).isEqualTo(ActorKind.PARTNER);
        assertThat(Actor.system().kind()).isEqualTo(ActorKind.SYSTEM);
        assertThat(Actor.system().id()).isEqualTo(fr.passerelle.domain.shared.UserId.SYSTEM);
        assertThat(Actor.trainingBody(userId(), TRAINING_BODY_SIRET).trainingBody()).contains(TRAINING_BODY_SIRET);
        assertThat(Actor.employer(userId(), Map.of(establishmentId(), Set.of(Right.ADMIN))).rights()).hasSize(1);
    }
}
