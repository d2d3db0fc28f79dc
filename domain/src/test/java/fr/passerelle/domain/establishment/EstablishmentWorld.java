package fr.passerelle.domain.establishment;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.testing.TestData;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.passerelle.domain.testing.TestData.employerWith;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.later;
import static fr.passerelle.domain.testing.TestData.staff;

/**
 * An establishment with an active bank account and a second one waiting for validation, the people around it, and
 * a way to bring it to any state.
 */
final class EstablishmentWorld {

    static final Iban IBAN = Iban.of("FR7630006000011234567890189");
    static final Iban OTHER_IBAN = Iban.of("DE89370400440532013000");
    static final Bic BIC = Bic.of("BNPAFRPP");

    final Establishment establishment = TestData.establishment();
    final Actor manager = employerWith(establishment.id(), Right.MANAGE_COMPANY);
    final Actor admin = employerWith(establishment.id(), Right.ADMIN);
    final Actor viewer = employerWith(establishment.id(), Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS);
    final Actor otherManager = employerWith(establishmentId(), Right.MANAGE_COMPANY);
    final Actor staff = staff();
    final Actor platform = Actor.system();
    final BankAccountId active = bankAccountId();
    final BankAccountId pending = bankAccountId();
    private int clock;

    List<Actor> everyone() {
        return List.of(manager, admin, viewer, otherManager, staff, platform);
    }

    Instant tick() {
        return later(++clock);
    }

    static BankAccountId bankAccountId() {
        return new BankAccountId(UUID.randomUUID());
    }

    static DocumentId proof() {
        return new DocumentId(UUID.randomUUID());
    }

    Establishment establishmentIn(EstablishmentStatus status) {
        establishment.proposeBankAccount(manager, tick(), active, IBAN, BIC, "ACME SAS", proof());
        establishment.validateBankAccount(staff, tick(), active);
        establishment.proposeBankAccount(manager, tick(), pending, OTHER_IBAN, BIC, "ACME SAS", proof());
        switch (status) {
            case CHANGE_PENDING -> establishment.requestChange(manager, tick(), changeRequestId(), nameChange());
            case CLOSED -> establishment.close(staff, tick(), "Cessation d’activité");
            case ACTIVE -> { }
        }
        return establishment;
    }

    static ChangeRequestId changeRequestId() {
        return new ChangeRequestId(UUID.randomUUID());
    }

    static ProposedChange nameChange() {
        return new ProposedChange(Optional.of("ACME Lyon"), Optional.empty(), Optional.empty());
    }

    void perform(Establishment establishment, EstablishmentAction action, Actor actor) {
        Instant at = tick();
        switch (action) {
            case REQUEST_CHANGE -> establishment.requestChange(actor, at, changeRequestId(), nameChange());
            case APPROVE_CHANGE -> establishment.approveChange(actor, at);
            case REJECT_CHANGE -> establishment.rejectChange(actor, at, "Justificatif illisible");
            case CLOSE -> establishment.close(actor, at, "Cessation d’activité");
            case REOPEN -> establishment.reopen(actor, at);
            case ADD_BANK_ACCOUNT -> establishment.proposeBankAccount(actor, at, bankAccountId(), IBAN, BIC, "ACME SAS", proof());
            case VALIDATE_BANK_ACCOUNT -> establishment.validateBankAccount(actor, at, pending);
            case REJECT_BANK_ACCOUNT -> establishment.rejectBankAccount(actor, at, pending, "RIB illisible");
            case DEACTIVATE_BANK_ACCOUNT -> establishment.deactivateBankAccount(actor, at, active);
        }
    }
}
