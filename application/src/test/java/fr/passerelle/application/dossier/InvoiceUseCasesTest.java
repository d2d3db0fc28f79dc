package fr.passerelle.application.dossier;

import fr.passerelle.application.document.BytesUpload;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithMessage;
import fr.passerelle.application.dossier.DossierDocuments.Attach;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.invoice.InvoiceRef;
import fr.passerelle.application.invoice.InvoiceSearch;
import fr.passerelle.application.invoice.InvoiceSummary;
import fr.passerelle.application.invoice.InvoiceView;
import fr.passerelle.application.invoice.InvoicesService;
import fr.passerelle.application.invoice.IssueInvoices.Deposit;
import fr.passerelle.application.invoice.IssueInvoices.Resubmit;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.invoice.InvoiceAction;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invoices through their use cases: who deposits, on which dossier, within the grant; staff's decisions; who sees what. */
class InvoiceUseCasesTest {

    private static final byte[] PDF = "%PDF-1.4 une facture".getBytes(StandardCharsets.US_ASCII);
    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    private final DossierWorld world = new DossierWorld();
    private final ContentTypes pdfOrPng = file -> {
        try (InputStream content = file.open()) {
            String head = new String(content.readNBytes(5), StandardCharsets.US_ASCII);
            return head.equals("%PDF-") ? Optional.of(ContentTypes.PDF) : head.startsWith("PNG") ? Optional.of(ContentTypes.PNG) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };
    private final DossierDocuments documents = new DossierDocumentsService(world.dossiers, world.documentStore, pdfOrPng, 1024,
            world.accountDirectory, world::tick);
    private final InvoicesService invoices = new InvoicesService(world.invoices, world.dossiers, world.documentStore, pdfOrPng, 1024,
            world.accountDirectory, world::tick);

    /** A dossier granted 9000.00, with its certificate of completion unless told otherwise. */
    private String granted(boolean subrogation, boolean certificate) {
        DossierView draft = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
        DossierRef ref = DossierRef.of(draft.dossier().number().value());
        DossierContent content = DossierWorld.completeContent();
        world.employer.saveDraft(world.manager, new SaveDraft(ref, new DossierContent(content.training(), content.trainingBody(),
                content.trainees(), content.costs(), content.amountRequested(), subrogation, content.contract())));
        world.employer.submit(world.manager, ref);
        world.review.takeIntoReview(world.staff, ref);
        world.review.grant(world.staff, new Grant(ref, Money.parse("9000.00")));
        if (certificate) {
            documents.attach(world.staff, new Attach(ref, DocumentType.CERTIFICATE_OF_COMPLETION,
                    new BytesUpload("certificat.pdf", PDF), Optional.empty()));
        }
        return ref.number();
    }

    private InvoiceView deposit(Caller caller, String dossier, String number, String amount) {
        return invoices.deposit(caller, new Deposit(dossier, number, DATE, Money.parse(amount), new BytesUpload("facture.pdf", PDF)));
    }

    private static InvoiceRef ref(InvoiceView view) {
        return new InvoiceRef(view.invoice().snapshot().id().value().toString(), Optional.of(view.invoice().version()));
    }

    private static String id(InvoiceView view) {
        return view.invoice().snapshot().id().value().toString();
    }

    @Test
    void the_employer_invoices_a_granted_dossier_within_the_grant_and_staff_validate() {
        String dossier = granted(false, true);

        InvoiceView first = deposit(world.invoicer, dossier, "F-2025-001", "6000.00");

        assertThat(first.invoice().snapshot().status()).isEqualTo(InvoiceStatus.SUBMITTED);
        assertThat(first.invoice().details().invoiceDate()).isEqualTo(DATE);
        assertThat(first.allowedActions()).containsExactly(InvoiceAction.WITHDRAW);
        assertThat(world.invoices.locked()).extracting(Object::toString).contains(dossier);
        assertThatThrownBy(() -> deposit(world.invoicer, dossier, "F-2025-002", "3000.01"))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("INVOICE_EXCEEDS_GRANT");
                    assertThat(refused.getMessage()).contains("il reste 3 000,00");
                });
        assertThat(DossierWorld.refusalCode(() -> deposit(world.invoicer, dossier, "F-2025-001", "10.00"))).isEqualTo("DUPLICATE_INVOICE_NUMBER");
        assertThat(DossierWorld.refusalCode(() -> deposit(world.manager, dossier, "F-2025-003", "10.00"))).isEqualTo("INVOICE_ACTION_FORBIDDEN");
        assertThatThrownBy(() -> deposit(world.otherCompany, dossier, "F-2025-003", "10.00")).isInstanceOf(ResourceNotFoundException.class);

