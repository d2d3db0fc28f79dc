package fr.passerelle.adapters.rest.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.document.DocumentFile;
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
import fr.passerelle.domain.dossier.Termination;
import fr.passerelle.domain.shared.DocumentId;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

record DossierResponse(String number, UUID establishmentId, FundingScheme scheme, DossierStatus status,
                       DossierContentDto content, List<DocumentResponse> documents, DocumentRequestResponse documentRequest,
                       PendingRequestResponse pendingRequest, String grantedAmount, String refusalReason,
                       TerminationResponse termination, List<DossierAction> allowedActions, Instant createdAt, Instant updatedAt, long version) {

    /** A document version; the stored file's type, size and checksum are left out only when no file is stored for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentResponse(UUID id, DocumentType type, String fileName, int version, boolean superseded, Instant attachedAt,
                            UUID attachedBy, UUID replaces, UUID supersededBy, String contentType, Long size, String sha256) {

        static DocumentResponse from(DossierDocument document, List<DossierDocument> all, Map<DocumentId, DocumentFile> files) {
            Optional<DocumentFile> file = Optional.ofNullable(files.get(document.id()));
            UUID supersededBy = all.stream()
                    .filter(other -> other.supersedes().filter(document.id()::equals).isPresent())
                    .map(other -> other.id().value())
                    .findFirst()
                    .orElse(null);
            return new DocumentResponse(document.id().value(), document.type(), document.fileName(), document.version(),
                    document.superseded(), document.attachedAt(), document.attachedBy().value(),
                    document.supersedes().map(DocumentId::value).orElse(null), supersededBy,
                    file.map(DocumentFile::contentType).orElse(null), file.map(DocumentFile::size).orElse(null),
                    file.map(DocumentFile::sha256).orElse(null));
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

    record TerminationResponse(LocalDate endDate, String reason) {

        static TerminationResponse from(Termination termination) {
            return new TerminationResponse(termination.date(), termination.reason());
        }
    }

    /** 200 with the dossier and its version as the ETag, the answer to every command on a dossier. */
    static Response ok(DossierView view) {
        return Response.ok(from(view)).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    static DossierResponse from(DossierView view) {
        DossierSnapshot dossier = view.dossier();
        return new DossierResponse(
                dossier.number().value(),
                dossier.establishmentId().value(),
                dossier.scheme(),
                dossier.status(),
                DossierContentDto.from(dossier.content()),
                dossier.documents().stream().map(document -> DocumentResponse.from(document, dossier.documents(), view.files())).toList(),
                dossier.documentRequest().map(DocumentRequestResponse::from).orElse(null),
                dossier.pendingRequest().map(PendingRequestResponse::from).orElse(null),
                dossier.grantedAmount().map(Object::toString).orElse(null),
                dossier.refusalReason().orElse(null),
                dossier.termination().map(TerminationResponse::from).orElse(null),
                view.allowedActions().stream().sorted().toList(),
                dossier.createdAt(),
                view.updatedAt(),
                view.version());
    }
}
