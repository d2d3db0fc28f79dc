package fr.passerelle.application.dossier;

import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithMessage;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.DossierValidationException;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static fr.passerelle.domain.dossier.DossierAction.ACCEPT_CANCELLATION;
import static fr.passerelle.domain.dossier.DossierAction.ATTACH_DOCUMENT;
import static fr.passerelle.domain.dossier.DossierAction.CANCEL;
import static fr.passerelle.domain.dossier.DossierAction.DECLINE_REQUEST;
import static fr.passerelle.domain.dossier.DossierAction.DELETE_DRAFT;
import static fr.passerelle.domain.dossier.DossierAction.GRANT;
import static fr.passerelle.domain.dossier.DossierAction.REFUSE;
import static fr.passerelle.domain.dossier.DossierAction.REQUEST_DOCUMENTS;
import static fr.passerelle.domain.dossier.DossierAction.SAVE_DRAFT;
import static fr.passerelle.domain.dossier.DossierAction.SUBMIT;
import static fr.passerelle.domain.dossier.DossierAction.TAKE_INTO_REVIEW;
import static fr.passerelle.domain.dossier.DossierAction.UNLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierUseCasesTest {

    private final DossierWorld world = new DossierWorld();

    private DossierView draft() {
        return world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
    }

    private DossierView submitted() {
        DossierView draft = draft();
        world.employer.saveDraft(world.manager, new SaveDraft(ref(draft), DossierWorld.completeContent()));
        return world.employer.submit(world.manager, ref(draft));
    }

    private DossierView inReview() {
        return world.review.takeIntoReview(world.staff, ref(submitted()));
    }

    private static DossierRef ref(DossierView view) {
        return DossierRef.of(view.dossier().number().value());
    }

    private static String number(DossierView view) {
        return view.dossier().number().value();
    }

    @Test
    void a_manager_creates_a_numbered_draft_and_may_edit_submit_or_delete_it() {
        DossierView draft = draft();

        assertThat(draft.dossier().number().value()).matches("\\d{9}");
        assertThat(draft.dossier().status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(draft.version()).isZero();
        assertThat(draft.allowedActions()).contains(SAVE_DRAFT, DELETE_DRAFT, SUBMIT, ATTACH_DOCUMENT);
    }

    @Test
    void a_replayed_idempotency_key_returns_the_first_dossier_and_creates_nothing() {
        CreateDraft command = new CreateDraft(world.establishment.id(), FundingScheme.PLAN, Optional.of("key-1"));

        DossierView first = world.employer.createDraft(world.manager, command);
        DossierView replay = world.employer.createDraft(world.manager, command);

        assertThat(replay.dossier().number()).isEqualTo(first.dossier().number());
        assertThat(world.dossiers.size()).isEqualTo(1);
    }

    @Test
    void the_same_key_from_another_caller_is_another_creation() {
        world.employer.createDraft(world.manager, new CreateDraft(world.establishment.id(), FundingScheme.PLAN, Optional.of("k")));
        world.employer.createDraft(world.otherCompany,
                new CreateDraft(world.otherCompanyEstablishment.id(), FundingScheme.PLAN, Optional.of("k")));

        assertThat(world.dossiers.size()).isEqualTo(2);
    }

    @Test
    void saving_keeps_partial_content_and_moves_the_version_on() {
        DossierView draft = draft();
        DossierContent partial = new DossierContent(new Training("Soudure", null, null, null, null, null, null),
                null, null, null, null, null, null);

        DossierView saved = world.employer.saveDraft(world.manager, new SaveDraft(ref(draft).at(0), partial));

        assertThat(saved.dossier().content().training().title()).isEqualTo("Soudure");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(world.queries.view(world.manager, number(draft)).dossier().content()).isEqualTo(partial);
    }

    @Test
    void submitting_incomplete_content_reports_every_problem_and_changes_nothing() {
        DossierView draft = draft();

        assertThatThrownBy(() -> world.employer.submit(world.manager, ref(draft)))
                .isInstanceOfSatisfying(DossierValidationException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field)
                        .contains("training.title", "training.startDate", "amountRequested"));
        assertThat(world.queries.view(world.manager, number(draft)).dossier().status()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void a_submitted_dossier_can_be_unlocked_or_cancelled_by_its_manager() {
        DossierView submitted = submitted();
        assertThat(submitted.allowedActions()).contains(UNLOCK, CANCEL);

        DossierView unlocked = world.employer.unlock(world.manager, ref(submitted));
        assertThat(unlocked.dossier().status()).isEqualTo(DossierStatus.DRAFT);

        world.employer.submit(world.manager, ref(unlocked));
        DossierView cancelled = world.employer.cancel(world.manager, new WithReason(ref(unlocked), "Formation reportée"));
        assertThat(cancelled.dossier().status()).isEqualTo(DossierStatus.CANCELLED);
    }

    @Test
    void a_deleted_draft_is_seen_by_nobody() {
        DossierView draft = draft();

        world.employer.deleteDraft(world.manager, ref(draft));

        assertThatThrownBy(() -> world.queries.view(world.manager, number(draft))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.queries.search(world.manager, DossierSearch.everything(PageRequest.first(50))).items()).isEmpty();
    }

    @Test
    void staff_review_request_documents_refuse_and_grant_within_the_request() {
        DossierView submitted = submitted();
        assertThat(world.queries.view(world.staff, number(submitted)).allowedActions()).containsExactlyInAnyOrder(TAKE_INTO_REVIEW, ATTACH_DOCUMENT);

        DossierView review = world.review.takeIntoReview(world.staff, ref(submitted));
        assertThat(review.allowedActions()).contains(GRANT, REFUSE, REQUEST_DOCUMENTS);
        assertThatThrownBy(() -> world.review.grant(world.staff, new Grant(ref(review), Money.parse("10000.01"))))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("GRANT_EXCEEDS_REQUEST"));

        DossierView awaiting = world.review.requestDocuments(world.staff,
                new RequestDocuments(ref(review), Set.of(DocumentType.QUOTE), LocalDate.of(2025, 4, 30), "Merci d’envoyer le devis"));
        assertThat(awaiting.dossier().status()).isEqualTo(DossierStatus.AWAITING_DOCUMENTS);
        assertThatThrownBy(() -> world.employer.handBackDocuments(world.manager, ref(awaiting)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("REQUESTED_DOCUMENTS_MISSING"));

        DossierView granted = world.review.grant(world.staff, new Grant(ref(inReview()), Money.parse("9000.00")));
        assertThat(granted.dossier().status()).isEqualTo(DossierStatus.GRANTED);
        assertThat(granted.dossier().grantedAmount()).contains(Money.parse("9000.00"));

        DossierView refused = world.review.refuse(world.staff, new WithReason(ref(awaiting), "Hors critères"));
        assertThat(refused.dossier().refusalReason()).contains("Hors critères");
    }

    @Test
    void staff_accept_a_cancellation_request_or_decline_a_modification_request() {
        DossierView review = inReview();
        DossierView asked = world.employer.requestCancellation(world.manager, new WithMessage(ref(review), "Salarié parti"));
        assertThat(world.queries.view(world.staff, number(asked)).allowedActions()).contains(ACCEPT_CANCELLATION, DECLINE_REQUEST);

        DossierView cancelled = world.review.acceptRequest(world.staff, ref(asked));
        assertThat(cancelled.dossier().status()).isEqualTo(DossierStatus.CANCELLED);

        DossierView other = world.employer.requestModification(world.manager, new WithMessage(ref(inReview()), "Changer les dates"));
        DossierView declined = world.review.declineRequest(world.staff, new WithReason(ref(other), "Dates déjà validées"));
        assertThat(declined.dossier().status()).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(declined.dossier().pendingRequest()).isEmpty();

        DossierView again = world.employer.requestModification(world.manager, new WithMessage(ref(declined), "Changer le lieu"));
        assertThat(world.review.acceptRequest(world.staff, ref(again)).dossier().status()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void another_company_a_training_body_and_an_unknown_caller_are_told_the_dossier_does_not_exist() {
        DossierView submitted = submitted();
        for (Caller outsider : new Caller[]{world.otherCompany, world.trainingBody, world.unknown}) {
            assertNotFound(caller -> world.queries.view(caller, number(submitted)), outsider);
            assertNotFound(caller -> world.queries.history(caller, number(submitted)), outsider);
            assertNotFound(caller -> world.employer.unlock(caller, ref(submitted)), outsider);
            assertNotFound(caller -> world.employer.cancel(caller, new WithReason(ref(submitted), "x")), outsider);
            assertNotFound(caller -> world.review.takeIntoReview(caller, ref(submitted)), outsider);
            assertThat(world.queries.search(outsider, DossierSearch.everything(PageRequest.first(50))).items()).isEmpty();
        }
        assertNotFound(caller -> world.employer.createDraft(caller,
                new CreateDraft(world.establishment.id(), FundingScheme.PLAN, Optional.empty())), world.otherCompany);
    }

    @Test
    void an_unknown_or_malformed_number_is_not_found() {
        assertNotFound(caller -> world.queries.view(caller, "999999999"), world.manager);
        assertNotFound(caller -> world.queries.view(caller, "12"), world.manager);
    }

    @Test
    void a_viewer_reads_submitted_dossiers_but_neither_drafts_nor_acts() {
        DossierView draft = draft();
        DossierView submitted = submitted();

        assertNotFound(caller -> world.queries.view(caller, number(draft)), world.viewer);
        DossierView seen = world.queries.view(world.viewer, number(submitted));
        assertThat(seen.allowedActions()).isEmpty();
        assertThatThrownBy(() -> world.employer.unlock(world.viewer, ref(submitted)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("DOSSIER_ACTION_FORBIDDEN"));
        assertThatThrownBy(() -> world.employer.createDraft(world.viewer,
                new CreateDraft(world.establishment.id(), FundingScheme.PLAN, Optional.empty())))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("DOSSIER_ACTION_FORBIDDEN"));
        assertThat(world.queries.search(world.viewer, DossierSearch.everything(PageRequest.first(50))).items())
                .extracting(DossierSummary::number).containsExactly(submitted.dossier().number());
    }

    @Test
    void staff_never_see_drafts_but_see_every_submitted_dossier_in_lists_and_queue() {
        DossierView draft = draft();
        DossierView submitted = submitted();

        assertNotFound(caller -> world.queries.view(caller, number(draft)), world.staff);
        assertThat(world.queries.search(world.staff, DossierSearch.everything(PageRequest.first(50))).items())
                .extracting(DossierSummary::number).containsExactly(submitted.dossier().number());
        assertThat(world.queries.submittedQueue(world.staff, PageRequest.first(10)).items())
                .extracting(DossierSummary::number).containsExactly(submitted.dossier().number());
        assertThat(world.queries.submittedQueue(world.manager, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_stale_expected_version_changes_nothing() {
        DossierView draft = draft();
        world.employer.saveDraft(world.manager, new SaveDraft(ref(draft).at(0), DossierContent.EMPTY));

        assertThatThrownBy(() -> world.employer.saveDraft(world.manager, new SaveDraft(ref(draft).at(0), DossierWorld.completeContent())))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(world.queries.view(world.manager, number(draft)).dossier().content()).isEqualTo(DossierContent.EMPTY);
    }

    @Test
    void a_change_stored_meanwhile_by_another_command_makes_this_one_fail() {
        DossierView draft = draft();
        Dossiers racing = new Dossiers() {
            @Override
            public Optional<StoredDossier> find(DossierNumber number) {
                Optional<StoredDossier> found = world.dossiers.find(number);
                world.dossiers.bumpVersion(number);
                return found;
            }

            @Override
            public StoredDossier add(fr.passerelle.domain.dossier.DossierSnapshot dossier) {
                return world.dossiers.add(dossier);
            }

            @Override
            public StoredDossier update(fr.passerelle.domain.dossier.DossierSnapshot dossier, long expectedVersion, java.time.Instant at) {
                return world.dossiers.update(dossier, expectedVersion, at);
            }

            @Override
            public DossierPage search(DossierSearch search, DossierScope scope) {
                return world.dossiers.search(search, scope);
            }

            @Override
            public DossierPage submittedQueue(PageRequest page) {
                return world.dossiers.submittedQueue(page);
            }
        };
        EmployerDossiers employer = new EmployerDossiersService(racing, () -> DossierNumber.of("100000999"), new InMemoryEstablishments(),
                id -> Set.of(), (subject, key, number) -> Optional.empty(), world.accountDirectory, world::tick, world.documentStore);

        assertThatThrownBy(() -> employer.saveDraft(world.manager, new SaveDraft(ref(draft), DossierContent.EMPTY)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void the_history_names_who_acted() {
        DossierView review = inReview();

        assertThat(world.queries.history(world.manager, number(review)))
                .extracting(HistoryLine::by, HistoryLine::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Émilie Durand", DossierStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple("Émilie Durand", DossierStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("Gabriel Lefèvre", DossierStatus.IN_REVIEW));
    }

    @Test
    void queries_refuse_what_cannot_be_read() {
        assertThatThrownBy(() -> PageRequest.first(201)).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(MalformedInputException.class);
        assertThat(DossierSearch.wordsOf("  Soudure   TIG ")).containsExactly("Soudure", "TIG");
        assertThat(DossierSearch.wordsOf(null)).isEmpty();
    }

    private static void assertNotFound(Consumer<Caller> call, Caller caller) {
        assertThatThrownBy(() -> call.accept(caller)).isInstanceOf(ResourceNotFoundException.class);
    }
}
