package fr.passerelle.application.profile;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ViewMyProfileServiceTest {

    private final Map<String, AccountAccess> accountsBySubject = new HashMap<>();
    private final ViewMyProfile viewMyProfile = new ViewMyProfileService(subject -> Optional.ofNullable(accountsBySubject.get(subject)));

    @Test
    void a_linked_user_sees_their_establishments_and_preference() {
        UUID establishment = UUID.randomUUID();
        accountsBySubject.put("sub-1", new AccountAccess(
                List.of(new EstablishmentAccess(establishment, "73282932000074", "Démo Industrie Lyon", false, Set.of(Right.ADMIN))),
                Optional.of(establishment), Optional.of(new AccountStanding(UserAccountStatus.ACTIVE, Optional.empty()))));

        MyProfile profile = viewMyProfile.view(new Caller("sub-1", "emilie@demo.fr", "Émilie Durand", Set.of(Role.EMPLOYER)));

        assertThat(profile.access().establishments()).extracting(EstablishmentAccess::name).containsExactly("Démo Industrie Lyon");
        assertThat(profile.access().preferredEstablishmentId()).contains(establishment);
        assertThat(profile.caller().displayName()).isEqualTo("Émilie Durand");
        assertThat(profile.access().standing()).map(AccountStanding::status).contains(UserAccountStatus.ACTIVE);
    }

    @Test
    void a_caller_without_an_account_reaches_no_establishment() {
        MyProfile profile = viewMyProfile.view(new Caller("partner-client", null, null, Set.of(Role.PARTNER)));

        assertThat(profile.access()).isEqualTo(AccountAccess.NONE);
    }

    @Test
    void the_caller_email_is_trimmed_and_lower_cased() {
        Caller caller = new Caller("sub-2", "  Emilie.Durand@Demo.FR ", " ", Set.of(Role.EMPLOYER));

        assertThat(caller.email()).isEqualTo("emilie.durand@demo.fr");
        assertThat(caller.displayName()).isEqualTo("emilie.durand@demo.fr");
    }
}
