package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.testing.TestData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static fr.passerelle.domain.testing.TestData.OTHER_COMPANY_SIRET;
import static fr.passerelle.domain.testing.TestData.TRAINING_BODY_SIRET;
import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static fr.passerelle.domain.testing.TestData.employerWith;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.later;
import static fr.passerelle.domain.testing.TestData.staff;
import static fr.passerelle.domain.testing.TestData.userId;

/** An establishment, the people around it, and a way to bring a dossier to any state through real transitions. */
final class DossierWorld {

    static final Money FUNDS = Money.parse("50000.00");
    static final Money GRANTED = Money.parse("8000.00");
    static final LocalDate DUE_DATE = LocalDate.of(2025, 4, 30);
    static final LocalDate TERMINATION_DATE = LocalDate.of(2026, 1, 15);

    final Establishment establishment = TestData.establishment();
    final Actor employer = employerWith(establishment.id(), Right.MANAGE_DOSSIERS);
    final Actor viewer = employerWith(establishment.id(), Right.VIEW_DOSSIERS);
    final Actor staff = staff();
    final Actor trainingBody = Actor.trainingBody(userId(), TRAINING_BODY_SIRET);
    final Actor otherTrainingBody = Actor.trainingBody(userId(), OTHER_COMPANY_SIRET);
    final Actor partner = Actor.partner(userId());
    final Actor otherEmployer = employerWith(establishmentId(), Right.ADMIN);
    final Actor platform = Actor.system();
    final DocumentId firstDocument = documentId();
    private int clock;

    List<Actor> everyone() {
        return List.of(employer, viewer, staff, trainingBody, otherTrainingBody, partner, otherEmployer, platform);
    }

    Instant tick() {
        return later(++clock);
    }

    static DocumentId documentId() {
        return new DocumentId(UUID.randomUUID());
    }

    Dossier newDraft(FundingScheme scheme) {
        return Dossier.draft(new DossierId(UUID.randomUUID()), DossierNumber.of("202500001"), establishment, scheme, employer, tick());
    }

    /** A work-study dossier in the given state, complete, with one programme attached while it was a draft. */
    Dossier dossierIn(DossierStatus status) {
        Dossier dossier = newDraft(FundingScheme.CONTRAT_PRO);
        dossier.saveDraft(employer, tick(), completeContent());
        dossier.attachDocument(employer, tick(), firstDocument, DocumentType.PROGRAMME, "programme.pdf", Optional.empty());
        switch (status) {
            case DRAFT -> { }
            case DELETED -> dossier.deleteDraft(employer, tick());
            case SUBMITTED -> submit(dossier);
            case CANCELLED -> {
                submit(dossier);
                dossier.cancel(employer, tick(), "Formation reportée");
            }
            case IN_REVIEW -> review(dossier);
            case AWAITING_DOCUMENTS -> awaitDocuments(dossier);
            case REFUSED -> {
                review(dossier);
                dossier.refuse(staff, tick(), "Hors critères");
            }
            case GRANTED -> grant(dossier);
            case TERMINATED -> {
                grant(dossier);
                dossier.terminate(employer, tick(), TERMINATION_DATE, "Démission", Money.ZERO);
            }
            case CLOSED -> {
                grant(dossier);
                dossier.closeBalance(staff, tick(), GRANTED);
            }
        }
        return dossier;
    }

    /** The dossier in that state, with what the action needs beforehand (an employer request to answer). */
    Dossier dossierReadyFor(DossierStatus status, DossierAction action) {
        Dossier dossier = dossierIn(status);
        boolean requestsAllowed = Set.of(DossierStatus.IN_REVIEW, DossierStatus.AWAITING_DOCUMENTS).contains(status);
        boolean cancellationRequestsAllowed = requestsAllowed || status == DossierStatus.GRANTED;
        if (action == DossierAction.ACCEPT_MODIFICATION && requestsAllowed) {
            dossier.requestModification(employer, tick(), "Changer les dates");
        }
        if ((action == DossierAction.ACCEPT_CANCELLATION || action == DossierAction.DECLINE_REQUEST) && cancellationRequestsAllowed) {
            dossier.requestCancellation(employer, tick(), "Salarié parti");
        }
        return dossier;
    }

    /** Performs the action with valid parameters, as the given actor. */
    void perform(Dossier dossier, DossierAction action, Actor actor) {
        Instant at = tick();
        switch (action) {
            case SAVE_DRAFT -> dossier.saveDraft(actor, at, completeContent());
            case DELETE_DRAFT -> dossier.deleteDraft(actor, at);
            case SUBMIT -> dossier.submit(actor, at, establishment, companyEmployees());
            case UNLOCK -> dossier.unlock(actor, at);
            case CANCEL -> dossier.cancel(actor, at, "Formation reportée");
            case TAKE_INTO_REVIEW -> dossier.takeIntoReview(actor, at);
            case REQUEST_DOCUMENTS -> dossier.requestDocuments(actor, at, Set.of(DocumentType.QUOTE), DUE_DATE, "Merci d’envoyer le devis");
            case HAND_BACK_DOCUMENTS -> dossier.handBackDocuments(actor, at);
            case REQUEST_MODIFICATION -> dossier.requestModification(actor, at, "Changer les dates");
            case REQUEST_CANCELLATION -> dossier.requestCancellation(actor, at, "Salarié parti");
            case ACCEPT_MODIFICATION -> dossier.acceptModificationRequest(actor, at);
            case ACCEPT_CANCELLATION -> dossier.acceptCancellationRequest(actor, at, Money.ZERO);
            case DECLINE_REQUEST -> dossier.declineRequest(actor, at, "Demande tardive");
            case GRANT -> dossier.grant(actor, at, GRANTED, FUNDS);
            case REFUSE -> dossier.refuse(actor, at, "Hors critères");
            case TERMINATE -> dossier.terminate(actor, at, TERMINATION_DATE, "Démission", Money.ZERO);
            case CLOSE_BALANCE -> dossier.closeBalance(actor, at, GRANTED);
            case ATTACH_DOCUMENT -> dossier.attachDocument(actor, at, documentId(), DocumentType.ATTENDANCE, "emargement.pdf", Optional.empty());
            case REMOVE_DOCUMENT -> dossier.removeDocument(actor, at, firstDocument);
        }
    }

    void submit(Dossier dossier) {
        dossier.submit(employer, tick(), establishment, companyEmployees());
    }

    void review(Dossier dossier) {
        submit(dossier);
        dossier.takeIntoReview(staff, tick());
    }

    void awaitDocuments(Dossier dossier) {
        review(dossier);
        dossier.requestDocuments(staff, tick(), Set.of(DocumentType.QUOTE), DUE_DATE, "Merci d’envoyer le devis");
        dossier.attachDocument(employer, tick(), documentId(), DocumentType.QUOTE, "devis.pdf", Optional.empty());
    }

    void grant(Dossier dossier) {
        review(dossier);
        dossier.grant(staff, tick(), GRANTED, FUNDS);
    }
}
