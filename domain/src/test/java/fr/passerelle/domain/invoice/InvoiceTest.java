package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.testing.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static fr.passerelle.domain.invoice.InvoiceWorld.AMOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvoiceTest {

    private final InvoiceWorld world = new InvoiceWorld();

    private static void assertRefused(Invoice invoice, String code, ThrowingCallable command) {
        InvoiceSnapshot before = invoice.snapshot();
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(invoice.snapshot()).isEqualTo(before);
    }

    private Invoice submit(Dossier dossier, InvoiceNumber number, Money amount, InvoiceLedger ledger,
                           fr.passerelle.domain.account.Actor actor) {
        return Invoice.submit(new InvoiceId(UUID.randomUUID()), dossier, number, amount, ledger, actor, world.tick());
    }

    private static InvoiceLedger noInvoiceYet() {
        return new InvoiceLedger(Set.of(), Money.ZERO);
    }

    @Test
    void without_subrogation_the_employer_invoices_a_granted_dossier() {
        Invoice invoice = submit(world.dossier, InvoiceNumber.of(" F-1 "), AMOUNT, noInvoiceYet(), world.employer);

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SUBMITTED);
        assertThat(invoice.isLive()).isTrue();
        assertThat(invoice.issuer()).isEqualTo(new Issuer.Employer(world.establishment.id()));
        assertThat(invoice.dossierId()).isEqualTo(world.dossier.id());
        assertThat(invoice.number()).isEqualTo(InvoiceNumber.of("F-1"));
        assertThat(invoice.amount()).isEqualTo(AMOUNT);
        assertThat(invoice.paymentId()).isEmpty();
        assertThat(invoice.history()).isEmpty();
        assertThat(invoice.pullEvents()).singleElement().isEqualTo(new InvoiceEvent.Submitted(invoice.id(), world.dossier.id(),
                invoice.issuer(), invoice.number(), AMOUNT, world.employer.id(), invoice.snapshot().submittedAt()));
    }

    @Test
    void with_subrogation_the_training_body_invoices_and_the_employer_may_not() {
        InvoiceWorld subrogated = new InvoiceWorld(true);

        Invoice invoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), subrogated.dossier, InvoiceNumber.of("OF-1"), AMOUNT,
                noInvoiceYet(), subrogated.trainingBody, subrogated.tick());

        assertThat(invoice.issuer()).isEqualTo(new Issuer.TrainingBody(TestData.TRAINING_BODY_SIRET));
        assertThatThrownBy(() -> Invoice.submit(new InvoiceId(UUID.randomUUID()), subrogated.dossier, InvoiceNumber.of("F-1"),
                AMOUNT, noInvoiceYet(), subrogated.employer, subrogated.tick()))
                .hasMessage("Ce dossier est facturé par l’organisme de formation (subrogation).")
                .extracting("code").isEqualTo("INVOICE_ACTION_FORBIDDEN");
    }

    @Test
    void without_subrogation_the_training_body_may_not_invoice_nor_may_someone_without_invoice_rights() {
        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-1"), AMOUNT, noInvoiceYet(), world.trainingBody))
                .hasMessage("Ce dossier est facturé par l’employeur (sans subrogation).")
                .extracting("code").isEqualTo("INVOICE_ACTION_FORBIDDEN");
        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-1"), AMOUNT, noInvoiceYet(), world.dossierManager))
                .extracting("code").isEqualTo("INVOICE_ACTION_FORBIDDEN");
    }

    @Test
    void only_a_granted_dossier_is_invoiced() {
        world.dossier.closeBalance(world.staff, world.tick(), Money.ZERO);

        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-1"), AMOUNT, noInvoiceYet(), world.employer))
                .hasMessageContaining("soldé")
                .extracting("code").isEqualTo("DOSSIER_NOT_GRANTED");
    }

    @Test
    void the_certificate_of_completion_comes_first() {
        Dossier withoutCertificate = world.grantedDossier(TestData.completeContent(), false);

        assertThatThrownBy(() -> submit(withoutCertificate, InvoiceNumber.of("F-1"), AMOUNT, noInvoiceYet(), world.employer))
                .extracting("code").isEqualTo("CERTIFICATE_OF_COMPLETION_MISSING");
    }

    @Test
    void an_issuer_never_reuses_an_invoice_number() {
        InvoiceLedger ledger = new InvoiceLedger(Set.of(InvoiceNumber.of("F-1")), Money.ZERO);

        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-1"), AMOUNT, ledger, world.employer))
                .hasMessageContaining("F-1")
                .extracting("code").isEqualTo("DUPLICATE_INVOICE_NUMBER");
        assertThat(submit(world.dossier, InvoiceNumber.of("F-2"), AMOUNT, ledger, world.employer).number().value()).isEqualTo("F-2");
    }

    @Test
    void invoices_stay_within_the_grant_and_the_refusal_says_what_remains() {
        InvoiceLedger ledger = new InvoiceLedger(Set.of(), Money.parse("7500.00"));

        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-9"), Money.parse("500.01"), ledger, world.employer))
                .hasMessage("Le montant facturé (500,01 €) dépasse le reste à facturer : il reste 500,00 € sur les 8 000,00 € accordés.")
                .extracting("code").isEqualTo("INVOICE_EXCEEDS_GRANT");
        assertThat(submit(world.dossier, InvoiceNumber.of("F-9"), Money.parse("500.00"), ledger, world.employer).amount())
                .isEqualTo(Money.parse("500.00"));
    }

    @Test
    void an_invoice_is_for_a_positive_amount() {
        assertThatThrownBy(() -> submit(world.dossier, InvoiceNumber.of("F-1"), Money.ZERO, noInvoiceYet(), world.employer))
                .extracting("code").isEqualTo("INVALID_INVOICE_AMOUNT");
    }

    @Test
    void staff_asking_for_changes_or_rejecting_say_why() {
        Invoice invoice = world.invoiceIn(InvoiceStatus.SUBMITTED);

        assertRefused(invoice, "MESSAGE_REQUIRED", () -> invoice.requestChanges(world.staff, world.tick(), " "));
        assertRefused(invoice, "REASON_REQUIRED", () -> invoice.reject(world.staff, world.tick(), null));
        invoice.requestChanges(world.staff, world.tick(), "SIRET manquant");

        assertThat(invoice.snapshot().staffComment()).contains("SIRET manquant");
        assertThat(invoice.history().get(0).reason()).contains("SIRET manquant");
        assertThat(invoice.isLive()).isFalse();
    }

    @Test
    void a_corrected_invoice_is_checked_against_the_grant_again() {
        Invoice invoice = world.invoiceIn(InvoiceStatus.CHANGES_REQUESTED);

        assertRefused(invoice, "INVOICE_EXCEEDS_GRANT", () -> invoice.resubmit(world.employer, world.tick(), Money.parse("1000.01"),
                world.dossier, Money.parse("7000.00")));
        assertRefused(invoice, "INVALID_INVOICE_AMOUNT", () -> invoice.resubmit(world.employer, world.tick(), Money.parse("-1"),
                world.dossier, Money.ZERO));
        invoice.resubmit(world.employer, world.tick(), Money.parse("1000.00"), world.dossier, Money.parse("7000.00"));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SUBMITTED);
        assertThat(invoice.amount()).isEqualTo(Money.parse("1000.00"));
        assertThat(invoice.snapshot().staffComment()).isEmpty();
    }

    @Test
    void a_correction_is_for_the_invoice_s_own_dossier_still_granted() {
        Invoice invoice = world.invoiceIn(InvoiceStatus.CHANGES_REQUESTED);
        Dossier another = world.grantedDossier(TestData.completeContent(), true);

        assertRefused(invoice, "DOSSIER_MISMATCH", () -> invoice.resubmit(world.employer, world.tick(), AMOUNT, another, Money.ZERO));
        world.dossier.closeBalance(world.staff, world.tick(), Money.ZERO);
        assertRefused(invoice, "DOSSIER_NOT_GRANTED", () -> invoice.resubmit(world.employer, world.tick(), AMOUNT, world.dossier, Money.ZERO));
    }

    @Test
    void a_stored_invoice_comes_back_identical() {
        Invoice invoice = world.invoiceIn(InvoiceStatus.PAID);

        assertThat(Invoice.restore(invoice.snapshot()).snapshot()).isEqualTo(invoice.snapshot());
        assertThat(invoice.paymentId()).isPresent();
    }

    @Test
    void invoice_numbers_are_short_and_not_blank() {
        assertThat(InvoiceNumber.of("x".repeat(30)).toString()).hasSize(30);
        assertThatThrownBy(() -> InvoiceNumber.of("x".repeat(31))).extracting("code").isEqualTo("INVALID_INVOICE_NUMBER");
        assertThatThrownBy(() -> InvoiceNumber.of("  ")).extracting("code").isEqualTo("INVALID_INVOICE_NUMBER");
        assertThatThrownBy(() -> InvoiceNumber.of(null)).extracting("code").isEqualTo("INVALID_INVOICE_NUMBER");
    }

    @Test
    void the_issuer_is_the_one_paid() {
        InvoiceWorld subrogated = new InvoiceWorld(true);
        Issuer employer = Issuer.of(world.dossier);
        Issuer trainingBody = Issuer.of(subrogated.dossier);

        assertThat(employer.isHeldBy(world.establishment)).isTrue();
        assertThat(employer.isHeldBy(subrogated.establishment)).isFalse();
        assertThat(trainingBody.isHeldBy(world.establishment)).isFalse();
        assertThat(employer.isActedForBy(world.employer(Right.ADMIN))).isTrue();
        assertThat(trainingBody.isActedForBy(world.trainingBody)).isTrue();
        assertThat(trainingBody.isActedForBy(world.employer)).isFalse();
    }
}
