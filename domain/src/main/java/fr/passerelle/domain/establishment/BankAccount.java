package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.TransitionTable;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.establishment.BankAccountAction.DEACTIVATE;
import static fr.passerelle.domain.establishment.BankAccountAction.REJECT;
import static fr.passerelle.domain.establishment.BankAccountAction.VALIDATE;
import static fr.passerelle.domain.establishment.BankAccountStatus.ACTIVE;
import static fr.passerelle.domain.establishment.BankAccountStatus.DEACTIVATED;
import static fr.passerelle.domain.establishment.BankAccountStatus.PENDING_VALIDATION;
import static fr.passerelle.domain.establishment.BankAccountStatus.REJECTED;
import static fr.passerelle.domain.establishment.EstablishmentRole.MANAGER;
import static fr.passerelle.domain.establishment.EstablishmentRole.STAFF;

/**
 * An account the OPCO may pay an establishment on. Staff check the proof (a bank statement) before it is used; it is
 * an immutable value inside {@link Establishment}, replaced on each change.
 */
public record BankAccount(BankAccountId id, Iban iban, Bic bic, String holder, DocumentId proof, BankAccountStatus status,
                          Optional<String> rejectionReason, Instant proposedAt) {

    public static final TransitionTable<BankAccountStatus, BankAccountAction, EstablishmentRole> TRANSITIONS =
            TransitionTable.builder(BankAccountStatus.class, BankAccountAction.class, EstablishmentRole.class,
                            "BANK_ACCOUNT", "le compte bancaire")
                    .allow(PENDING_VALIDATION, VALIDATE, ACTIVE, STAFF)
                    .allow(PENDING_VALIDATION, REJECT, REJECTED, STAFF)
                    .allow(ACTIVE, DEACTIVATE, DEACTIVATED, STAFF, MANAGER)
                    .build();

    public BankAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        holder = Text.requireNonBlank(holder, "BANK_ACCOUNT_HOLDER_REQUIRED", "Le titulaire du compte bancaire est obligatoire.");
        if (proof == null) {
            throw new DomainException("BANK_PROOF_REQUIRED", "Joignez un justificatif (RIB) pour ce compte bancaire.");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }

    static BankAccount proposed(BankAccountId id, Iban iban, Bic bic, String holder, DocumentId proof, Instant at) {
        return new BankAccount(id, iban, bic, holder, proof, PENDING_VALIDATION, Optional.empty(), at);
    }

    BankAccount after(BankAccountAction action, Set<EstablishmentRole> roles, Optional<String> reason) {
        BankAccountStatus next = TRANSITIONS.require(status, action, roles).to();
        return new BankAccount(id, iban, bic, holder, proof, next, reason, proposedAt);
    }

    public boolean isActive() {
        return status == ACTIVE;
    }
}
