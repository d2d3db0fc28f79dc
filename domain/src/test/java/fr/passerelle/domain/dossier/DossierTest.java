package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Violation;
import fr.passerelle.domain.testing.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static fr.passerelle.domain.dossier.DossierStatus.AWAITING_DOCUMENTS;
import static fr.passerelle.domain.dossier.DossierStatus.CANCELLED;
import static fr.passerelle.domain.dossier.DossierStatus.DRAFT;
import static fr.passerelle.domain.dossier.DossierStatus.GRANTED;
import static fr.passerelle.domain.dossier.DossierStatus.IN_REVIEW;
import static fr.passerelle.domain.dossier.DossierStatus.SUBMITTED;
import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DossierTest {

    private final DossierWorld world = new DossierWorld();

    private void assertRefused(Dossier dossier, String code, ThrowingCallable command) {
        DossierSnapshot before = dossier.snapshot();
        int events = dossier.pendingEvents().size();
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).isNotBlank();
        assertThat(dossier.snapshot()).isEqualTo(before);
        assertThat(dossier.pendingEvents()).hasSize(events);
    }

    @Nested
    class Drafting {

        @Test
        void a_draft_starts_empty_and_says_who_filed_it() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);

            assertThat(dossier.status()).isEqualTo(DRAFT);
            assertThat(dossier.content()).isEqualTo(DossierContent.EMPTY);
            assertThat(dossier.history()).isEmpty();
            assertThat(dossier.establishmentId()).isEqualTo(world.establishment.id());
            assertThat(dossier.scheme()).isEqualTo(FundingScheme.PLAN);
            assertThat(dossier.number()).hasToString("202500001");
            assertThat(dossier.pendingEvents()).hasSize(1);
            assertThat(dossier.pullEvents()).singleElement().isInstanceOfSatisfying(DossierEvent.Drafted.class, event -> {
                assertThat(event.by()).isEqualTo(world.employer.id());
                assertThat(event.establishmentId()).isEqualTo(world.establishment.id());
                assertThat(event.scheme()).isEqualTo(FundingScheme.PLAN);
            });
            assertThat(dossier.pullEvents()).isEmpty();
        }

        @Test
        void only_someone_managing_the_establishment_dossiers_files_one() {
            assertThatThrownBy(() -> Dossier.draft(new DossierId(UUID.randomUUID()), DossierNumber.of("202500001"),
                    world.establishment, FundingScheme.PLAN, world.viewer, TestData.NOW))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_ACTION_FORBIDDEN"));
        }

        @Test
        void a_closed_establishment_takes_no_new_dossier() {
            world.establishment.close(world.staff, TestData.NOW, "Cessation d’activité");

            assertThatThrownBy(() -> world.newDraft(FundingScheme.PLAN))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ESTABLISHMENT_CLOSED"));
        }

        @Test
        void saving_keeps_exactly_what_was_typed_even_half_done() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);
            DossierContent halfDone = new DossierContent(new Training("Excel", null, LocalDate.of(2025, 6, 2),
                    LocalDate.of(2025, 5, 1), null, null, null), null, null, null, Money.parse("-3"), null, null);

            dossier.saveDraft(world.employer, world.tick(), halfDone);

            assertThat(dossier.content()).isEqualTo(halfDone);
            assertThat(dossier.content().training().title()).isEqualTo("Excel");
            assertThat(dossier.content().trainees()).isEmpty();
        }
    }

    @Nested
    class Submitting {

        @Test
        void an_incomplete_dossier_is_refused_with_every_problem_at_once() {
            Dossier dossier = world.newDraft(FundingScheme.CONTRAT_PRO);
            DossierSnapshot before = dossier.snapshot();

            DossierValidationException refusal = catchThrowableOfType(DossierValidationException.class,
                    () -> world.submit(dossier));

            assertThat(refusal.code()).isEqualTo("DOSSIER_INVALID");
            assertThat(refusal.violations()).extracting(Violation::field)
                    .contains("training.title", "training.startDate", "trainees", "costs.teaching", "amountRequested",
                            "subrogation", "contract.startDate", "contract.beneficiaryBirthDate");
            assertThat(refusal.getMessage()).contains(String.valueOf(refusal.violations().size()));
            assertThat(dossier.snapshot()).isEqualTo(before);
        }

        @Test
        void validating_reports_problems_without_submitting() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);
            dossier.saveDraft(world.employer, world.tick(), completeContent());

            assertThat(dossier.validate(world.establishment, companyEmployees())).isEmpty();
            assertThat(dossier.validate(world.establishment, Set.of())).extracting(Violation::code)
                    .containsExactly("TRAINEE_NOT_IN_COMPANY");
            assertThat(dossier.status()).isEqualTo(DRAFT);
        }

        @Test
        void the_plan_policy_looks_at_the_establishment_company_headcount() {
            Establishment large = TestData.establishment(50);
            Actor employer = TestData.employerWith(large.id(), Right.MANAGE_DOSSIERS);
            Dossier dossier = Dossier.draft(new DossierId(UUID.randomUUID()), DossierNumber.of("202500002"), large,
                    FundingScheme.PLAN, employer, TestData.NOW);
            dossier.saveDraft(employer, TestData.NOW, completeContent());

            assertThat(dossier.validate(large, companyEmployees())).extracting(Violation::code)
                    .containsExactly("PLAN_COMPANY_TOO_LARGE");
        }

        @Test
        void it_is_validated_against_its_own_establishment() {
            Dossier dossier = world.dossierIn(DRAFT);

            assertRefused(dossier, "ESTABLISHMENT_MISMATCH",
                    () -> dossier.submit(world.employer, world.tick(), TestData.establishment(), companyEmployees()));
        }

        @Test
        void the_employer_may_unlock_it_until_staff_take_it_into_review() {
            Dossier dossier = world.dossierIn(SUBMITTED);

            dossier.unlock(world.employer, world.tick());

            assertThat(dossier.status()).isEqualTo(DRAFT);
        }

        @Test
        void once_in_review_it_can_no_longer_be_unlocked() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "DOSSIER_ALREADY_IN_REVIEW", () -> dossier.unlock(world.employer, world.tick()));
        }

        @Test
        void cancelling_a_submitted_dossier_needs_a_reason() {
            Dossier dossier = world.dossierIn(SUBMITTED);

            assertRefused(dossier, "REASON_REQUIRED", () -> dossier.cancel(world.employer, world.tick(), " "));

            dossier.cancel(world.employer, world.tick(), "Formation reportée");
            assertThat(dossier.status()).isEqualTo(CANCELLED);
            assertThat(dossier.history().get(dossier.history().size() - 1).reason()).contains("Formation reportée");
        }
    }

    @Nested
    class MissingDocuments {

        @Test
        void staff_list_the_missing_documents_with_a_due_date_and_a_message() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            dossier.requestDocuments(world.staff, world.tick(), Set.of(DocumentType.QUOTE, DocumentType.CALENDAR),
                    DossierWorld.DUE_DATE, "  Devis et calendrier SVP ");

            assertThat(dossier.status()).isEqualTo(AWAITING_DOCUMENTS);
            DocumentRequest request = dossier.documentRequest().orElseThrow();
            assertThat(request.types()).containsExactlyInAnyOrder(DocumentType.QUOTE, DocumentType.CALENDAR);
            assertThat(request.dueDate()).isEqualTo(DossierWorld.DUE_DATE);
            assertThat(request.message()).isEqualTo("Devis et calendrier SVP");
            assertThat(request.requestedBy()).isEqualTo(world.staff.id());
        }

        @Test
        void the_request_names_at_least_one_document() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "DOCUMENT_TYPES_REQUIRED",
                    () -> dossier.requestDocuments(world.staff, world.tick(), Set.of(), DossierWorld.DUE_DATE, "Merci"));
        }

        @Test
        void the_due_date_is_not_in_the_past() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            LocalDate today = LocalDate.of(2025, 3, 10);

            assertRefused(dossier, "INVALID_DUE_DATE", () -> dossier.requestDocuments(world.staff, TestData.later(600),
                    Set.of(DocumentType.QUOTE), today.minusDays(1), "Merci"));
            dossier.requestDocuments(world.staff, TestData.later(600), Set.of(DocumentType.QUOTE), today, "Merci");
            assertThat(dossier.status()).isEqualTo(AWAITING_DOCUMENTS);
        }

        @Test
        void the_due_date_is_read_in_french_time() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            java.time.Instant lateEveningInParis = java.time.Instant.parse("2025-03-10T23:30:00Z");

            assertRefused(dossier, "INVALID_DUE_DATE", () -> dossier.requestDocuments(world.staff, lateEveningInParis,
                    Set.of(DocumentType.QUOTE), LocalDate.of(2025, 3, 10), "Merci"));
        }

        @Test
        void the_request_carries_a_message() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "MESSAGE_REQUIRED", () -> dossier.requestDocuments(world.staff, world.tick(),
                    Set.of(DocumentType.QUOTE), DossierWorld.DUE_DATE, ""));
        }

        @Test
        void the_employer_hands_the_dossier_back_only_once_every_requested_document_is_uploaded() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.attachDocument(world.employer, world.tick(), DossierWorld.documentId(), DocumentType.CALENDAR,
                    "ancien-calendrier.pdf", Optional.empty());
            dossier.requestDocuments(world.staff, world.tick(), Set.of(DocumentType.QUOTE, DocumentType.CALENDAR),
                    DossierWorld.DUE_DATE, "Devis et calendrier à jour");
            dossier.attachDocument(world.employer, world.tick(), DossierWorld.documentId(), DocumentType.QUOTE, "devis.pdf",
                    Optional.empty());

            assertThat(dossier.allowedActions(world.employer)).doesNotContain(DossierAction.HAND_BACK_DOCUMENTS);
            assertThatThrownBy(() -> dossier.handBackDocuments(world.employer, world.tick()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("REQUESTED_DOCUMENTS_MISSING"))
                    .hasMessage("Pièces demandées encore manquantes : calendrier.");

            dossier.attachDocument(world.employer, world.tick(), DossierWorld.documentId(), DocumentType.CALENDAR,
                    "calendrier.pdf", Optional.empty());
            assertThat(dossier.allowedActions(world.employer)).contains(DossierAction.HAND_BACK_DOCUMENTS);
            dossier.handBackDocuments(world.employer, world.tick());

            assertThat(dossier.status()).isEqualTo(IN_REVIEW);
            assertThat(dossier.documentRequest()).isEmpty();
        }

        @Test
        void a_superseded_upload_does_not_count_as_provided() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.requestDocuments(world.staff, world.tick(), Set.of(DocumentType.QUOTE), DossierWorld.DUE_DATE, "Devis");
            DocumentId quote = DossierWorld.documentId();
            dossier.attachDocument(world.employer, world.tick(), quote, DocumentType.QUOTE, "devis.pdf", Optional.empty());
            dossier.attachDocument(world.employer, world.tick(), DossierWorld.documentId(), DocumentType.QUOTE, "devis-v2.pdf",
                    Optional.of(quote));

            dossier.handBackDocuments(world.employer, world.tick());

            assertThat(dossier.status()).isEqualTo(IN_REVIEW);
        }
    }

    @Nested
    class EmployerRequests {

        @Test
        void a_request_carries_a_message_and_waits_for_staff() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "MESSAGE_REQUIRED", () -> dossier.requestModification(world.employer, world.tick(), null));
            dossier.requestModification(world.employer, world.tick(), "Décaler d’un mois");

            PendingRequest request = dossier.pendingRequest().orElseThrow();
            assertThat(request.kind()).isEqualTo(RequestKind.MODIFICATION);
            assertThat(request.message()).isEqualTo("Décaler d’un mois");
            assertThat(request.requestedBy()).isEqualTo(world.employer.id());
            assertThat(dossier.status()).isEqualTo(IN_REVIEW);
        }

        @Test
        void a_pending_request_must_be_answered_before_anything_else_happens() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.requestCancellation(world.employer, world.tick(), "Salarié parti");

            assertRefused(dossier, "REQUEST_PENDING",
                    () -> dossier.grant(world.staff, world.tick(), DossierWorld.GRANTED, DossierWorld.FUNDS));
            assertRefused(dossier, "REQUEST_PENDING",
                    () -> dossier.requestModification(world.employer, world.tick(), "Et aussi..."));
            assertThat(dossier.allowedActions(world.staff)).containsExactlyInAnyOrder(DossierAction.ACCEPT_CANCELLATION,
                    DossierAction.DECLINE_REQUEST, DossierAction.ATTACH_DOCUMENT);
            assertThat(dossier.allowedActions(world.employer)).containsExactly(DossierAction.ATTACH_DOCUMENT);
        }

        @Test
        void staff_answer_the_kind_of_request_that_was_filed() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.requestCancellation(world.employer, world.tick(), "Salarié parti");

            assertRefused(dossier, "NO_PENDING_REQUEST", () -> dossier.acceptModificationRequest(world.staff, world.tick()));
        }

        @Test
        void there_is_nothing_to_decline_without_a_request() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "NO_PENDING_REQUEST", () -> dossier.declineRequest(world.staff, world.tick(), "Non"));
        }

        @Test
        void accepting_a_modification_request_gives_the_employer_a_draft_to_resubmit() {
            Dossier dossier = world.dossierIn(AWAITING_DOCUMENTS);
            dossier.requestModification(world.employer, world.tick(), "Décaler d’un mois");

            dossier.acceptModificationRequest(world.staff, world.tick());

            assertThat(dossier.status()).isEqualTo(DRAFT);
            assertThat(dossier.pendingRequest()).isEmpty();
            assertThat(dossier.documentRequest()).isEmpty();
            dossier.saveDraft(world.employer, world.tick(), completeContent());
            world.submit(dossier);
            assertThat(dossier.status()).isEqualTo(SUBMITTED);
        }

        @Test
        void declining_a_request_leaves_the_dossier_where_it_was_and_needs_a_reason() {
            Dossier dossier = world.dossierIn(GRANTED);
            dossier.requestCancellation(world.employer, world.tick(), "Salarié parti");

            assertRefused(dossier, "REASON_REQUIRED", () -> dossier.declineRequest(world.staff, world.tick(), ""));
            dossier.declineRequest(world.staff, world.tick(), "Formation déjà commencée");

            assertThat(dossier.status()).isEqualTo(GRANTED);
            assertThat(dossier.pendingRequest()).isEmpty();
            assertThat(dossier.history().get(dossier.history().size() - 1).reason()).contains("Formation déjà commencée");
        }

        @Test
        void accepting_a_cancellation_of_a_granted_dossier_releases_what_was_not_invoiced() {
            Dossier dossier = world.dossierIn(GRANTED);
            dossier.requestCancellation(world.employer, world.tick(), "Salarié parti");
            dossier.pullEvents();

            dossier.acceptCancellationRequest(world.staff, world.tick(), Money.parse("3000.00"));

            assertThat(dossier.status()).isEqualTo(CANCELLED);
            assertThat(dossier.committedAmount()).isEqualTo(Money.parse("3000.00"));
            assertThat(released(dossier)).isEqualTo(Money.parse("5000.00"));
        }

        @Test
        void accepting_a_cancellation_before_any_grant_releases_nothing() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.requestCancellation(world.employer, world.tick(), "Salarié parti");
            dossier.pullEvents();

            dossier.acceptCancellationRequest(world.staff, world.tick(), Money.ZERO);

            assertThat(released(dossier)).isEqualTo(Money.ZERO);
            assertThat(dossier.committedAmount()).isEqualTo(Money.ZERO);
        }
    }

    @Nested
    class Decision {

        @Test
        void granting_commits_the_granted_amount() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            dossier.pullEvents();

            dossier.grant(world.staff, world.tick(), Money.parse("7500.00"), DossierWorld.FUNDS);

            assertThat(dossier.grantedAmount()).contains(Money.parse("7500.00"));
            assertThat(dossier.committedAmount()).isEqualTo(Money.parse("7500.00"));
            assertThat(dossier.pullEvents()).singleElement().isInstanceOfSatisfying(DossierEvent.Transitioned.class, event -> {
                assertThat(event.committed()).isEqualTo(Money.parse("7500.00"));
                assertThat(event.released()).isEqualTo(Money.ZERO);
            });
        }

        @Test
        void the_grant_stays_within_the_request_and_the_available_funds() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "GRANT_EXCEEDS_REQUEST",
                    () -> dossier.grant(world.staff, world.tick(), Money.parse("10000.01"), DossierWorld.FUNDS));
            assertRefused(dossier, "GRANT_EXCEEDS_AVAILABLE_FUNDS",
                    () -> dossier.grant(world.staff, world.tick(), Money.parse("5000.00"), Money.parse("4999.99")));
            assertRefused(dossier, "GRANT_NOT_POSITIVE",
                    () -> dossier.grant(world.staff, world.tick(), Money.ZERO, DossierWorld.FUNDS));
        }

        @Test
        void a_refusal_carries_its_reason() {
            Dossier dossier = world.dossierIn(IN_REVIEW);

            assertRefused(dossier, "REASON_REQUIRED", () -> dossier.refuse(world.staff, world.tick(), null));
            dossier.refuse(world.staff, world.tick(), "Hors critères");

            assertThat(dossier.refusalReason()).contains("Hors critères");
        }

        @Test
        void closing_the_balance_releases_what_was_not_invoiced() {
            Dossier dossier = world.dossierIn(GRANTED);
            dossier.pullEvents();

            dossier.closeBalance(world.staff, world.tick(), Money.parse("6000.00"));

            assertThat(released(dossier)).isEqualTo(Money.parse("2000.00"));
            assertThat(dossier.committedAmount()).isEqualTo(Money.parse("6000.00"));
        }

        @Test
        void nothing_is_released_beyond_what_was_committed() {
            Dossier dossier = world.dossierIn(GRANTED);
            dossier.pullEvents();

            dossier.closeBalance(world.staff, world.tick(), Money.parse("9000.00"));

            assertThat(released(dossier)).isEqualTo(Money.ZERO);
        }

        @Test
        void an_invoiced_total_cannot_be_negative() {
            Dossier dossier = world.dossierIn(GRANTED);

            assertRefused(dossier, "NEGATIVE_AMOUNT", () -> dossier.closeBalance(world.staff, world.tick(), Money.parse("-1")));
        }
    }

    @Nested
    class Termination {

        @Test
        void the_training_body_may_declare_an_early_end_which_releases_the_uninvoiced_commitment() {
            Dossier dossier = world.dossierIn(GRANTED);
            dossier.pullEvents();

            dossier.terminate(world.trainingBody, world.tick(), LocalDate.of(2026, 2, 1), "Rupture conventionnelle",
                    Money.parse("1000.00"));

            assertThat(dossier.status()).isEqualTo(DossierStatus.TERMINATED);
            assertThat(dossier.termination()).contains(new fr.passerelle.domain.dossier.Termination(LocalDate.of(2026, 2, 1),
                    "Rupture conventionnelle"));
            assertThat(released(dossier)).isEqualTo(Money.parse("7000.00"));
            assertThat(dossier.committedAmount()).isEqualTo(Money.parse("1000.00"));
        }

        @Test
        void a_declaration_terminates_the_dossier_and_attaches_the_signed_form_or_changes_nothing() {
            Dossier dossier = world.dossierIn(GRANTED);
            DocumentId form = DossierWorld.documentId();
            int documents = dossier.documents().size();

            assertRefused(dossier, "FILE_NAME_REQUIRED", () -> dossier.declareTermination(world.trainingBody, world.tick(),
                    DossierWorld.TERMINATION_DATE, "Rupture", Money.ZERO, form, " "));
            assertRefused(dossier, "REASON_REQUIRED", () -> dossier.declareTermination(world.trainingBody, world.tick(),
                    DossierWorld.TERMINATION_DATE, " ", Money.ZERO, form, "rupture.pdf"));
            assertRefused(dossier, "DOCUMENT_ALREADY_ATTACHED", () -> dossier.declareTermination(world.trainingBody, world.tick(),
                    DossierWorld.TERMINATION_DATE, "Rupture", Money.ZERO, dossier.documents().get(0).id(), "rupture.pdf"));
            dossier.declareTermination(world.trainingBody, world.tick(), DossierWorld.TERMINATION_DATE, "Rupture", Money.ZERO, form,
                    "rupture.pdf");

            assertThat(dossier.status()).isEqualTo(DossierStatus.TERMINATED);
            assertThat(dossier.documents()).hasSize(documents + 1);
            assertThat(dossier.documents().get(documents).type()).isEqualTo(DocumentType.CERFA);
            assertThat(dossier.documents().get(documents).id()).isEqualTo(form);
        }

        @Test
        void another_training_body_may_not() {
            Dossier dossier = world.dossierIn(GRANTED);

            assertRefused(dossier, "DOSSIER_ACTION_FORBIDDEN", () -> dossier.terminate(world.otherTrainingBody, world.tick(),
                    DossierWorld.TERMINATION_DATE, "Rupture", Money.ZERO));
        }

        @Test
        void the_end_date_lies_within_the_contract() {
            Dossier dossier = world.dossierIn(GRANTED);

            assertRefused(dossier, "TERMINATION_DATE_OUTSIDE_CONTRACT", () -> dossier.terminate(world.employer, world.tick(),
                    TestData.CONTRACT_START.minusDays(1), "Rupture", Money.ZERO));
            assertRefused(dossier, "TERMINATION_DATE_OUTSIDE_CONTRACT", () -> dossier.terminate(world.employer, world.tick(),
                    TestData.CONTRACT_END.plusDays(1), "Rupture", Money.ZERO));
            assertRefused(dossier, "REASON_REQUIRED", () -> dossier.terminate(world.employer, world.tick(),
                    TestData.CONTRACT_END, " ", Money.ZERO));
        }

        @Test
        void only_work_study_contracts_end_early() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);
            dossier.saveDraft(world.employer, world.tick(), completeContent());
            world.grant(dossier);

            assertThat(dossier.allowedActions(world.employer)).doesNotContain(DossierAction.TERMINATE);
            assertRefused(dossier, "TERMINATION_NOT_APPLICABLE", () -> dossier.terminate(world.employer, world.tick(),
                    DossierWorld.TERMINATION_DATE, "Rupture", Money.ZERO));
        }
    }

    @Nested
    class Documents {

        @Test
        void a_new_version_supersedes_the_previous_one_and_both_are_kept() {
            Dossier dossier = world.dossierIn(IN_REVIEW);
            DocumentId second = DossierWorld.documentId();

            dossier.attachDocument(world.staff, world.tick(), second, DocumentType.PROGRAMME, "programme-v2.pdf",
                    Optional.of(world.firstDocument));

            assertThat(dossier.documents()).hasSize(2);
            DossierDocument old = dossier.documents().get(0);
            DossierDocument current = dossier.documents().get(1);
            assertThat(old.superseded()).isTrue();
            assertThat(old.isCurrent()).isFalse();
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.supersedes()).contains(world.firstDocument);
            assertThat(current.isCurrent()).isTrue();
            assertThat(current.attachedBy()).isEqualTo(world.staff.id());
            assertThat(current.fileName()).isEqualTo("programme-v2.pdf");
        }

        @Test
        void a_new_document_starts_at_version_one() {
            Dossier dossier = world.dossierIn(DRAFT);

            assertThat(dossier.documents()).singleElement().satisfies(document -> {
                assertThat(document.version()).isEqualTo(1);
                assertThat(document.supersedes()).isEmpty();
                assertThat(document.type()).isEqualTo(DocumentType.PROGRAMME);
            });
        }

        @Test
        void only_the_current_version_of_a_document_of_the_same_type_can_be_replaced() {
            Dossier dossier = world.dossierIn(SUBMITTED);
            dossier.attachDocument(world.employer, world.tick(), DossierWorld.documentId(), DocumentType.PROGRAMME, "v2.pdf",
                    Optional.of(world.firstDocument));

            assertRefused(dossier, "DOCUMENT_ALREADY_SUPERSEDED", () -> dossier.attachDocument(world.employer, world.tick(),
                    DossierWorld.documentId(), DocumentType.PROGRAMME, "v3.pdf", Optional.of(world.firstDocument)));
            assertRefused(dossier, "DOCUMENT_TYPE_MISMATCH", () -> dossier.attachDocument(world.employer, world.tick(),
                    DossierWorld.documentId(), DocumentType.QUOTE, "devis.pdf", Optional.of(dossier.documents().get(1).id())));
            assertRefused(dossier, "DOCUMENT_NOT_FOUND", () -> dossier.attachDocument(world.employer, world.tick(),
                    DossierWorld.documentId(), DocumentType.QUOTE, "devis.pdf", Optional.of(DossierWorld.documentId())));
        }

        @Test
        void a_document_is_attached_once_and_has_a_file_name() {
            Dossier dossier = world.dossierIn(SUBMITTED);

            assertRefused(dossier, "DOCUMENT_ALREADY_ATTACHED", () -> dossier.attachDocument(world.employer, world.tick(),
                    world.firstDocument, DocumentType.OTHER, "x.pdf", Optional.empty()));
            assertRefused(dossier, "FILE_NAME_REQUIRED", () -> dossier.attachDocument(world.employer, world.tick(),
                    DossierWorld.documentId(), DocumentType.OTHER, "  ", Optional.empty()));
        }

        @Test
        void removing_a_draft_document_brings_back_the_version_it_replaced() {
            Dossier dossier = world.dossierIn(DRAFT);
            DocumentId other = DossierWorld.documentId();
            dossier.attachDocument(world.employer, world.tick(), other, DocumentType.QUOTE, "devis.pdf", Optional.empty());
            DocumentId second = DossierWorld.documentId();
            dossier.attachDocument(world.employer, world.tick(), second, DocumentType.PROGRAMME, "v2.pdf",
                    Optional.of(world.firstDocument));

            dossier.removeDocument(world.employer, world.tick(), second);

            assertThat(dossier.documents()).extracting(DossierDocument::id).containsExactly(world.firstDocument, other);
            assertThat(dossier.documents()).allMatch(DossierDocument::isCurrent);
        }

        @Test
        void removing_an_unknown_document_is_refused() {
            Dossier dossier = world.dossierIn(DRAFT);

            assertRefused(dossier, "DOCUMENT_NOT_FOUND", () -> dossier.removeDocument(world.employer, world.tick(),
                    DossierWorld.documentId()));
        }

        @Test
        void with_no_document_there_is_nothing_to_remove() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);

            assertThat(dossier.allowedActions(world.employer)).doesNotContain(DossierAction.REMOVE_DOCUMENT);
            assertRefused(dossier, "DOCUMENT_NOT_FOUND", () -> dossier.removeDocument(world.employer, world.tick(),
                    DossierWorld.documentId()));
        }

        @Test
        void documents_are_accepted_in_every_state_but_cancelled_closed_and_deleted() {
            for (DossierStatus status : DossierStatus.values()) {
                boolean expected = !List.of(CANCELLED, DossierStatus.CLOSED, DossierStatus.DELETED).contains(status);
                assertThat(world.dossierIn(status).acceptsDocuments()).as(status.name()).isEqualTo(expected);
            }
        }

        @Test
        void the_certificate_of_completion_counts_only_while_current() {
            Dossier dossier = world.dossierIn(GRANTED);
            assertThat(dossier.hasCurrentDocument(DocumentType.CERTIFICATE_OF_COMPLETION)).isFalse();
            assertThat(dossier.hasCurrentDocument(DocumentType.PROGRAMME)).isTrue();

            DocumentId certificate = DossierWorld.documentId();
            dossier.attachDocument(world.trainingBody, world.tick(), certificate, DocumentType.CERTIFICATE_OF_COMPLETION,
                    "certificat.pdf", Optional.empty());

            assertThat(dossier.hasCurrentDocument(DocumentType.CERTIFICATE_OF_COMPLETION)).isTrue();
        }

        @Test
        void the_training_body_attaches_attendance_sheets_and_the_certificate_only() {
            Dossier dossier = world.dossierIn(GRANTED);
            int before = dossier.documents().size();

            assertThatThrownBy(() -> dossier.attachDocument(world.trainingBody, world.tick(), DossierWorld.documentId(),
                    DocumentType.QUOTE, "devis.pdf", Optional.empty())).extracting("code").isEqualTo("DOCUMENT_ACTION_FORBIDDEN");
            dossier.attachDocument(world.trainingBody, world.tick(), DossierWorld.documentId(), DocumentType.ATTENDANCE,
                    "emargement.pdf", Optional.empty());
            dossier.attachDocument(world.staff, world.tick(), DossierWorld.documentId(), DocumentType.QUOTE, "devis.pdf", Optional.empty());

            assertThat(dossier.documents()).hasSize(before + 2);
        }
    }

    @Nested
    class Reading {

        @Test
        void staff_employers_with_dossier_rights_and_its_training_body_see_the_dossier() {
            Dossier dossier = world.dossierIn(SUBMITTED);

            assertThat(dossier.isVisibleTo(world.staff)).isTrue();
            assertThat(dossier.isVisibleTo(world.employer)).isTrue();
            assertThat(dossier.isVisibleTo(world.viewer)).isTrue();
            assertThat(dossier.isVisibleTo(world.trainingBody)).isTrue();
            assertThat(dossier.isVisibleTo(world.otherTrainingBody)).isFalse();
            assertThat(dossier.isVisibleTo(world.otherEmployer)).isFalse();
            assertThat(dossier.isVisibleTo(world.partner)).isFalse();
            assertThat(dossier.isVisibleTo(TestData.employerWith(world.establishment.id(), Right.MANAGE_INVOICES))).isFalse();
        }

        @Test
        void a_dossier_without_a_training_body_is_no_training_body_business() {
            Dossier dossier = world.newDraft(FundingScheme.PLAN);

            assertThat(dossier.trainingBodySiret()).isEmpty();
            assertThat(dossier.isVisibleTo(world.trainingBody)).isFalse();
            assertThat(dossier.allowedActions(world.trainingBody)).isEmpty();
        }

        @Test
        void a_viewer_may_read_but_take_no_action() {
            assertThat(world.dossierIn(DRAFT).allowedActions(world.viewer)).isEmpty();
        }

        @Test
        void a_stored_dossier_comes_back_identical() {
            Dossier dossier = world.dossierIn(DossierStatus.TERMINATED);

            Dossier restored = Dossier.restore(dossier.snapshot());

            assertThat(restored.snapshot()).isEqualTo(dossier.snapshot());
            assertThat(restored.pendingEvents()).isEmpty();
            assertThat(restored.refusalReason()).isEmpty();
            assertThat(restored.id()).isEqualTo(dossier.id());
        }
    }

    private static Money released(Dossier dossier) {
        return dossier.pullEvents().stream()
                .map(DossierEvent.Transitioned.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow()
                .released();
    }
}
