package fr.passerelle.application.dossier;

import fr.passerelle.application.document.BytesUpload;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierDocuments.Attach;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.invoice.InMemoryPayments;
import fr.passerelle.application.invoice.InMemoryTrainingBodyBankAccounts;
import fr.passerelle.application.invoice.InvoiceRef;
import fr.passerelle.application.invoice.InvoiceView;
import fr.passerelle.application.invoice.InvoicesService;
import fr.passerelle.application.invoice.IssueInvoices.Deposit;
import fr.passerelle.application.invoice.OrderPayments.BankDetails;
import fr.passerelle.application.invoice.PaymentQueries.AdviceFile;
import fr.passerelle.application.invoice.PaymentSummary;
import fr.passerelle.application.invoice.PaymentView;
import fr.passerelle.application.invoice.PaymentsService;
import fr.passerelle.application.invoice.RemittanceAdvice;
import fr.passerelle.application.invoice.StoredInvoice;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payments through their use cases: one payee, its active account, invoices paid, dossiers closed once fully paid. */
class PaymentUseCasesTest {

    private static final byte[] PDF = "%PDF-1.4 une facture".getBytes(StandardCharsets.US_ASCII);
    private static final Siret TRAINING_BODY = Siret.of("55208131700034");

    private final DossierWorld world = new DossierWorld();
    private final ContentTypes pdf = file -> Optional.of(ContentTypes.PDF);
    private final DossierDocuments documents = new DossierDocumentsService(world.dossiers, world.documentStore, pdf, 1024,
            world.accountDirectory, world::tick);
    private final InvoicesService invoices = new InvoicesService(world.invoices, world.dossiers, world.documentStore, pdf, 1024,
            world.accountDirectory, world::tick);
    private final InMemoryTrainingBodyBankAccounts trainingBodyAccounts = new InMemoryTrainingBodyBankAccounts();
    private final List<RemittanceAdvice> rendered = new ArrayList<>();
    private final PaymentsService payments = new PaymentsService(new InMemoryPayments(), world.invoices, world.dossiers,
            new InMemoryEstablishments(withActiveBankAccount(world.establishment), world.otherCompanyEstablishment),
            trainingBodyAccounts, advice -> {
                rendered.add(advice);
                return PDF;
            }, world.accountDirectory, world::tick);

