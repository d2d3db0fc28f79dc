package fr.passerelle.application.dossier;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentIntake;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DocumentId;

import java.util.Objects;
import java.util.UUID;

/**
 * The termination is the domain's {@code declareTermination} (who may, which schemes, the date within the contract);
 * what it releases is the commitment not yet invoiced, read with the dossier's books locked as for a cancellation.
 * The signed form is a PDF or a scan (PNG, JPEG), stored with the dossier's documents.
 */
public final class DeclareTerminationService implements DeclareTermination {

    static final String FORM_TYPES = "Le formulaire de rupture signé se joint en PDF, ou scanné en PNG ou JPEG.";

    private final DossierAccess access;
    private final Invoices invoices;
    private final DocumentIntake intake;

    public DeclareTerminationService(Dossiers dossiers, Invoices invoices, DocumentStore store, ContentTypes contentTypes, long maxSize,
                                     AccountDirectory accounts, Clock clock) {
        this.access = new DossierAccess(dossiers, accounts, clock, store);
        this.invoices = Objects.requireNonNull(invoices);
        this.intake = new DocumentIntake(store, contentTypes, maxSize);
    }

    @Override
    public DossierView declare(Caller caller, Termination termination) {
        Actor actor = access.requireActor(caller);
        intake.requireWithinLimit(termination.signedForm());
        DossierAccess.lockBooks(invoices, termination.dossier());
        DocumentId form = new DocumentId(UUID.randomUUID());
        StoredDossier changed = access.change(actor, termination.dossier(), (dossier, who, at) -> {
            dossier.declareTermination(who, at, termination.endDate(), termination.reason(), invoices.totals(dossier.id()).live(),
                    form, termination.signedForm().fileName());
            intake.store(DocumentOwner.of(dossier.id()), form, termination.signedForm(), ContentTypes.PDF_OR_IMAGE, FORM_TYPES);
        });
        return access.view(actor, changed);
    }
}
