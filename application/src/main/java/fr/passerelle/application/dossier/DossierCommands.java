package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The commands on dossiers that carry more than the dossier they act on. Free text is checked by the domain. */
public final class DossierCommands {

    private DossierCommands() {
    }

    /** @param idempotencyKey a replay of the same key by the same caller returns the dossier the first call created */
    public record CreateDraft(EstablishmentId establishmentId, FundingScheme scheme, Optional<String> idempotencyKey) {

        public CreateDraft {
            Objects.requireNonNull(establishmentId, "establishmentId");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    public record SaveDraft(DossierRef dossier, DossierContent content) {

        public SaveDraft {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(content, "content");
        }
    }

    /** A command whose only argument is a reason (cancel, refuse, decline a request). */
    public record WithReason(DossierRef dossier, String reason) {

        public WithReason {
            Objects.requireNonNull(dossier, "dossier");
        }
    }

    /** A request the employer files for staff (modification, cancellation). */
    public record WithMessage(DossierRef dossier, String message) {

        public WithMessage {
            Objects.requireNonNull(dossier, "dossier");
        }
    }

    public record RequestDocuments(DossierRef dossier, Set<DocumentType> types, LocalDate dueDate, String message) {

        public RequestDocuments {
            Objects.requireNonNull(dossier, "dossier");
            types = Set.copyOf(types);
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    public record Grant(DossierRef dossier, Money amount) {

        public Grant {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
