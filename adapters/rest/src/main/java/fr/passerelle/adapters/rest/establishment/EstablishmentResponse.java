package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.establishment.EstablishmentView;
import fr.passerelle.domain.establishment.BankAccount;
import fr.passerelle.domain.establishment.BankAccountStatus;
import fr.passerelle.domain.establishment.ChangeRequest;
import fr.passerelle.domain.establishment.ChangeRequestStatus;
import fr.passerelle.domain.establishment.EstablishmentAction;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Siret;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An establishment as one caller sees it. {@code lockReason} says in French why nothing may be changed now (a pending
 * change request, or the closing and its reason), so that every screen says it the same way.
 */
record EstablishmentResponse(UUID id, String siret, String siren, String name, AddressDto address, EstablishmentStatus status,
                             boolean closed, String lockReason, List<String> contacts, ChangeRequestResponse pendingChange,
                             List<ChangeRequestResponse> changeRequests, boolean bankDetailsShown,
                             List<BankAccountResponse> bankAccounts, List<EstablishmentAction> allowedActions, long version) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    record AddressDto(String street, String postalCode, String city) {

        static AddressDto from(Address address) {
            return new AddressDto(address.street(), address.postalCode(), address.city());
        }
    }

    record ChangeRequestResponse(UUID id, ChangeRequestStatus status, String name, AddressDto address, String siret,
                                 String requestedBy, Instant requestedAt, String decisionReason) {

        static ChangeRequestResponse from(ChangeRequest request, String requestedBy) {
            return new ChangeRequestResponse(request.id().value(), request.status(), request.change().name().orElse(null),
                    request.change().address().map(AddressDto::from).orElse(null),
                    request.change().siret().map(Siret::value).orElse(null),
                    requestedBy, request.requestedAt(),
                    request.decisionReason().orElse(null));
        }
    }

    /** @param iban in full for those who may see bank details, masked for the others */
    record BankAccountResponse(UUID id, String iban, String bic, String holder, BankAccountStatus status, String rejectionReason,
                               Instant proposedAt, ProofResponse proof) {

        static BankAccountResponse from(BankAccount account, EstablishmentView view) {
            return new BankAccountResponse(account.id().value(),
                    view.bankDetailsShown() ? account.iban().value() : account.iban().masked(),
                    account.bic().value(), account.holder(), account.status(), account.rejectionReason().orElse(null),
                    account.proposedAt(), Optional.ofNullable(view.proofs().get(account.proof())).map(ProofResponse::from).orElse(null));
        }
    }

    record ProofResponse(String contentType, long size) {

        static ProofResponse from(DocumentFile file) {
            return new ProofResponse(file.contentType(), file.size());
        }
    }

    static EstablishmentResponse from(EstablishmentView view) {
        EstablishmentSnapshot establishment = view.establishment();
        Optional<ChangeRequest> pending = establishment.changeRequests().stream().filter(ChangeRequest::isPending).findFirst();
        return new EstablishmentResponse(
                establishment.id().value(),
                establishment.siret().value(),
                establishment.siret().siren().value(),
                establishment.name(),
                AddressDto.from(establishment.address()),
                establishment.status(),
                establishment.status() == EstablishmentStatus.CLOSED,
                lockReason(establishment, pending).orElse(null),
                establishment.contacts().stream().map(Email::value).sorted().toList(),
                pending.map(request -> ChangeRequestResponse.from(request, view.names().getOrDefault(request.requestedBy(), ""))).orElse(null),
                establishment.changeRequests().stream()
                        .sorted(Comparator.comparing(ChangeRequest::requestedAt).reversed())
                        .map(request -> ChangeRequestResponse.from(request, view.names().getOrDefault(request.requestedBy(), "")))
                        .toList(),
                view.bankDetailsShown(),
                establishment.bankAccounts().stream()
                        .sorted(Comparator.comparing(BankAccount::proposedAt).reversed())
                        .map(account -> BankAccountResponse.from(account, view))
                        .toList(),
                view.allowedActions().stream().sorted().toList(),
                view.version());
    }

    private static Optional<String> lockReason(EstablishmentSnapshot establishment, Optional<ChangeRequest> pending) {
        return switch (establishment.status()) {
            case CHANGE_PENDING -> pending.map(request -> "Une demande de modification envoyée le "
                    + FRENCH_DATE.format(request.requestedAt()) + " attend la décision d’un conseiller de l’OPCO : "
                    + "les données de l’établissement et ses comptes bancaires ne peuvent pas être modifiés d’ici là.");
            case CLOSED -> Optional.of(closing(establishment));
            case ACTIVE -> Optional.empty();
        };
    }

    private static String closing(EstablishmentSnapshot establishment) {
        Optional<HistoryEntry<EstablishmentStatus, EstablishmentAction>> closing = establishment.history().stream()
                .filter(entry -> entry.action() == EstablishmentAction.CLOSE)
                .reduce((first, second) -> second);
        return "L’établissement a été fermé par l’OPCO"
                + closing.map(entry -> " le " + FRENCH_DATE.format(entry.at())).orElse("")
                + closing.flatMap(HistoryEntry::reason).map(reason -> " (motif : " + reason + ")").orElse("")
                + " : il ne peut plus déposer de dossier ni être modifié. Contactez votre conseiller OPCO s’il doit être rouvert.";
    }
}
