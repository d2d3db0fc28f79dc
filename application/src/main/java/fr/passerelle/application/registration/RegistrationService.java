package fr.passerelle.application.registration;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.identity.IdentityProvider.CreatedIdentity;
import fr.passerelle.application.identity.IdentityProvider.NewIdentity;
import fr.passerelle.application.identity.IdentityProvider.Password;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.RequestedEstablishment;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import fr.passerelle.domain.shared.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Self-registration of employers: the account is created in the identity provider first, which may refuse a taken
 * email or be down, then in Passerelle; if Passerelle cannot store it, the provider's user is deleted again, so that
 * no half-created account is left on either side.
 *
 * <p>Only employers register here: Passerelle knows the member companies' establishments, which an employer asks to
 * join, but keeps no register of training bodies yet that a training body's account could be checked against.
 */
public final class RegistrationService implements Registration {

    /** More establishments than this is a company's job for staff, not a form's. */
    static final int MAX_ESTABLISHMENTS = 20;
    static final int MAX_NAME_LENGTH = 100;
    static final String MEMBERSHIP_PROCEDURE = "Aucun établissement adhérent ne porte ce SIRET. Vérifiez-le ; s’il est exact, "
            + "votre entreprise doit d’abord adhérer à l’OPCO (rubrique « Adhésion » du site de l’OPCO) avant de créer un compte.";

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final Establishments establishments;
    private final IdentityProvider identityProvider;
    private final Clock clock;

    public RegistrationService(Accounts accounts, AccountDirectory directory, Establishments establishments,
                               IdentityProvider identityProvider, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.directory = Objects.requireNonNull(directory);
        this.establishments = Objects.requireNonNull(establishments);
        this.identityProvider = Objects.requireNonNull(identityProvider);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RegistrationReceipt register(Register command) {
        Form form = new Form();
        Optional<Email> login = form.read("email", () -> Email.of(required(command.email(), "EMAIL_REQUIRED",
                "Indiquez votre adresse e-mail : elle sera votre identifiant de connexion.")));
        Optional<String> firstName = form.read("firstName", () -> name(command.firstName(), "Le prénom"));
        Optional<String> lastName = form.read("lastName", () -> name(command.lastName(), "Le nom"));
        Optional<PhoneNumber> phone = form.read("phone", () -> PhoneNumber.of(required(command.phone(), "PHONE_REQUIRED",
                "Indiquez un numéro de téléphone où l’OPCO peut vous joindre au sujet de votre demande.")));
        form.problems.addAll(PasswordRules.check("password", command.password(), login));
        Set<EstablishmentId> requested = requestedEstablishments(command.sirets(), form);
        if (!form.problems.isEmpty()) {
            throw new RegistrationInvalidException(form.problems);
        }
        Email email = login.orElseThrow();
        if (accounts.findByLogin(email).isPresent()) {
            throw new EmailAlreadyRegisteredException(email);
        }
        PersonName name = PersonName.of(lastName.orElseThrow(), firstName.orElseThrow());
        UserAccount account = UserAccount.register(new UserId(UUID.randomUUID()), email, name, phone.orElseThrow(), requested,
                clock.now());
        CreatedIdentity identity = identityProvider.register(new NewIdentity(email, name, Role.EMPLOYER),
                new Password(command.password()));
        try {
            accounts.add(account.snapshot(), identity.subject());
        } catch (RuntimeException storing) {
            undo(identity, storing);
            throw storing;
        }
        return new RegistrationReceipt(account.id(), email, account.status(), identity.emailSent());
    }

    private Set<EstablishmentId> requestedEstablishments(List<String> sirets, Form form) {
        if (sirets.isEmpty()) {
            form.problems.add(new Violation("establishments", "ESTABLISHMENT_REQUIRED",
                    "Indiquez le SIRET d’au moins un établissement de votre entreprise."));
        }
        if (sirets.size() > MAX_ESTABLISHMENTS) {
            form.problems.add(new Violation("establishments", "TOO_MANY_ESTABLISHMENTS", "Indiquez au plus "
                    + MAX_ESTABLISHMENTS + " établissements ; pour davantage, contactez votre conseiller à l’OPCO."));
            return Set.of();
        }
        Set<EstablishmentId> requested = new LinkedHashSet<>();
        Set<Siret> seen = new HashSet<>();
        for (int index = 0; index < sirets.size(); index++) {
            String field = "establishments[" + index + "].siret";
            String typed = sirets.get(index);
            form.read(field, () -> Siret.of(typed.strip())).ifPresent(siret -> {
                if (!seen.add(siret)) {
                    form.problems.add(new Violation(field, "DUPLICATE_SIRET", "Ce SIRET figure déjà plus haut dans la liste."));
                    return;
                }
                Optional<Establishment> found = establishments.findBySiret(siret);
                if (found.isEmpty()) {
                    form.problems.add(new Violation(field, "UNKNOWN_SIRET", MEMBERSHIP_PROCEDURE));
                } else if (found.get().status() == EstablishmentStatus.CLOSED) {
                    form.problems.add(new Violation(field, "ESTABLISHMENT_CLOSED", "L’établissement « " + found.get().name()
                            + " » est fermé : il n’accepte plus de nouveaux comptes. Indiquez le SIRET de l’établissement "
                            + "qui l’a remplacé, ou contactez votre conseiller à l’OPCO."));
                } else {
                    requested.add(found.get().id());
                }
            });
        }
        return requested;
    }

    private static String required(String typed, String code, String message) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException(code, message);
        }
        return typed;
    }

    private static String name(String typed, String what) {
        String name = required(typed, "NAME_REQUIRED", what + " est obligatoire.").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new DomainException("NAME_TOO_LONG", what + " doit compter au plus " + MAX_NAME_LENGTH + " caractères.");
        }
        return name;
    }

    private void undo(CreatedIdentity identity, RuntimeException failure) {
        try {
            identityProvider.deleteAfterFailedCreation(identity.subject());
        } catch (RuntimeException undoing) {
            failure.addSuppressed(undoing);
        }
    }

    @Override
    public void acknowledgeVerifiedEmail(Caller caller) {
        Optional<UserId> waiting = directory.bySubject(caller.subject())
                .filter(record -> record.status() == UserAccountStatus.PENDING_VERIFICATION)
                .map(AccountRecord::id);
        if (waiting.isEmpty()) {
            return;
        }
        StoredAccount stored = accounts.find(waiting.get()).orElseThrow();
        UserAccount account = UserAccount.restore(stored.snapshot());
        List<RequestedEstablishment> requested = account.requestedEstablishments().stream()
                .map(id -> establishments.find(id)
                        .orElseThrow(() -> new IllegalStateException("Requested establishment " + id + " is gone")))
                .map(Establishment::asRequestedEstablishment)
                .toList();
        account.verifyEmail(Actor.employer(account.id(), Map.of()), clock.now(), requested);
        accounts.update(account.snapshot(), stored.version());
    }

    /** The fields read so far and the problems found, all of them, before anything is created. */
    private static final class Form {

        private final List<Violation> problems = new ArrayList<>();

        <T> Optional<T> read(String field, Supplier<T> parse) {
            try {
                return Optional.of(parse.get());
            } catch (DomainException invalid) {
                problems.add(new Violation(field, invalid.code(), invalid.getMessage()));
                return Optional.empty();
            }
        }
    }
}
