package fr.passerelle.application.registration;

import fr.passerelle.application.account.AccountRequest;
import fr.passerelle.application.account.AccountRequestPage;
import fr.passerelle.application.account.InMemoryAccounts;
import fr.passerelle.application.account.StaffAccountRequests;
import fr.passerelle.application.account.StaffAccountRequests.Approve;
import fr.passerelle.application.account.StaffAccountRequests.Reject;
import fr.passerelle.application.account.StaffAccountRequestsService;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.InMemoryIdentityProvider;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.AutomaticApprovalPolicy;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class RegistrationUseCasesTest {

    private static final String PASSWORD = "une phrase de passe";
    private static final String LYON = "73282932000074";
    private static final String GRENOBLE = "73282932000124";
    private static final String CLOSED = "41234567000019";
    private static final Email KNOWN_CONTACT = Email.of("rh@acme.fr");

    private final AtomicInteger minutes = new AtomicInteger();
    private final Establishment lyon = establishment(LYON, Set.of(KNOWN_CONTACT));
    private final Establishment grenoble = establishment(GRENOBLE, Set.of());
    private final Establishment closed = closedEstablishment();
    private final InMemoryEstablishments establishments = new InMemoryEstablishments(lyon, grenoble, closed);
    private final InMemoryAccounts accounts = new InMemoryAccounts(id -> establishments.find(id).orElseThrow().name());
    private final InMemoryIdentityProvider identityProvider = new InMemoryIdentityProvider();
    private final Registration registration = new RegistrationService(accounts, accounts, establishments, identityProvider, this::tick);
    private final StaffAccountRequests staffRequests = new StaffAccountRequestsService(accounts, accounts, establishments, accounts, this::tick);
    private final Caller staff = staffCaller();

    private Instant tick() {
        return Instant.parse("2025-03-10T09:00:00Z").plusSeconds(60L * minutes.incrementAndGet());
    }

    private static Establishment establishment(String siret, Set<Email> contacts) {
        return Establishment.register(new EstablishmentId(UUID.randomUUID()), Siret.of(siret), "Établissement " + siret,
                Address.of("12 rue de la Paix", "75002", "Paris"), 12, contacts, Actor.system(), Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static Establishment closedEstablishment() {
        Establishment establishment = establishment(CLOSED, Set.of());
        establishment.close(Actor.staff(new UserId(UUID.randomUUID())), Instant.parse("2024-06-01T00:00:00Z"), "Cessation d’activité");
        return establishment;
    }

    private Caller staffCaller() {
        UserAccount account = UserAccount.invite(new UserId(UUID.randomUUID()), Email.of("gestionnaire@opco.fr"),
                PersonName.of("Lefèvre", "Gabriel"), Map.of(), Actor.system(), tick());
        StoredAccount stored = accounts.add(account.snapshot(), "staff-subject");
        return new Caller(stored.subject(), "gestionnaire@opco.fr", "Gabriel Lefèvre", Set.of(Role.OPCO_STAFF));
    }

    private static Register form(String email, String... sirets) {
        return new Register(email, " Léa ", " Martin ", "06 12 34 56 78", PASSWORD, List.of(sirets));
    }

    private StoredAccount stored(RegistrationReceipt receipt) {
        return accounts.find(receipt.accountId()).orElseThrow();
    }

    private Caller callerOf(RegistrationReceipt receipt) {
        return new Caller(stored(receipt).subject(), receipt.login().value(), "Léa Martin", Set.of(Role.EMPLOYER));
    }

    @Test
    void a_newcomer_is_created_on_both_sides_and_waits_for_the_email_verification() {
        RegistrationReceipt receipt = registration.register(form(" Lea.Martin@ACME.fr ", LYON, " 732 829 320 00124 "));

        assertThat(receipt.login()).isEqualTo(Email.of("lea.martin@acme.fr"));
        assertThat(receipt.status()).isEqualTo(UserAccountStatus.PENDING_VERIFICATION);
        assertThat(receipt.verificationEmailSent()).isTrue();
        StoredAccount stored = stored(receipt);
        assertThat(stored.snapshot().name()).isEqualTo(PersonName.of("Martin", "Léa"));
        assertThat(stored.snapshot().phone()).contains(PhoneNumber.of("0612345678"));
        assertThat(stored.snapshot().requestedEstablishments()).containsExactlyInAnyOrder(lyon.id(), grenoble.id());
        assertThat(identityProvider.users()).isEqualTo(1);
        assertThat(identityProvider.subjectOf(Email.of("lea.martin@acme.fr"))).contains(stored.subject());
        assertThat(identityProvider.roleOf(stored.subject())).contains(Role.EMPLOYER);
    }

    @Test
    void every_problem_of_the_form_is_reported_at_once_and_nothing_is_created() {
        RegistrationInvalidException refusal = catchThrowableOfType(RegistrationInvalidException.class, () -> registration.register(
                new Register(" ", "", "x".repeat(101), "12", "court", List.of("123", LYON, "", LYON, "73282932000140", CLOSED))));

        assertThat(refusal.code()).isEqualTo("REGISTRATION_INVALID");
        assertThat(refusal.violations()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("email", "EMAIL_REQUIRED"),
                tuple("firstName", "NAME_REQUIRED"),
                tuple("lastName", "NAME_TOO_LONG"),
                tuple("phone", "INVALID_PHONE"),
                tuple("password", "PASSWORD_TOO_SHORT"),
                tuple("establishments[0].siret", "INVALID_SIRET"),
                tuple("establishments[2].siret", "INVALID_SIRET"),
                tuple("establishments[3].siret", "DUPLICATE_SIRET"),
                tuple("establishments[4].siret", "UNKNOWN_SIRET"),
                tuple("establishments[5].siret", "ESTABLISHMENT_CLOSED"));
        assertThat(refusal.violations().get(8).message()).contains("adhérer");
        assertThat(accounts.all()).hasSize(1);
        assertThat(identityProvider.users()).isZero();
    }

    @Test
    void the_password_rules_are_length_and_not_the_email() {
        assertThat(violationsOf(new Register("lea@acme.fr", "Léa", "Martin", "0612345678", "", List.of(LYON))))
                .extracting(Violation::code).containsExactly("PASSWORD_REQUIRED");
        assertThat(violationsOf(new Register("lea@acme.fr", "Léa", "Martin", "0612345678", "x".repeat(129), List.of(LYON))))
                .extracting(Violation::code).containsExactly("PASSWORD_TOO_LONG");
        assertThat(violationsOf(new Register("lea@acme.fr", "Léa", "Martin", "0612345678", "Mon LEA@ACME.FR à moi", List.of(LYON))))
                .extracting(Violation::code).containsExactly("PASSWORD_CONTAINS_EMAIL");
        assertThat(violationsOf(new Register("lea@acme.fr", "Léa", "Martin", "0612345678", "😀".repeat(12), List.of())))
                .extracting(Violation::field, Violation::code).containsExactly(tuple("establishments", "ESTABLISHMENT_REQUIRED"));
        assertThat(violationsOf(new Register("lea@acme.fr", "Léa", "Martin", "0612345678", PASSWORD,
                java.util.Collections.nCopies(21, LYON)))).extracting(Violation::code).containsExactly("TOO_MANY_ESTABLISHMENTS");
        assertThat(new Register("a@b.fr", "L", "M", "06", PASSWORD, null).toString()).doesNotContain(PASSWORD).contains("sirets=[]");
    }

    private List<Violation> violationsOf(Register form) {
        return catchThrowableOfType(RegistrationInvalidException.class, () -> registration.register(form)).violations();
    }

    @Test
    void an_email_already_in_use_is_refused_before_the_identity_provider_is_asked() {
        registration.register(form("lea@acme.fr", LYON));
        identityProvider.forgetEveryone();

        assertThatThrownBy(() -> registration.register(form(" LEA@acme.fr", GRENOBLE)))
                .isInstanceOf(EmailAlreadyRegisteredException.class)
                .hasMessageContaining("Mot de passe oublié");
        assertThat(identityProvider.users()).isZero();
    }

    @Test
    void an_identity_provider_that_is_down_leaves_no_account() {
        identityProvider.goDown();

        assertThatThrownBy(() -> registration.register(form("lea@acme.fr", LYON))).isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(accounts.findByLogin(Email.of("lea@acme.fr"))).isEmpty();
    }

    @Test
    void a_failure_to_store_the_account_deletes_the_user_just_created() {
        IllegalStateException databaseDown = new IllegalStateException("connection lost");
        accounts.failNextAdd(databaseDown);

        assertThatThrownBy(() -> registration.register(form("lea@acme.fr", LYON))).isSameAs(databaseDown);
        assertThat(identityProvider.users()).isZero();
        assertThat(identityProvider.deletions()).isEqualTo(1);
    }

    @Test
    void an_email_that_could_not_be_sent_still_creates_the_account_and_says_so() {
        identityProvider.loseMailServer();

        RegistrationReceipt receipt = registration.register(form("lea@acme.fr", LYON));

        assertThat(receipt.verificationEmailSent()).isFalse();
        assertThat(stored(receipt).snapshot().status()).isEqualTo(UserAccountStatus.PENDING_VERIFICATION);
    }

    @Test
    void a_verified_contact_of_every_establishment_is_active_at_once() {
        RegistrationReceipt receipt = registration.register(form(KNOWN_CONTACT.value(), LYON));

        registration.acknowledgeVerifiedEmail(callerOf(receipt));
        registration.acknowledgeVerifiedEmail(callerOf(receipt));

        StoredAccount stored = stored(receipt);
        assertThat(stored.snapshot().status()).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(stored.snapshot().links()).isEqualTo(Map.of(lyon.id(), AutomaticApprovalPolicy.DEFAULT_RIGHTS));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_verified_stranger_waits_in_staff_queue_with_what_staff_need_to_decide() {
        RegistrationReceipt receipt = registration.register(form(KNOWN_CONTACT.value(), LYON, GRENOBLE));

        registration.acknowledgeVerifiedEmail(callerOf(receipt));

        AccountRequestPage queue = staffRequests.pending(staff, PageRequest.first(10));
        assertThat(queue.items()).singleElement().satisfies(request -> {
            assertThat(request.status()).isEqualTo(UserAccountStatus.PENDING_APPROVAL);
            assertThat(request.email()).isEqualTo(KNOWN_CONTACT);
            assertThat(request.phone()).contains(PhoneNumber.of("0612345678"));
            assertThat(request.establishments()).extracting(view -> view.siret().value(), AccountRequest.RequestedEstablishmentView::emailAmongContacts)
                    .containsExactly(tuple(LYON, true), tuple(GRENOBLE, false));
        });
        assertThat(queue.nextCursor()).isEmpty();
    }

    @Test
    void staff_approve_with_rights_per_establishment_against_the_version_they_read() {
        RegistrationReceipt receipt = registration.register(form("lea@acme.fr", LYON, GRENOBLE));
        registration.acknowledgeVerifiedEmail(callerOf(receipt));
        UUID id = receipt.accountId().value();

        assertThatThrownBy(() -> staffRequests.approve(staff, new Approve(id, Optional.of(0L), Map.of(lyon.id(), Set.of(Right.ADMIN)))))
                .isInstanceOf(VersionMismatchException.class);
        AccountRequest approved = staffRequests.approve(staff, new Approve(id, Optional.of(1L),
                Map.of(lyon.id(), Set.of(Right.ADMIN), grenoble.id(), Set.of())));

        assertThat(approved.status()).isEqualTo(UserAccountStatus.ACTIVE);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.establishments()).extracting(view -> view.siret().value(), AccountRequest.RequestedEstablishmentView::rights)
                .containsExactly(tuple(LYON, Set.of(Right.ADMIN)), tuple(GRENOBLE, Set.of()));
        assertThat(staffRequests.pending(staff, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> staffRequests.reject(staff, new Reject(id, Optional.empty(), "Trop tard")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ACCOUNT_TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void staff_reject_with_a_reason_and_only_staff_decide() {
        RegistrationReceipt receipt = registration.register(form("lea@acme.fr", LYON));
        registration.acknowledgeVerifiedEmail(callerOf(receipt));
        UUID id = receipt.accountId().value();

        assertThatThrownBy(() -> staffRequests.reject(callerOf(receipt), new Reject(id, Optional.empty(), "Inconnu")))
                .isInstanceOf(fr.passerelle.application.shared.AccountNotActiveException.class);
        assertThatThrownBy(() -> staffRequests.reject(staff, new Reject(UUID.randomUUID(), Optional.empty(), "Inconnu")))
                .isInstanceOf(ResourceNotFoundException.class);
        AccountRequest rejected = staffRequests.reject(staff, new Reject(id, Optional.empty(), "Inconnue de l’entreprise"));

        assertThat(rejected.status()).isEqualTo(UserAccountStatus.REJECTED);
        assertThat(stored(receipt).snapshot().history()).last()
                .satisfies(entry -> assertThat(entry.reason()).contains("Inconnue de l’entreprise"));
    }
}
