package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.later;
import static fr.passerelle.domain.testing.TestData.staff;
import static fr.passerelle.domain.testing.TestData.userId;

/** An establishment, a newcomer's account id, the people around, and a way to bring the account to any state. */
final class AccountWorld {

    static final Email LOGIN = Email.of("lea.martin@acme.fr");
    static final PersonName NAME = PersonName.of("Martin", "Léa");
    static final PhoneNumber PHONE = PhoneNumber.of("06 12 34 56 78");

    final EstablishmentId establishment = establishmentId();
    final UserId accountId = userId();
    final Actor self = Actor.employer(accountId, Map.of());
    final Actor staff = staff();
    final Actor admin = Actor.employer(userId(), Map.of(establishment, Set.of(Right.ADMIN)));
    final Actor otherAdmin = Actor.employer(userId(), Map.of(establishmentId(), Set.of(Right.ADMIN)));
    final Actor manager = Actor.employer(userId(), Map.of(establishment, Set.of(Right.MANAGE_DOSSIERS, Right.MANAGE_COMPANY)));
    final Actor platform = Actor.system();
    final Actor partner = Actor.partner(userId());
    private int clock;

    List<Actor> everyone() {
        return List.of(self, staff, admin, otherAdmin, manager, platform, partner);
    }

    Instant tick() {
        return later(++clock);
    }

    List<RequestedEstablishment> requested(Set<Email> contacts) {
        return List.of(new RequestedEstablishment(establishment, contacts, true));
    }

    UserAccount registered() {
        return UserAccount.register(accountId, LOGIN, NAME, PHONE, Set.of(establishment), tick());
    }

    UserAccount accountIn(UserAccountStatus status) {
        UserAccount account = switch (status) {
            case PENDING_VERIFICATION -> registered();
            case PENDING_APPROVAL, REJECTED -> {
                UserAccount registered = registered();
                registered.verifyEmail(self, tick(), requested(Set.of()));
                yield registered;
            }
            case ACTIVE, SUSPENDED, CLOSED -> UserAccount.invite(accountId, LOGIN, NAME,
                    Map.of(establishment, Set.of(Right.VIEW_DOSSIERS, Right.ADMIN)), staff, tick());
        };
        switch (status) {
            case REJECTED -> account.reject(staff, tick(), "Inconnu de l’entreprise");
            case SUSPENDED -> account.suspend(staff, tick(), "Départ en congé");
            case CLOSED -> account.close(staff, tick(), "Départ de l’entreprise");
            default -> { }
        }
        return account;
    }

    void perform(UserAccount account, UserAccountAction action, Actor actor) {
        Instant at = tick();
        switch (action) {
            case VERIFY_EMAIL -> account.verifyEmail(actor, at, requested(Set.of()));
            case APPROVE -> account.approve(actor, at, Map.of(establishment, Set.of(Right.VIEW_DOSSIERS)));
            case REJECT -> account.reject(actor, at, "Inconnu de l’entreprise");
            case SUSPEND -> account.suspend(actor, at, "Départ en congé");
            case REACTIVATE -> account.reactivate(actor, at);
            case CLOSE -> account.close(actor, at, "Départ de l’entreprise");
            case CHANGE_CONTACT_EMAIL -> account.changeContactEmail(actor, at, Email.of("lea@perso.fr"));
            case CHOOSE_PREFERRED_ESTABLISHMENT -> account.choosePreferredEstablishment(actor, at, establishment);
            case CONFIRM_PASSWORD_SET -> account.confirmPasswordSet(actor, at);
            case CHANGE_RIGHTS -> account.changeRights(actor, at, establishment, Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS));
            case CHANGE_PHONE -> account.changePhone(actor, at, Optional.of(PhoneNumber.of("04 72 00 00 00")));
            case GIVE_UP_ADMIN -> account.giveUpAdmin(actor, at, establishment);
        }
    }
}
