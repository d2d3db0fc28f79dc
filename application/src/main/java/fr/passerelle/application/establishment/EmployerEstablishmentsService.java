package fr.passerelle.application.establishment;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentIntake;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.establishment.EstablishmentCommands.OnBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.ProposeBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RequestChange;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.ChangeRequestId;
import fr.passerelle.domain.shared.DocumentId;

import java.util.UUID;

/**
 * The employer's side of an establishment. Who may act is the domain's transition table: users with
 * {@code MANAGE_COMPANY} (the domain's {@code MANAGER} role; {@code ADMIN} holds every right); a linked user without
 * it is refused ({@code ESTABLISHMENT_ACTION_FORBIDDEN}), anyone else reads that the establishment does not exist.
 */
public final class EmployerEstablishmentsService implements EmployerEstablishments {

    static final String PROOF_TYPES = "Ce justificatif n’est pas d’un format accepté : joignez votre RIB en PDF, "
            + "ou sa photo ou son scan en PNG ou JPEG.";

    private final EstablishmentAccess access;
    private final SiretMoves siretMoves;
    private final DocumentIntake intake;

    public EmployerEstablishmentsService(Establishments establishments, DocumentStore files, ContentTypes contentTypes,
                                         long maxProofSize, AccountDirectory accounts, Clock clock) {
        this.access = new EstablishmentAccess(establishments, accounts, files, clock);
        this.siretMoves = new SiretMoves(establishments);
        this.intake = new DocumentIntake(files, contentTypes, maxProofSize);
    }

    @Override
    public EstablishmentView requestChange(Caller caller, RequestChange command) {
        return access.changeAndView(caller, command.establishment(), (establishment, actor, at) -> {
            command.change().siret().ifPresent(siret -> siretMoves.requireFree(siret, establishment.id()));
            establishment.requestChange(actor, at, new ChangeRequestId(UUID.randomUUID()), command.change());
        });
    }

    @Override
    public EstablishmentView proposeBankAccount(Caller caller, ProposeBankAccount command) {
        intake.requireWithinLimit(command.proof());
        DocumentId proof = new DocumentId(UUID.randomUUID());
        return access.changeAndView(caller, command.establishment(), (establishment, actor, at) -> {
            establishment.proposeBankAccount(actor, at, new BankAccountId(UUID.randomUUID()), command.iban(), command.bic(),
                    command.holder(), proof);
            intake.store(DocumentOwner.of(establishment.id()), proof, command.proof(), ContentTypes.PDF_OR_IMAGE, PROOF_TYPES);
        });
    }

    @Override
    public EstablishmentView deactivateBankAccount(Caller caller, OnBankAccount command) {
        return access.changeAndView(caller, command.establishment(), (establishment, actor, at) -> {
            BankAccounts.require(establishment, command.account());
            establishment.deactivateBankAccount(actor, at, command.account());
        });
    }
}
