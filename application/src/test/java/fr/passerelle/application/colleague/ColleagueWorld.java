package fr.passerelle.application.colleague;

import fr.passerelle.application.account.InMemoryAccounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.InMemoryIdentityProvider;
import fr.passerelle.application.identity.Role;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Two companies: "Lyon" and "Grenoble" administered by Émilie, "Nantes" by Marc; a staff member; the ports in memory.
 * Each person is stored with the subject their tokens would carry.
 */
final class ColleagueWorld {

    final Establishment lyon = establishment("73282932000074", "Démo Lyon");
    final Establishment grenoble = establishment("41234567000019", "Démo Grenoble");
    final Establishment nantes = establishment("55208131700034", "Atelier Nantes");
    final InMemoryEstablishments establishments = new InMemoryEstablishments(lyon, grenoble, nantes);
    final InMemoryAccounts accounts = new InMemoryAccounts(id -> establishments.find(id).orElseThrow().name());
    final InMemoryIdentityProvider identityProvider = new InMemoryIdentityProvider();
    final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    final Caller admin = person("emilie@demo.fr", "Durand", "Émilie", Role.EMPLOYER,
            Map.of(lyon.id(), Set.of(Right.ADMIN), grenoble.id(), Set.of(Right.ADMIN)));
    final Caller otherCompanyAdmin = person("marc@petit.fr", "Petit", "Marc", Role.EMPLOYER, Map.of(nantes.id(), Set.of(Right.ADMIN)));
    final Caller staff = person("gestionnaire@opco.fr", "Lefèvre", "Gabriel", Role.OPCO_STAFF, Map.of());

    final ColleagueQueries queries = new ColleagueQueriesService(accounts, accounts, establishments, accounts, () -> now);
    final ManageColleagues manage = new ManageColleaguesService(accounts, accounts, establishments, accounts, identityProvider, () -> now);

    Caller person(String email, String lastName, String firstName, Role role, Map<EstablishmentId, Set<Right>> links) {
        UserId id = new UserId(UUID.randomUUID());
        UserAccount account = UserAccount.invite(id, Email.of(email), PersonName.of(lastName, firstName), links, Actor.system(), now);
        String subject = identityProvider.existing(Email.of(email));
        accounts.add(account.snapshot(), subject);
        return new Caller(subject, email, firstName + " " + lastName, Set.of(role));
    }

    StoredAccount accountOf(Caller caller) {
        return accounts.all().stream().filter(stored -> stored.subject().equals(caller.subject())).findFirst().orElseThrow();
    }

    UserId idOf(Caller caller) {
        return accountOf(caller).snapshot().id();
    }

    private static Establishment establishment(String siret, String name) {
        return Establishment.register(new EstablishmentId(UUID.randomUUID()), Siret.of(siret), name,
                Address.of("12 rue de la Paix", "75002", "Paris"), 12, Set.of(), Actor.system(), Instant.parse("2024-01-01T00:00:00Z"));
    }
}
