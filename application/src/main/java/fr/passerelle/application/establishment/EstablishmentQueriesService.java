package fr.passerelle.application.establishment;

import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.establishment.BankAccount;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.EstablishmentId;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Lists and details of establishments, and the proofs of their bank accounts, each as the caller may see them. */
public final class EstablishmentQueriesService implements EstablishmentQueries {

    static final String PROOF_NOT_FOUND = "Ce justificatif n’existe pas ou ne vous est pas accessible.";

    private final EstablishmentAccess access;
    private final EstablishmentIndex index;
    private final DocumentStore files;

    public EstablishmentQueriesService(Establishments establishments, EstablishmentIndex index, DocumentStore files,
                                       AccountDirectory accounts, Clock clock) {
        this.access = new EstablishmentAccess(establishments, accounts, files, clock);
        this.index = Objects.requireNonNull(index);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Page<EstablishmentSummary> list(Caller caller, List<String> words, PageRequest page) {
        Optional<Actor> actor = access.actorFor(caller);
        if (actor.filter(found -> found.is(ActorKind.STAFF)).isPresent()) {
            return index.search(Optional.empty(), words, page);
        }
        Set<EstablishmentId> linked = actor.filter(found -> found.is(ActorKind.EMPLOYER))
                .map(found -> found.rights().keySet())
                .orElse(Set.of());
        return linked.isEmpty() ? Page.empty() : index.search(Optional.of(linked), words, page);
    }

    @Override
    public EstablishmentView view(Caller caller, EstablishmentId establishment) {
        Actor actor = access.requireActor(caller);
        return access.view(actor, access.visible(actor, establishment));
    }

    @Override
    public DocumentDownload proof(Caller caller, EstablishmentId establishment, BankAccountId account) {
        Actor actor = access.requireActor(caller);
        StoredEstablishment stored = access.visible(actor, establishment);
        if (!EstablishmentAccess.seesBankDetails(actor, establishment)) {
            throw new ResourceNotFoundException(PROOF_NOT_FOUND);
        }
        BankAccount bankAccount = stored.snapshot().bankAccounts().stream()
                .filter(candidate -> candidate.id().equals(account))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(PROOF_NOT_FOUND));
        DocumentOwner owner = DocumentOwner.of(establishment);
        DocumentFile file = files.filesOf(owner).get(bankAccount.proof());
        InputStream content = files.open(owner, bankAccount.proof()).orElse(null);
        if (file == null || content == null) {
            throw new ResourceNotFoundException(PROOF_NOT_FOUND);
        }
        return new DocumentDownload(proofFileName(stored, bankAccount, file), file, content);
    }

    /** The proof's upload name is not kept: the download is named after what it proves. */
    private static String proofFileName(StoredEstablishment stored, BankAccount account, DocumentFile file) {
        String iban = account.iban().value();
        String extension = switch (file.contentType()) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
        return "RIB-" + stored.snapshot().siret().value() + "-" + iban.substring(iban.length() - 4) + "." + extension;
    }
}
