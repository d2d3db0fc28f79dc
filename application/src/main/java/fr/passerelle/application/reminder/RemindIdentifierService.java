package fr.passerelle.application.reminder;

import fr.passerelle.application.account.AccountMails;
import fr.passerelle.application.account.AccountMails.IdentifierReminder;
import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.colleague.Colleagues;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.establishment.Establishment;

import java.util.Objects;

/**
 * Only active accounts linked to the establishment, under that name, get a reminder, and only at the contact address
 * Passerelle has on file: whoever fills the form learns nothing and receives nothing.
 */
public final class RemindIdentifierService implements RemindIdentifier {

    private final Establishments establishments;
    private final Colleagues colleagues;
    private final Accounts accounts;
    private final AccountMails mails;

    public RemindIdentifierService(Establishments establishments, Colleagues colleagues, Accounts accounts, AccountMails mails) {
        this.establishments = Objects.requireNonNull(establishments);
        this.colleagues = Objects.requireNonNull(colleagues);
        this.accounts = Objects.requireNonNull(accounts);
        this.mails = Objects.requireNonNull(mails);
    }

    @Override
    public void remind(IdentifierReminderRequest request) {
        establishments.findBySiret(request.siret()).ifPresent(establishment -> remindAt(establishment, request));
    }

    private void remindAt(Establishment establishment, IdentifierReminderRequest request) {
        colleagues.activeNamed(establishment.id(), request.lastName(), request.firstName()).stream()
                .flatMap(id -> accounts.find(id).stream())
                .map(stored -> stored.snapshot())
                .filter(account -> account.status() == UserAccountStatus.ACTIVE)
                .forEach(account -> mails.sendIdentifierReminder(reminderFor(account, establishment)));
    }

    private static IdentifierReminder reminderFor(UserAccountSnapshot account, Establishment establishment) {
        return new IdentifierReminder(account.contactEmail(), account.login(), account.name(), establishment.name());
    }
}