    private static Establishment withActiveBankAccount(Establishment establishment) {
        Establishment copy = Establishment.restore(establishment.snapshot());
        copy.proposeBankAccount(Actor.employer(new UserId(UUID.randomUUID()), Map.of(copy.id(), Set.of(Right.ADMIN))),
                java.time.Instant.parse("2025-01-02T09:00:00Z"), new BankAccountId(UUID.randomUUID()),
                Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP882"), "ACME SAS", new DocumentId(UUID.randomUUID()));
        copy.validateBankAccount(Actor.staff(new UserId(UUID.randomUUID())), java.time.Instant.parse("2025-01-03T09:00:00Z"),
                copy.bankAccounts().get(0).id());
        return copy;
    }

    private String certified(String amount, boolean subrogation) {
        DossierView draft = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
        DossierRef ref = DossierRef.of(draft.dossier().number().value());
        DossierContent content = DossierWorld.completeContent();
        world.employer.saveDraft(world.manager, new SaveDraft(ref, new DossierContent(content.training(), content.trainingBody(),
                content.trainees(), content.costs(), content.amountRequested(), subrogation, content.contract())));
        world.employer.submit(world.manager, ref);
        world.review.takeIntoReview(world.staff, ref);
        world.review.grant(world.staff, new Grant(ref, Money.parse(amount)));
        documents.attach(world.staff, new Attach(ref, DocumentType.CERTIFICATE_OF_COMPLETION, new BytesUpload("certificat.pdf", PDF),
                Optional.empty()));
        return ref.number();
    }

    private String validated(Caller issuer, String dossier, String number, String amount) {
        InvoiceView invoice = invoices.deposit(issuer, new Deposit(dossier, number, LocalDate.of(2025, 3, 1), Money.parse(amount),
                new BytesUpload("facture.pdf", PDF)));
        String id = invoice.invoice().snapshot().id().value().toString();
        invoices.validate(world.staff, InvoiceRef.of(id));
        return id;
    }

    @Test
    void paying_the_whole_grant_pays_the_invoices_and_closes_the_dossier() {
        String dossier = certified("3000.00", false);
        String first = validated(world.invoicer, dossier, "F-1", "1000.00");
        String second = validated(world.invoicer, dossier, "F-2", "2000.00");

        PaymentView payment = payments.order(world.staff, List.of(first, second));

        assertThat(payment.payment().snapshot().amount()).isEqualTo(Money.parse("3000.00"));
        assertThat(payment.payment().payeeName()).isEqualTo(world.establishment.name());
        assertThat(payment.invoices()).extracting(invoice -> invoice.snapshot().status()).containsOnly(InvoiceStatus.PAID);
        DossierView closed = world.queries.view(world.manager, dossier);
        assertThat(closed.dossier().status()).isEqualTo(DossierStatus.CLOSED);
        assertThat(closed.dossier().releasedAmount()).isEqualTo(Money.ZERO);
        assertThat(world.invoices.locked()).extracting(Object::toString).contains(dossier);

        String paymentId = payment.payment().snapshot().id().value().toString();
        assertThat(payments.search(world.invoicer, PageRequest.first(50)).items()).extracting(PaymentSummary::invoiceCount).containsExactly(2);
        AdviceFile advice = payments.remittanceAdvice(world.invoicer, paymentId);
        assertThat(advice.fileName()).startsWith("avis-de-paiement-").endsWith(".pdf");
        assertThat(rendered).singleElement().satisfies(lines -> {
            assertThat(lines.lines()).extracting(RemittanceAdvice.Line::invoiceNumber).containsExactlyInAnyOrder("F-1", "F-2");
            assertThat(lines.maskedIban()).doesNotContain("30006000011234567890");
            assertThat(lines.amount()).isEqualTo(Money.parse("3000.00"));
        });
        assertThatThrownBy(() -> payments.view(world.otherCompany, paymentId)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> payments.view(world.linkedTrainingBody, paymentId)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(payments.search(world.otherCompany, PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void a_partial_payment_leaves_the_dossier_granted_and_only_staff_pay_validated_invoices() {
        String dossier = certified("3000.00", false);
        String validated = validated(world.invoicer, dossier, "F-1", "1000.00");
        String submitted = invoices.deposit(world.invoicer, new Deposit(dossier, "F-2", LocalDate.of(2025, 3, 1),
                Money.parse("500.00"), new BytesUpload("facture.pdf", PDF))).invoice().snapshot().id().value().toString();

        assertThat(DossierWorld.refusalCode(() -> payments.order(world.invoicer, List.of(validated)))).isEqualTo("PAYMENT_ACTION_FORBIDDEN");
        assertThat(DossierWorld.refusalCode(() -> payments.order(world.staff, List.of(validated, submitted)))).isEqualTo("INVOICE_TRANSITION_NOT_ALLOWED");
        assertThat(DossierWorld.refusalCode(() -> payments.order(world.staff, List.of()))).isEqualTo("NO_INVOICE_TO_PAY");
        assertThatThrownBy(() -> payments.order(world.staff, List.of(UUID.randomUUID().toString())))
                .isInstanceOf(ResourceNotFoundException.class);

        payments.order(world.staff, List.of(validated));

        assertThat(world.queries.view(world.manager, dossier).dossier().status()).isEqualTo(DossierStatus.GRANTED);
        assertThat(DossierWorld.refusalCode(() -> payments.order(world.staff, List.of(validated)))).isEqualTo("INVOICE_TRANSITION_NOT_ALLOWED");
    }

    @Test
    void a_training_body_is_paid_only_once_staff_registered_its_bank_account() {
        String dossier = certified("900.00", true);
        String invoice = validated(world.linkedTrainingBody, dossier, "OF-1", "900.00");

        assertThatThrownBy(() -> payments.order(world.staff, List.of(invoice)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("NO_ACTIVE_BANK_ACCOUNT");
                    assertThat(refused.getMessage()).contains("compte bancaire actif");
                });
        assertThat(DossierWorld.refusalCode(() -> payments.registerTrainingBodyBankAccount(world.invoicer, TRAINING_BODY,
                new BankDetails("BE68539007547034", "GEBABEBB", "Institut de Soudure")))).isEqualTo("PAYMENT_ACTION_FORBIDDEN");
        payments.registerTrainingBodyBankAccount(world.staff, TRAINING_BODY, new BankDetails("BE68539007547034", "GEBABEBB", "Institut de Soudure"));
        assertThat(payments.trainingBodyBankAccount(world.staff, TRAINING_BODY)).isPresent();

        PaymentView payment = payments.order(world.staff, List.of(invoice));

        assertThat(payment.payment().snapshot().iban()).isEqualTo(Iban.of("BE68539007547034"));
        assertThat(payment.payment().payeeName()).isEqualTo("Institut de Soudure");
        assertThat(payment.invoices()).extracting(StoredInvoice::dossierNumber).extracting(Object::toString).containsExactly(dossier);
        assertThat(world.queries.view(world.manager, dossier).dossier().status()).isEqualTo(DossierStatus.CLOSED);
        String paymentId = payment.payment().snapshot().id().value().toString();
        assertThat(payments.view(world.linkedTrainingBody, paymentId).invoices()).hasSize(1);
        assertThatThrownBy(() -> payments.view(world.invoicer, paymentId)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void an_employer_without_an_active_bank_account_cannot_be_paid() {
        PaymentsService withoutAccount = new PaymentsService(new InMemoryPayments(), world.invoices, world.dossiers,
                new InMemoryEstablishments(world.establishment), trainingBodyAccounts, advice -> PDF, world.accountDirectory, world::tick);
        String dossier = certified("500.00", false);
        String invoice = validated(world.invoicer, dossier, "F-9", "500.00");

        assertThat(DossierWorld.refusalCode(() -> withoutAccount.order(world.staff, List.of(invoice)))).isEqualTo("NO_ACTIVE_BANK_ACCOUNT");
        assertThat(invoices.view(world.invoicer, invoice).invoice().snapshot().status()).isEqualTo(InvoiceStatus.VALIDATED);
    }
}