        InvoiceView validated = invoices.validate(world.staff, ref(first));
        assertThat(validated.invoice().snapshot().status()).isEqualTo(InvoiceStatus.VALIDATED);
        assertThat(invoices.view(world.invoicer, id(first)).allowedActions()).isEmpty();
        assertThat(DossierWorld.refusalCode(() -> invoices.withdraw(world.invoicer, InvoiceRef.of(id(first))))).isEqualTo("INVOICE_TRANSITION_NOT_ALLOWED");
        assertThat(invoices.file(world.invoicer, id(first)).fileName()).isEqualTo("facture.pdf");
    }

    @Test
    void a_dossier_is_invoiced_once_granted_and_proven_complete_and_only_as_a_pdf() {
        String withoutCertificate = granted(false, false);
        assertThat(DossierWorld.refusalCode(() -> deposit(world.invoicer, withoutCertificate, "F-1", "10.00"))).isEqualTo("CERTIFICATE_OF_COMPLETION_MISSING");

        DossierView draft = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
        assertThat(DossierWorld.refusalCode(() -> deposit(world.invoicer, draft.dossier().number().value(), "F-2", "10.00"))).isEqualTo("DOSSIER_NOT_GRANTED");

        String dossier = granted(false, true);
        assertThatThrownBy(() -> invoices.deposit(world.invoicer, new Deposit(dossier, "F-3", DATE, Money.parse("10.00"),
                new BytesUpload("facture.png", "PNG image".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(UnsupportedFileTypeException.class);
        assertThat(DossierWorld.refusalCode(() -> invoices.deposit(world.invoicer, new Deposit(dossier, "F-4", LocalDate.of(2030, 1, 1),
                Money.parse("10.00"), new BytesUpload("facture.pdf", PDF))))).isEqualTo("INVOICE_DATE_IN_FUTURE");
        assertThat(invoices.search(world.invoicer, new InvoiceSearch(Optional.empty(), Optional.empty(), PageRequest.first(50))).items())
                .isEmpty();
    }

    @Test
    void under_subrogation_the_training_body_deposits_and_the_employer_cannot() {
        String dossier = granted(true, true);

        assertThat(DossierWorld.refusalCode(() -> deposit(world.invoicer, dossier, "E-1", "100.00"))).isEqualTo("INVOICE_ACTION_FORBIDDEN");
        assertThatThrownBy(() -> deposit(world.otherTrainingBody, dossier, "OF-1", "100.00")).isInstanceOf(ResourceNotFoundException.class);
        InvoiceView invoice = deposit(world.linkedTrainingBody, dossier, "OF-1", "100.00");

        assertThat(invoices.search(world.linkedTrainingBody, new InvoiceSearch(Optional.empty(), Optional.empty(), PageRequest.first(50)))
                .items()).extracting(InvoiceSummary::id).containsExactly(invoice.invoice().snapshot().id());
        assertThatThrownBy(() -> invoices.view(world.invoicer, id(invoice))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invoices.view(world.otherTrainingBody, id(invoice))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invoices.view(world.otherCompany, id(invoice))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> invoices.view(world.linkedTrainingBody, "not-an-id")).isInstanceOf(ResourceNotFoundException.class);
        assertThat(invoices.view(world.staff, id(invoice)).allowedActions())
                .containsExactlyInAnyOrder(InvoiceAction.VALIDATE, InvoiceAction.REJECT, InvoiceAction.REQUEST_CHANGES);
    }

    @Test
    void the_training_body_sees_its_subrogated_dossiers_read_only_and_attaches_attendance_and_certificate() {
        String subrogated = granted(true, false);
        String notSubrogated = granted(false, false);

        assertThat(world.queries.view(world.linkedTrainingBody, subrogated).dossier().status()).isEqualTo(DossierStatus.GRANTED);
        assertThatThrownBy(() -> world.queries.view(world.linkedTrainingBody, notSubrogated)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> world.queries.view(world.otherTrainingBody, subrogated)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.queries.search(world.linkedTrainingBody, DossierSearch.everything(PageRequest.first(50))).items())
                .extracting(summary -> summary.number().value()).containsExactly(subrogated);

        DossierView attached = documents.attach(world.linkedTrainingBody, new Attach(DossierRef.of(subrogated), DocumentType.ATTENDANCE,
                new BytesUpload("emargement.pdf", PDF), Optional.empty()));
        assertThat(attached.dossier().documents()).extracting(document -> document.type()).contains(DocumentType.ATTENDANCE);
        assertThat(DossierWorld.refusalCode(() -> documents.attach(world.linkedTrainingBody, new Attach(DossierRef.of(subrogated), DocumentType.QUOTE,
                new BytesUpload("devis.pdf", PDF), Optional.empty())))).isEqualTo("DOCUMENT_ACTION_FORBIDDEN");
        assertThat(DossierWorld.refusalCode(() -> world.employer.requestCancellation(world.linkedTrainingBody,
                new WithMessage(DossierRef.of(subrogated), "Annulez")))).isEqualTo("DOSSIER_ACTION_FORBIDDEN");
    }

    @Test
    void staff_ask_for_changes_the_issuer_resubmits_against_the_grant_again_or_withdraws() {
        String dossier = granted(false, true);
        InvoiceView first = deposit(world.invoicer, dossier, "F-10", "5000.00");
        InvoiceView second = deposit(world.invoicer, dossier, "F-11", "4000.00");

        InvoiceView toCorrect = invoices.requestChanges(world.staff, ref(first), "Le montant ne correspond pas au devis");
        assertThat(toCorrect.invoice().snapshot().status()).isEqualTo(InvoiceStatus.CHANGES_REQUESTED);
        assertThat(toCorrect.allowedActions()).isEmpty();
        assertThat(invoices.view(world.invoicer, id(first)).allowedActions()).containsExactly(InvoiceAction.RESUBMIT);
        assertThatThrownBy(() -> invoices.resubmit(world.invoicer, new Resubmit(ref(first), Money.parse("4500.00"), Optional.empty())))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(DossierWorld.refusalCode(() -> invoices.resubmit(world.invoicer, new Resubmit(ref(toCorrect), Money.parse("5000.01"), Optional.empty()))))
                .isEqualTo("INVOICE_EXCEEDS_GRANT");

        InvoiceView resubmitted = invoices.resubmit(world.invoicer, new Resubmit(ref(toCorrect), Money.parse("5000.00"),
                Optional.of(new BytesUpload("facture-corrigee.pdf", PDF))));
        assertThat(resubmitted.invoice().snapshot().status()).isEqualTo(InvoiceStatus.SUBMITTED);
        assertThat(resubmitted.invoice().details().fileName()).isEqualTo("facture-corrigee.pdf");

        InvoiceView withdrawn = invoices.withdraw(world.invoicer, ref(second));
        assertThat(withdrawn.invoice().snapshot().status()).isEqualTo(InvoiceStatus.WITHDRAWN);
        InvoiceView rejected = invoices.reject(world.staff, ref(resubmitted), "Facture en double");
        assertThat(rejected.invoice().snapshot().status()).isEqualTo(InvoiceStatus.REJECTED);
        assertThat(DossierWorld.refusalCode(() -> invoices.validate(world.staff, InvoiceRef.of(id(rejected))))).isEqualTo("INVOICE_TRANSITION_NOT_ALLOWED");
        assertThat(invoices.search(world.staff, new InvoiceSearch(Optional.of(InvoiceStatus.REJECTED), Optional.empty(),
                PageRequest.first(50))).items()).extracting(InvoiceSummary::id).containsExactly(rejected.invoice().snapshot().id());
    }

    @Test
    void a_cancellation_releases_only_what_is_not_invoiced() {
        String dossier = granted(false, true);
        deposit(world.invoicer, dossier, "F-20", "2500.00");

        world.employer.requestCancellation(world.manager, new WithMessage(DossierRef.of(dossier), "Salarié parti"));
        DossierView cancelled = world.review.acceptRequest(world.staff, DossierRef.of(dossier));

        assertThat(cancelled.dossier().status()).isEqualTo(DossierStatus.CANCELLED);
        assertThat(cancelled.dossier().releasedAmount()).isEqualTo(Money.parse("6500.00"));
        assertThat(world.invoices.locked()).extracting(Object::toString).contains(dossier);
    }

    @Test
    void an_early_termination_with_its_signed_form_releases_what_is_not_invoiced() {
        DeclareTermination terminations = new DeclareTerminationService(world.dossiers, world.invoices, world.documentStore, pdfOrPng,
                1024, world.accountDirectory, world::tick);
        String dossier = granted(true, true);
        deposit(world.linkedTrainingBody, dossier, "OF-30", "2000.00");

        assertThatThrownBy(() -> terminations.declare(world.linkedTrainingBody, new DeclareTermination.Termination(DossierRef.of(dossier),
                LocalDate.of(2026, 1, 15), "Rupture", new BytesUpload("rupture.txt", "texte".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(UnsupportedFileTypeException.class);
        DossierView terminated = terminations.declare(world.linkedTrainingBody, new DeclareTermination.Termination(DossierRef.of(dossier),
                LocalDate.of(2026, 1, 15), "Rupture à l’initiative de l’apprenti", new BytesUpload("rupture.pdf", PDF)));

        assertThat(terminated.dossier().status()).isEqualTo(DossierStatus.TERMINATED);
        assertThat(terminated.dossier().releasedAmount()).isEqualTo(Money.parse("7000.00"));
        assertThat(terminated.dossier().documents()).extracting(document -> document.type()).contains(DocumentType.CERFA);
        assertThat(terminated.files()).containsKey(terminated.dossier().documents().get(terminated.dossier().documents().size() - 1).id());
        assertThat(world.funds.envelopesOf(world.establishment.id(), 2025).get(2).committed()).isEqualTo(Money.parse("2000.00"));
        assertThat(DossierWorld.refusalCode(() -> terminations.declare(world.viewer, new DeclareTermination.Termination(DossierRef.of(granted(false, false)),
                LocalDate.of(2026, 1, 15), "Rupture", new BytesUpload("rupture.pdf", PDF))))).isEqualTo("DOSSIER_ACTION_FORBIDDEN");
    }

    @Test
    void staff_close_the_balance_which_releases_what_is_not_invoiced() {
        String dossier = granted(false, true);
        deposit(world.invoicer, dossier, "F-40", "1000.00");

        assertThat(DossierWorld.refusalCode(() -> world.review.closeBalance(world.invoicer, DossierRef.of(dossier)))).isEqualTo("DOSSIER_ACTION_FORBIDDEN");
        DossierView closed = world.review.closeBalance(world.staff, DossierRef.of(dossier));

        assertThat(closed.dossier().status()).isEqualTo(DossierStatus.CLOSED);
        assertThat(closed.dossier().releasedAmount()).isEqualTo(Money.parse("8000.00"));
        assertThat(world.invoices.locked()).extracting(Object::toString).contains(dossier);
    }
}
