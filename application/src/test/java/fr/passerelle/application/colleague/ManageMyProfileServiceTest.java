package fr.passerelle.application.colleague;

import fr.passerelle.application.profile.ManageMyProfile;
import fr.passerelle.application.profile.ManageMyProfileService;
import fr.passerelle.application.profile.MyAccount;
import fr.passerelle.application.profile.ProfileUpdate;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Mon profil", over the same in-memory accounts as the colleague use cases. */
class ManageMyProfileServiceTest {

    private final ColleagueWorld world = new ColleagueWorld();
    private final ManageMyProfile profile = new ManageMyProfileService(world.accounts, world.accounts, world.accounts, () -> world.now);

    @Test
    void the_profile_shows_the_login_the_contact_details_and_my_establishments_with_my_rights() {
        MyAccount mine = profile.view(world.admin);

        assertThat(mine.account().snapshot().login()).isEqualTo(Email.of("emilie@demo.fr"));
        assertThat(mine.access().establishments()).extracting(establishment -> establishment.name())
                .containsExactlyInAnyOrder("Démo Lyon", "Démo Grenoble");
    }

    @Test
    void contact_email_phone_and_preferred_establishment_change_and_the_login_does_not() {
        MyAccount changed = profile.update(world.admin, new ProfileUpdate(Optional.of(0L), Email.of("emilie.perso@demo.fr"),
                Optional.of(PhoneNumber.of("04 72 00 00 00")), Optional.of(world.grenoble.id())));

        assertThat(changed.account().snapshot().contactEmail()).isEqualTo(Email.of("emilie.perso@demo.fr"));
        assertThat(changed.account().snapshot().login()).isEqualTo(Email.of("emilie@demo.fr"));
        assertThat(changed.account().snapshot().phone()).contains(PhoneNumber.of("04 72 00 00 00"));
        assertThat(changed.account().snapshot().preferredEstablishment()).contains(world.grenoble.id());
        assertThat(changed.account().version()).isEqualTo(1);
        assertThat(changed.account().snapshot().history()).extracting(entry -> entry.action()).containsExactly(
                UserAccountAction.CHANGE_CONTACT_EMAIL, UserAccountAction.CHANGE_PHONE, UserAccountAction.CHOOSE_PREFERRED_ESTABLISHMENT);
    }

    @Test
    void an_unchanged_profile_is_not_stored_again_and_a_stale_one_is_refused() {
        MyAccount same = profile.update(world.admin, new ProfileUpdate(Optional.empty(), Email.of("emilie@demo.fr"),
                Optional.empty(), Optional.empty()));

        assertThat(same.account().version()).isZero();
        assertThatThrownBy(() -> profile.update(world.admin, new ProfileUpdate(Optional.of(3L), Email.of("x@demo.fr"),
                Optional.empty(), Optional.empty()))).isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void only_an_establishment_of_mine_may_be_preferred() {
        assertThatThrownBy(() -> profile.update(world.admin, new ProfileUpdate(Optional.empty(), Email.of("emilie@demo.fr"),
                Optional.empty(), Optional.of(world.nantes.id()))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.code()).isEqualTo("ESTABLISHMENT_NOT_LINKED"));
    }
}
