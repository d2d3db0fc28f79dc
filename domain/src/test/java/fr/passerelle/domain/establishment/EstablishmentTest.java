package fr.passerelle.domain.establishment;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.testing.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.establishment.BankAccountStatus.ACTIVE;
import static fr.passerelle.domain.establishment.BankAccountStatus.DEACTIVATED;
import static fr.passerelle.domain.establishment.BankAccountStatus.PENDING_VALIDATION;
import static fr.passerelle.domain.establishment.BankAccountStatus.REJECTED;
import static fr.passerelle.domain.testing.TestData.ADDRESS;
import static fr.passerelle.domain.testing.TestData.ESTABLISHMENT_SIRET;
import static fr.passerelle.domain.testing.TestData.NOW;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class EstablishmentTest {

    private final EstablishmentWorld world = new EstablishmentWorld();

    private static void assertRefused(Establishment establishment, String code, ThrowingCallable command) {
        EstablishmentSnapshot before = establishment.snapshot();
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(establishment.snapshot()).isEqualTo(before);
    }

    @Test
    void staff_or_the_platform_register_an_establishment_of_a_company() {
        Establishment establishment = Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, " ACME ", ADDRESS, 12,
                Set.of(TestData.CONTACT), Actor.system(), NOW);

        assertThat(establishment.status()).isEqualTo(EstablishmentStatus.ACTIVE);
        assertThat(establishment.name()).isEqualTo("ACME");
        assertThat(establishment.siret()).isEqualTo(ESTABLISHMENT_SIRET);
        assertThat(establishment.siren()).isEqualTo(ESTABLISHMENT_SIRET.siren());
        assertThat(establishment.address()).isEqualTo(ADDRESS);
        assertThat(establishment.companyHeadcount()).isEqualTo(12);
        assertThat(establishment.contacts()).containsExactly(TestData.CONTACT);
        assertThat(establishment.bankAccounts()).isEmpty();
        assertThat(establishment.changeRequests()).isEmpty();
        assertThat(establishment.history()).isEmpty();
        assertThat(establishment.pullEvents()).singleElement().isEqualTo(
                new EstablishmentEvent.Registered(establishment.id(), ESTABLISHMENT_SIRET, Actor.system().id(), NOW));
    }

    @Test
    void employers_do_not_register_establishments() {
        assertThatThrownBy(() -> Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, "ACME", ADDRESS, 12, Set.of(),
                world.admin, NOW)).extracting("code").isEqualTo("ESTABLISHMENT_ACTION_FORBIDDEN");
    }

    @Test
    void an_establishment_has_a_name_and_a_headcount_that_is_not_negative() {
        assertThatThrownBy(() -> Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, " ", ADDRESS, 12, Set.of(),
                world.staff, NOW)).extracting("code").isEqualTo("INVALID_ESTABLISHMENT_NAME");
        assertThatThrownBy(() -> Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, "ACME", ADDRESS, -1, Set.of(),
                world.staff, NOW)).extracting("code").isEqualTo("INVALID_HEADCOUNT");
        assertThat(Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, "ACME", ADDRESS, 0, Set.of(), world.staff, NOW)
                .companyHeadcount()).isZero();
    }

    @Test
    void an_approved_change_request_applies_the_change() {
        Establishment establishment = world.establishment;
        Address moved = Address.of("1 place Bellecour", "69002", "Lyon");
        ChangeRequestId requestId = EstablishmentWorld.changeRequestId();

        establishment.requestChange(world.manager, world.tick(), requestId,
                new ProposedChange(Optional.of("ACME Lyon"), Optional.of(moved), Optional.of(TestData.SAME_COMPANY_OTHER_SIRET)));
        assertThat(establishment.pendingChangeRequest()).hasValueSatisfying(request -> {
            assertThat(request.id()).isEqualTo(requestId);
            assertThat(request.requestedBy()).isEqualTo(world.manager.id());
        });
        assertThat(establishment.name()).isEqualTo("ACME Paris");
        establishment.approveChange(world.staff, world.tick());

        assertThat(establishment.status()).isEqualTo(EstablishmentStatus.ACTIVE);
        assertThat(establishment.name()).isEqualTo("ACME Lyon");
        assertThat(establishment.address()).isEqualTo(moved);
        assertThat(establishment.siret()).isEqualTo(TestData.SAME_COMPANY_OTHER_SIRET);
        assertThat(establishment.pendingChangeRequest()).isEmpty();
        assertThat(establishment.changeRequests()).singleElement().extracting(ChangeRequest::status).isEqualTo(ChangeRequestStatus.APPROVED);
    }

    @Test
    void a_change_request_may_change_a_single_thing() {
        Establishment establishment = world.establishment;
        Address moved = Address.of("1 place Bellecour", "69002", "Lyon");

        establishment.requestChange(world.manager, world.tick(), EstablishmentWorld.changeRequestId(),
                new ProposedChange(Optional.empty(), Optional.of(moved), Optional.empty()));
        establishment.approveChange(world.staff, world.tick());

        assertThat(establishment.name()).isEqualTo("ACME Paris");
        assertThat(establishment.address()).isEqualTo(moved);
        assertThat(establishment.siret()).isEqualTo(ESTABLISHMENT_SIRET);
    }

    @Test
    void a_rejected_change_request_changes_nothing_but_says_why() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.CHANGE_PENDING);

        assertRefused(establishment, "REASON_REQUIRED", () -> establishment.rejectChange(world.staff, world.tick(), " "));
        establishment.rejectChange(world.staff, world.tick(), "Justificatif illisible");

        assertThat(establishment.name()).isEqualTo("ACME Paris");
        assertThat(establishment.changeRequests()).singleElement()
                .extracting(ChangeRequest::status, ChangeRequest::decisionReason)
                .containsExactly(ChangeRequestStatus.REJECTED, Optional.of("Justificatif illisible"));
    }

    @Test
    void a_new_siret_stays_within_the_company() {
        Establishment establishment = world.establishment;

        assertRefused(establishment, "SIRET_OF_ANOTHER_COMPANY", () -> establishment.requestChange(world.manager, world.tick(),
                EstablishmentWorld.changeRequestId(),
                new ProposedChange(Optional.empty(), Optional.empty(), Optional.of(TestData.OTHER_COMPANY_SIRET))));
    }

    @Test
    void a_change_request_changes_something() {
        assertThatThrownBy(() -> new ProposedChange(Optional.of("  "), Optional.empty(), Optional.empty()))
                .extracting("code").isEqualTo("EMPTY_CHANGE_REQUEST");
        assertThat(new ProposedChange(Optional.of(" Lyon "), Optional.empty(), Optional.empty()).name()).contains("Lyon");
    }

    @Test
    void a_pending_change_request_locks_the_establishment_for_the_employer() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.CHANGE_PENDING);

        assertRefused(establishment, "ESTABLISHMENT_LOCKED", () -> establishment.proposeBankAccount(world.manager, world.tick(),
                EstablishmentWorld.bankAccountId(), EstablishmentWorld.IBAN, EstablishmentWorld.BIC, "ACME", EstablishmentWorld.proof()));
        assertThat(establishment.allowedActions(world.manager)).isEmpty();
        assertThat(establishment.acceptsNewDossiers()).isTrue();
    }

    @Test
    void only_staff_close_and_reopen_and_a_closed_establishment_takes_no_new_dossier() {
        Establishment establishment = world.establishment;

        assertRefused(establishment, "ESTABLISHMENT_ACTION_FORBIDDEN", () -> establishment.close(world.admin, world.tick(), "Fermeture"));
        assertRefused(establishment, "REASON_REQUIRED", () -> establishment.close(world.staff, world.tick(), null));
        establishment.close(world.staff, world.tick(), "Cessation d’activité");

        assertThat(establishment.acceptsNewDossiers()).isFalse();
        assertThatThrownBy(establishment::requireOpenForNewDossiers).extracting("code").isEqualTo("ESTABLISHMENT_CLOSED");
        assertThat(establishment.asRequestedEstablishment().open()).isFalse();

        establishment.reopen(world.staff, world.tick());
        assertThat(establishment.acceptsNewDossiers()).isTrue();
        establishment.requireOpenForNewDossiers();
    }

    @Test
    void its_contacts_feed_the_automatic_approval_of_newcomers() {
        assertThat(world.establishment.asRequestedEstablishment()).isEqualTo(
                new fr.passerelle.domain.account.RequestedEstablishment(world.establishment.id(), Set.of(TestData.CONTACT), true));
        assertThat(world.establishment.contacts()).containsExactly(Email.of("RH@acme.fr"));
    }

    @Test
    void a_bank_account_is_proposed_with_a_proof_and_waits_for_staff() {
        Establishment establishment = world.establishment;
        BankAccountId id = EstablishmentWorld.bankAccountId();
        establishment.pullEvents();

        establishment.proposeBankAccount(world.manager, world.tick(), id, EstablishmentWorld.IBAN, EstablishmentWorld.BIC,
                " ACME SAS ", EstablishmentWorld.proof());

        assertThat(establishment.bankAccounts()).singleElement().satisfies(account -> {
            assertThat(account.status()).isEqualTo(PENDING_VALIDATION);
            assertThat(account.holder()).isEqualTo("ACME SAS");
            assertThat(account.iban()).isEqualTo(EstablishmentWorld.IBAN);
            assertThat(account.rejectionReason()).isEmpty();
        });
        assertThat(establishment.activeBankAccount()).isEmpty();
        assertThat(establishment.pullEvents()).filteredOn(EstablishmentEvent.BankAccountTransitioned.class::isInstance)
                .singleElement().isInstanceOfSatisfying(EstablishmentEvent.BankAccountTransitioned.class, event -> {
                    assertThat(event.bankAccountId()).isEqualTo(id);
                    assertThat(event.from()).isEmpty();
                    assertThat(event.to()).isEqualTo(PENDING_VALIDATION);
                });
        assertRefused(establishment, "BANK_ACCOUNT_ALREADY_EXISTS", () -> establishment.proposeBankAccount(world.manager,
                world.tick(), id, EstablishmentWorld.IBAN, EstablishmentWorld.BIC, "ACME", EstablishmentWorld.proof()));
    }

    @Test
    void a_bank_account_without_proof_or_holder_is_refused() {
        Establishment establishment = world.establishment;

        assertRefused(establishment, "BANK_PROOF_REQUIRED", () -> establishment.proposeBankAccount(world.manager, world.tick(),
                EstablishmentWorld.bankAccountId(), EstablishmentWorld.IBAN, EstablishmentWorld.BIC, "ACME", null));
        assertRefused(establishment, "BANK_ACCOUNT_HOLDER_REQUIRED", () -> establishment.proposeBankAccount(world.manager,
                world.tick(), EstablishmentWorld.bankAccountId(), EstablishmentWorld.IBAN, EstablishmentWorld.BIC, "", EstablishmentWorld.proof()));
    }

    @Test
    void validating_a_bank_account_retires_the_active_one() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);
        establishment.pullEvents();

        establishment.validateBankAccount(world.staff, world.tick(), world.pending);

        assertThat(establishment.bankAccounts()).extracting(BankAccount::id, BankAccount::status)
                .containsExactly(tuple(world.active, DEACTIVATED), tuple(world.pending, ACTIVE));
        assertThat(establishment.activeBankAccount()).map(BankAccount::id).contains(world.pending);
        assertThat(establishment.pullEvents()).filteredOn(EstablishmentEvent.BankAccountTransitioned.class::isInstance)
                .extracting("bankAccountId", "from", "to")
                .containsExactly(tuple(world.active, Optional.of(ACTIVE), DEACTIVATED),
                        tuple(world.pending, Optional.of(PENDING_VALIDATION), ACTIVE));
    }

    @Test
    void an_active_bank_account_cannot_be_validated_again_nor_an_unknown_one() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);

        assertRefused(establishment, "BANK_ACCOUNT_TRANSITION_NOT_ALLOWED",
                () -> establishment.validateBankAccount(world.staff, world.tick(), world.active));
        assertRefused(establishment, "BANK_ACCOUNT_NOT_FOUND",
                () -> establishment.validateBankAccount(world.staff, world.tick(), EstablishmentWorld.bankAccountId()));
    }

    @Test
    void a_rejected_bank_account_says_why() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);

        assertRefused(establishment, "REASON_REQUIRED", () -> establishment.rejectBankAccount(world.staff, world.tick(), world.pending, ""));
        establishment.pullEvents();
        establishment.rejectBankAccount(world.staff, world.tick(), world.pending, "RIB illisible");

        assertThat(establishment.pullEvents()).filteredOn(EstablishmentEvent.BankAccountTransitioned.class::isInstance)
                .extracting("bankAccountId", "from", "to")
                .containsExactly(tuple(world.pending, Optional.of(PENDING_VALIDATION), REJECTED));
        assertThat(establishment.bankAccounts()).filteredOn(account -> account.id().equals(world.pending)).singleElement()
                .extracting(BankAccount::status, BankAccount::rejectionReason)
                .containsExactly(REJECTED, Optional.of("RIB illisible"));
        assertThat(establishment.activeBankAccount()).map(BankAccount::id).contains(world.active);
    }

    @Test
    void the_employer_may_deactivate_the_active_bank_account_but_not_a_pending_one() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);

        assertRefused(establishment, "BANK_ACCOUNT_TRANSITION_NOT_ALLOWED",
                () -> establishment.deactivateBankAccount(world.manager, world.tick(), world.pending));
        establishment.pullEvents();
        establishment.deactivateBankAccount(world.admin, world.tick(), world.active);

        assertThat(establishment.pullEvents()).filteredOn(EstablishmentEvent.BankAccountTransitioned.class::isInstance)
                .extracting("bankAccountId", "from", "to")
                .containsExactly(tuple(world.active, Optional.of(ACTIVE), DEACTIVATED));
        assertThat(establishment.activeBankAccount()).isEmpty();
        assertThat(establishment.allowedActions(world.staff)).doesNotContain(EstablishmentAction.DEACTIVATE_BANK_ACCOUNT)
                .contains(EstablishmentAction.VALIDATE_BANK_ACCOUNT, EstablishmentAction.REJECT_BANK_ACCOUNT);
    }

    @Test
    void without_a_pending_bank_account_there_is_nothing_to_validate() {
        assertThat(world.establishment.allowedActions(world.staff)).containsExactly(EstablishmentAction.CLOSE);
        assertThat(world.establishment.allowedActions(world.manager))
                .containsExactlyInAnyOrder(EstablishmentAction.REQUEST_CHANGE, EstablishmentAction.ADD_BANK_ACCOUNT);
    }

    @Test
    void once_every_bank_account_is_decided_there_is_nothing_left_to_validate() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);
        establishment.validateBankAccount(world.staff, world.tick(), world.pending);

        assertThat(establishment.allowedActions(world.staff)).containsExactlyInAnyOrder(EstablishmentAction.CLOSE,
                EstablishmentAction.DEACTIVATE_BANK_ACCOUNT);
    }

    @Test
    void a_stored_establishment_comes_back_identical() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.CHANGE_PENDING);

        assertThat(Establishment.restore(establishment.snapshot()).snapshot()).isEqualTo(establishment.snapshot());
    }

    @Test
    void storage_holding_two_active_bank_accounts_is_refused() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);
        EstablishmentSnapshot s = establishment.snapshot();
        List<BankAccount> twoActive = s.bankAccounts().stream()
                .map(a -> new BankAccount(a.id(), a.iban(), a.bic(), a.holder(), a.proof(), ACTIVE, a.rejectionReason(), a.proposedAt()))
                .toList();

        assertThatThrownBy(() -> Establishment.restore(new EstablishmentSnapshot(s.id(), s.siret(), s.name(), s.address(),
                s.companyHeadcount(), s.contacts(), s.status(), twoActive, s.changeRequests(), s.registeredBy(), s.registeredAt(),
                s.history()))).extracting("code").isEqualTo("SEVERAL_ACTIVE_BANK_ACCOUNTS");
    }

    @Test
    void the_single_active_bank_account_policy_accepts_none_or_one() {
        Establishment establishment = world.establishmentIn(EstablishmentStatus.ACTIVE);

        SingleActiveBankAccount.check(List.of());
        SingleActiveBankAccount.check(establishment.bankAccounts());
        assertThat(establishment.bankAccounts().stream().filter(BankAccount::isActive)).hasSize(1);
    }

    @Test
    void the_pending_change_policy_locks_only_while_a_change_is_pending() {
        PendingChangeLocksEstablishment.check(EstablishmentStatus.ACTIVE);
        PendingChangeLocksEstablishment.check(EstablishmentStatus.CLOSED);
        assertThatThrownBy(() -> PendingChangeLocksEstablishment.check(EstablishmentStatus.CHANGE_PENDING))
                .hasMessageContaining("demande de modification")
                .extracting("code").isEqualTo("ESTABLISHMENT_LOCKED");
    }

    @Test
    void the_bank_account_table_lets_staff_decide_and_either_side_retire() {
        assertThat(BankAccount.TRANSITIONS.transitions()).extracting("from", "action", "to").containsExactlyInAnyOrder(
                tuple(PENDING_VALIDATION, BankAccountAction.VALIDATE, ACTIVE),
                tuple(PENDING_VALIDATION, BankAccountAction.REJECT, REJECTED),
                tuple(ACTIVE, BankAccountAction.DEACTIVATE, DEACTIVATED));
    }
}
