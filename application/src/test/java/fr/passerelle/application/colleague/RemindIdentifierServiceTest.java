package fr.passerelle.application.colleague;

import fr.passerelle.application.account.AccountMails.IdentifierReminder;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.colleague.ColleagueCommands.WithReason;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.reminder.IdentifierReminderRequest;
import fr.passerelle.application.reminder.RemindIdentifier;
import fr.passerelle.application.reminder.RemindIdentifierService;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.Siret;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RemindIdentifierServiceTest {

    private final ColleagueWorld world = new ColleagueWorld();
    private final List<IdentifierReminder> sent = new ArrayList<>();
    private final RemindIdentifier remind = new RemindIdentifierService(world.establishments, world.accounts, world.accounts, sent::add);

    @Test
    void the_login_goes_to_the_contact_address_on_file_of_the_matching_active_account() {
        remind.remind(new IdentifierReminderRequest(world.lyon.siret(), "DURAND", Optional.of("émilie")));

        assertThat(sent).singleElement().satisfies(reminder -> {
            assertThat(reminder.to()).isEqualTo(Email.of("emilie@demo.fr"));
            assertThat(reminder.login()).isEqualTo(Email.of("emilie@demo.fr"));
            assertThat(reminder.establishmentName()).isEqualTo("Démo Lyon");
        });
    }

    @Test
    void an_unknown_siret_a_wrong_name_or_another_establishment_send_nothing() {
        remind.remind(new IdentifierReminderRequest(Siret.of("81234567600009"), "Durand", Optional.empty()));
        remind.remind(new IdentifierReminderRequest(world.lyon.siret(), "Dupont", Optional.empty()));
        remind.remind(new IdentifierReminderRequest(world.nantes.siret(), "Durand", Optional.empty()));
        remind.remind(new IdentifierReminderRequest(world.lyon.siret(), "Durand", Optional.of("Marc")));

        assertThat(sent).isEmpty();
    }

    @Test
    void a_suspended_account_gets_no_reminder() {
        world.person("lea@demo.fr", "Martin", "Léa", Role.EMPLOYER, Map.of(world.lyon.id(), Set.of(Right.VIEW_DOSSIERS)));
        world.manage.suspend(world.admin, new WithReason(AccountRef.of(world.accounts.findByLogin(Email.of("lea@demo.fr"))
                .orElseThrow().snapshot().id()), "Congé"));

        remind.remind(new IdentifierReminderRequest(world.lyon.siret(), "Martin", Optional.empty()));

        assertThat(sent).isEmpty();
    }
}
