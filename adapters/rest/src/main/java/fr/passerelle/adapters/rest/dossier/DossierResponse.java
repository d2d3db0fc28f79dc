package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.DossierView;
import fr.passerelle.domain.dossier.DocumentRequest;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.PendingRequest;
import fr.passerelle.domain.dossier.RequestKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record DossierResponse(String number, UUID establishmentId, FundingScheme scheme, DossierStatus status,
                       DossierContentDto content, List<DocumentResponse> documents, DocumentRequestResponse documentRequest,
                       PendingRequestResponse pendingRequest, String grantedAmount, String refusalReason,
                       List<DossierAction> allowedActions, Instant createdAt, Instant updatedAt, long version) {

    record DocumentResponse(UUID id, DocumentType type, String fileName, int version, boolean superseded, Instant attachedAt) {

        static DocumentResponse from(DossierDocument document) {
            return new DocumentResponse(document.id().value(), document.type(), document.fileName(), document.version(),
                    document.superseded(), document.attachedAt());
        }
    }

    record DocumentRequestResponse(List<DocumentType> types, LocalDate dueDate, String message, Instant requestedAt) {

        static DocumentRequestResponse from(DocumentRequest request) {
            return new DocumentRequestResponse(request.types().stream().sorted().toList(), request.dueDate(), request.message(),
                    request.requestedAt());
        }
    }

    record PendingRequestResponse(RequestKind kind, String message, Instant requestedAt) {

        static PendingRequestResponse from(PendingRequest request) {
            return new PendingRequestResponse(request.kind(), request.message(), request.requestedAt());
        }
    }

    static DossierResponse from(DossierView view) {
        DossierSnapshot dossier = view.dossier();
        return new DossierResponse(
                dossier.number().value(),
                dossier.establishmentId().value(),
                dossier.scheme(),
                dossier.status(),
                DossierContentDto.from(dossier.content()),
                dossier.documents().stream().map(DocumentResponse::from).toList(),
                dossier.documentRequest().map(DocumentRequestResponse::from).orElse(null),
                dossier.pendingRequest().map(PendingRequestResponse::from).orElse(null),
                dossier.grantedAmount().map(Object::toString).orElse(null),
                dossier.refusalReason().orElse(null),
                view.allowedActions().stream().sorted().toList(),
                dossier.createdAt(),
                view.updatedAt(),
                view.version());
    }
}
