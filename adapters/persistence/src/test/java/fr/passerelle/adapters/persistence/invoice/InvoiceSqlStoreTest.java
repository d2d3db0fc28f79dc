package fr.passerelle.adapters.persistence.invoice;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.invoice.InvoiceDetails;
import fr.passerelle.application.invoice.InvoiceScope;
import fr.passerelle.application.invoice.InvoiceSearch;
import fr.passerelle.application.invoice.InvoiceSummary;
import fr.passerelle.application.invoice.InvoiceTotals;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.invoice.StoredInvoice;
import fr.passerelle.application.invoice.PaymentSummary;
import fr.passerelle.application.invoice.Payments;
import fr.passerelle.application.invoice.StoredPayment;
import fr.passerelle.application.invoice.TrainingBodyBankAccount;
import fr.passerelle.application.invoice.TrainingBodyBankAccounts;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentSnapshot;
import fr.passerelle.domain.invoice.PaymentStatus;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.Invoice;
import fr.passerelle.domain.invoice.InvoiceAction;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceNumber;
import fr.passerelle.domain.invoice.InvoiceSnapshot;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class InvoiceSqlStoreTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(810_000_000);
    private static final Instant AT = Instant.parse("2026-11-02T10:15:30.123456Z");

    @Inject
    Invoices invoices;

    @Inject
    Payments payments;

    @Inject
    TrainingBodyBankAccounts trainingBodyAccounts;

    @Inject
    EntityManager entityManager;

    private EstablishmentId establishment;
    private DossierId dossier;
    private DossierNumber dossierNumber;
    private final UserId user = new UserId(UUID.randomUUID());
    private final Actor staff = Actor.staff(new UserId(UUID.randomUUID()));

    @BeforeEach
    void aGrantedDossier() {
        establishment = SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 12);
        dossier = new DossierId(UUID.randomUUID());
        dossierNumber = DossierNumber.of(String.valueOf(NUMBERS.incrementAndGet()));
        SqlFixtures.execute(entityManager, """
                INSERT INTO dossier (id, number, establishment_id, scheme, status, title, training_start_year, content, documents,
                                     granted_amount, released_amount, created_by, created_at, updated_at, status_since, version)
                VALUES (?1, ?2, ?3, 'PLAN', 'GRANTED', 'Soudure TIG', 2027, '{}'::jsonb, '[]'::jsonb, 5000.00, 0, ?4, now(), now(), now(), 0)
                """, dossier.value(), dossierNumber.value(), establishment.value(), user.value());
    }

    private InvoiceDetails details() {
        UUID document = UUID.randomUUID();
        SqlFixtures.execute(entityManager, """
                INSERT INTO document (id, dossier_id, content_type, size, sha256, content)
                VALUES (?1, ?2, 'application/pdf', 4, encode(sha256('%PDF'::bytea), 'hex'), '%PDF'::bytea)
                """, document, dossier.value());
        return new InvoiceDetails(LocalDate.of(2026, 10, 31), new DocumentId(document), "facture.pdf");
    }

    private InvoiceSnapshot snapshot(Issuer issuer, String number, String amount, InvoiceStatus status) {
        return new InvoiceSnapshot(new InvoiceId(UUID.randomUUID()), dossier, issuer, InvoiceNumber.of(number), Money.parse(amount),
                status, Optional.empty(), Optional.empty(), user, AT.plusSeconds(NUMBERS.incrementAndGet()), List.of());
    }

    private StoredInvoice add(InvoiceSnapshot snapshot) {
        InvoiceDetails details = details();
        return QuarkusTransaction.requiringNew().call(() -> invoices.add(snapshot, details));
    }

    @Test
    void an_invoice_comes_back_as_stored_and_changes_only_at_the_version_read() {
        Issuer issuer = new Issuer.Employer(establishment);
        StoredInvoice stored = add(snapshot(issuer, "F-1", "1200.50", InvoiceStatus.SUBMITTED));

        assertThat(stored.version()).isZero();
        assertThat(stored.dossierNumber()).isEqualTo(dossierNumber);
        assertThat(stored.dossierTitle()).isEqualTo("Soudure TIG");
        assertThat(stored.details().fileName()).isEqualTo("facture.pdf");
        Invoice invoice = Invoice.restore(stored.snapshot());
        invoice.requestChanges(staff, AT.plus(1, ChronoUnit.HOURS), "Montant erroné");

        StoredInvoice changed = QuarkusTransaction.requiringNew().call(() ->
                invoices.update(invoice.snapshot(), stored.details(), 0, AT.plus(1, ChronoUnit.HOURS)));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.snapshot()).isEqualTo(invoice.snapshot());
        assertThat(changed.snapshot().history()).extracting(HistoryEntry::action).containsExactly(InvoiceAction.REQUEST_CHANGES);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                invoices.update(invoice.snapshot(), stored.details(), 0, AT))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void the_books_of_a_dossier_add_up_live_and_paid_invoices_and_an_issuer_never_reuses_a_number() {
        Issuer employer = new Issuer.Employer(establishment);
        add(snapshot(employer, "F-1", "1000.00", InvoiceStatus.SUBMITTED));
        add(snapshot(employer, "F-2", "500.25", InvoiceStatus.PAID));
        add(snapshot(employer, "F-3", "700.00", InvoiceStatus.REJECTED));
        add(snapshot(employer, "F-4", "300.00", InvoiceStatus.CHANGES_REQUESTED));

        InvoiceTotals totals = QuarkusTransaction.requiringNew().call(() -> {
            invoices.lockDossier(dossierNumber);
            return invoices.totals(dossier);
        });
        assertThat(totals).isEqualTo(new InvoiceTotals(Money.parse("1500.25"), Money.parse("500.25")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> invoices.ledger(dossier, employer)).numbersAlreadyUsedByIssuer())
                .extracting(InvoiceNumber::value).containsExactlyInAnyOrder("F-1", "F-2", "F-3", "F-4");
        assertThatThrownBy(() -> add(snapshot(employer, "F-3", "1.00", InvoiceStatus.SUBMITTED)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("DUPLICATE_INVOICE_NUMBER"));
        Issuer trainingBody = new Issuer.TrainingBody(SqlFixtures.unusedSiret());
        assertThat(add(snapshot(trainingBody, "F-3", "1.00", InvoiceStatus.SUBMITTED)).snapshot().issuer()).isEqualTo(trainingBody);
    }

    @Test
    void lists_show_each_issuer_its_own_invoices_most_recent_first_page_by_page() {
        Siret siret = SqlFixtures.unusedSiret();
        StoredInvoice first = add(snapshot(new Issuer.TrainingBody(siret), "OF-1", "10.00", InvoiceStatus.SUBMITTED));
        StoredInvoice second = add(snapshot(new Issuer.TrainingBody(siret), "OF-2", "20.00", InvoiceStatus.VALIDATED));
        add(snapshot(new Issuer.Employer(establishment), "E-1", "30.00", InvoiceStatus.SUBMITTED));
        InvoiceScope trainingBody = new InvoiceScope(false, Set.of(), Optional.of(siret));

        Page<InvoiceSummary> page = search(trainingBody, Optional.empty(), PageRequest.first(1));
        assertThat(page.items()).extracting(InvoiceSummary::number).containsExactly(InvoiceNumber.of("OF-2"));
        Page<InvoiceSummary> next = search(trainingBody, Optional.empty(), new PageRequest(1, page.nextCursor()));
        assertThat(next.items()).extracting(InvoiceSummary::id).containsExactly(first.snapshot().id());
        assertThat(next.nextCursor()).isEmpty();
        assertThat(search(trainingBody, Optional.of(InvoiceStatus.VALIDATED), PageRequest.first(10)).items())
                .extracting(InvoiceSummary::id).containsExactly(second.snapshot().id());
        assertThat(search(new InvoiceScope(false, Set.of(establishment), Optional.empty()), Optional.empty(), PageRequest.first(10)).items())
                .extracting(InvoiceSummary::number).containsExactly(InvoiceNumber.of("E-1"));
        assertThat(search(new InvoiceScope(false, Set.of(), Optional.empty()), Optional.empty(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_payment_comes_back_with_the_invoices_that_name_it_and_is_listed_to_its_payee_only() {
        Issuer employer = new Issuer.Employer(establishment);
        StoredInvoice first = add(snapshot(employer, "P-1", "100.00", InvoiceStatus.VALIDATED));
        StoredInvoice second = add(snapshot(employer, "P-2", "250.50", InvoiceStatus.VALIDATED));
        PaymentSnapshot payment = new PaymentSnapshot(new PaymentId(UUID.randomUUID()), employer,
                List.of(first.snapshot().id(), second.snapshot().id()), Money.parse("350.50"), new BankAccountId(UUID.randomUUID()),
                Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP882"), PaymentStatus.ORDERED, user, AT, List.of());

        QuarkusTransaction.requiringNew().run(() -> {
            payments.add(payment, "Atelier Test");
            for (StoredInvoice invoice : List.of(first, second)) {
                InvoiceSnapshot paid = new InvoiceSnapshot(invoice.snapshot().id(), dossier, employer, invoice.snapshot().number(),
                        invoice.snapshot().amount(), InvoiceStatus.PAID, Optional.empty(), Optional.of(payment.id()), user,
                        invoice.snapshot().submittedAt(), List.of());
                invoices.update(paid, invoice.details(), 0, AT);
            }
        });

        StoredPayment found = QuarkusTransaction.requiringNew().call(() -> payments.find(payment.id())).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(payment);
        assertThat(found.payeeName()).isEqualTo("Atelier Test");
        assertThat(QuarkusTransaction.requiringNew().call(() -> invoices.ofPayment(payment.id()))).hasSize(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> invoices.totals(dossier)).paid()).isEqualTo(Money.parse("350.50"));
        Page<PaymentSummary> mine = QuarkusTransaction.requiringNew().call(() ->
                payments.search(new InvoiceScope(false, Set.of(establishment), Optional.empty()), PageRequest.first(10)));
        assertThat(mine.items()).singleElement().satisfies(summary -> {
            assertThat(summary.invoiceCount()).isEqualTo(2);
            assertThat(summary.amount()).isEqualTo(Money.parse("350.50"));
        });
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                payments.search(new InvoiceScope(false, Set.of(), Optional.of(SqlFixtures.unusedSiret())), PageRequest.first(10))).items())
                .isEmpty();
    }

    @Test
    void a_training_body_has_one_active_bank_account_the_last_registered() {
        Siret siret = SqlFixtures.unusedSiret();
        TrainingBodyBankAccount first = new TrainingBodyBankAccount(new BankAccountId(UUID.randomUUID()), siret,
                Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP882"), "Institut", user, AT);
        TrainingBodyBankAccount second = new TrainingBodyBankAccount(new BankAccountId(UUID.randomUUID()), siret,
                Iban.of("BE68539007547034"), Bic.of("GEBABEBB"), "Institut", user, AT.plusSeconds(60));

        assertThat(QuarkusTransaction.requiringNew().call(() -> trainingBodyAccounts.activeOf(siret))).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> trainingBodyAccounts.register(first));
        QuarkusTransaction.requiringNew().run(() -> trainingBodyAccounts.register(second));

        assertThat(QuarkusTransaction.requiringNew().call(() -> trainingBodyAccounts.activeOf(siret))).contains(second);
    }

    private Page<InvoiceSummary> search(InvoiceScope scope, Optional<InvoiceStatus> status, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> invoices.search(new InvoiceSearch(status, Optional.of(dossierNumber), page), scope));
    }
}
