package fr.passerelle.domain.invoice;

import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.passerelle.domain.invoice.InvoiceStatus.PAID;
import static fr.passerelle.domain.invoice.InvoiceStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private final InvoiceWorld world = new InvoiceWorld();

    @Test
    void a_payment_pays_validated_invoices_of_one_payee_to_its_active_bank_account() {
        Invoice first = world.invoiceIn(VALIDATED);
        Invoice second = world.invoiceIn(VALIDATED);

        Payment payment = world.pay(List.of(first, second), world.staff);

        assertThat(payment.status()).isEqualTo(PaymentStatus.ORDERED);
        assertThat(payment.amount()).isEqualTo(Money.parse("2000.00"));
        assertThat(payment.invoices()).containsExactly(first.id(), second.id());
        assertThat(payment.payee()).isEqualTo(first.issuer());
        assertThat(payment.iban()).isEqualTo(InvoiceWorld.IBAN);
        assertThat(payment.snapshot().bankAccountId()).isEqualTo(world.establishment.activeBankAccount().orElseThrow().id());
        assertThat(List.of(first, second)).allSatisfy(invoice -> {
            assertThat(invoice.status()).isEqualTo(PAID);
            assertThat(invoice.paymentId()).contains(payment.id());
        });
        assertThat(payment.pullEvents()).singleElement().isInstanceOfSatisfying(PaymentEvent.Ordered.class, event -> {
            assertThat(event.amount()).isEqualTo(Money.parse("2000.00"));
            assertThat(event.invoices()).containsExactly(first.id(), second.id());
            assertThat(event.iban()).isEqualTo(InvoiceWorld.IBAN);
            assertThat(event.by()).isEqualTo(world.staff.id());
        });
    }

    @Test
    void only_staff_order_payments() {
        Invoice invoice = world.invoiceIn(VALIDATED);

        assertThatThrownBy(() -> world.pay(List.of(invoice), world.employer)).extracting("code").isEqualTo("PAYMENT_ACTION_FORBIDDEN");
        assertThat(invoice.status()).isEqualTo(VALIDATED);
    }

    @Test
    void a_payment_pays_something_and_each_invoice_once() {
        Invoice invoice = world.invoiceIn(VALIDATED);

        assertThatThrownBy(() -> world.pay(List.of(), world.staff)).extracting("code").isEqualTo("NO_INVOICE_TO_PAY");
        assertThatThrownBy(() -> world.pay(List.of(invoice, invoice), world.staff))
                .extracting("code").isEqualTo("DUPLICATE_INVOICE_IN_PAYMENT");
        assertThat(invoice.status()).isEqualTo(VALIDATED);
    }

    @Test
    void an_invoice_not_yet_validated_stops_the_whole_payment() {
        Invoice validated = world.invoiceIn(VALIDATED);
        Invoice submitted = world.invoiceIn(InvoiceStatus.SUBMITTED);

        assertThatThrownBy(() -> world.pay(List.of(validated, submitted), world.staff))
                .extracting("code").isEqualTo("INVOICE_TRANSITION_NOT_ALLOWED");
        assertThat(validated.status()).isEqualTo(VALIDATED);
        assertThat(validated.history()).hasSize(1);
    }

    @Test
    void a_payment_goes_to_a_single_payee_who_holds_the_bank_account() {
        Invoice employerInvoice = world.invoiceIn(VALIDATED);
        InvoiceWorld subrogated = new InvoiceWorld(true);
        Invoice trainingBodyInvoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), subrogated.dossier, InvoiceNumber.of("OF-1"),
                InvoiceWorld.AMOUNT, new InvoiceLedger(java.util.Set.of(), Money.ZERO), subrogated.trainingBody, subrogated.tick());
        trainingBodyInvoice.validate(world.staff, world.tick());

        assertThatThrownBy(() -> world.pay(List.of(employerInvoice, trainingBodyInvoice), world.staff))
                .extracting("code").isEqualTo("SEVERAL_PAYEES");
        assertThatThrownBy(() -> world.pay(List.of(trainingBodyInvoice), world.staff))
                .extracting("code").isEqualTo("PAYEE_MISMATCH");
        assertThat(employerInvoice.status()).isEqualTo(VALIDATED);
        assertThat(trainingBodyInvoice.status()).isEqualTo(VALIDATED);
    }

    @Test
    void under_subrogation_the_training_body_is_paid_on_its_own_bank_account() {
        InvoiceWorld subrogated = new InvoiceWorld(true);
        Invoice invoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), subrogated.dossier, InvoiceNumber.of("OF-1"),
                InvoiceWorld.AMOUNT, new InvoiceLedger(java.util.Set.of(), Money.ZERO), subrogated.trainingBody, subrogated.tick());
        invoice.validate(world.staff, world.tick());
        Establishment trainingBody = Establishment.register(TestData.establishmentId(), TestData.TRAINING_BODY_SIRET,
                "Institut de Soudure", TestData.ADDRESS, 30, java.util.Set.of(), world.staff, TestData.NOW);
        trainingBody.proposeBankAccount(fr.passerelle.domain.account.Actor.employer(TestData.userId(),
                        java.util.Map.of(trainingBody.id(), java.util.Set.of(fr.passerelle.domain.account.Right.ADMIN))),
                TestData.NOW, new fr.passerelle.domain.establishment.BankAccountId(UUID.randomUUID()),
                fr.passerelle.domain.shared.Iban.of("BE68539007547034"), fr.passerelle.domain.shared.Bic.of("GEBABEBB"),
                "Institut de Soudure", new fr.passerelle.domain.shared.DocumentId(UUID.randomUUID()));
        trainingBody.validateBankAccount(world.staff, TestData.NOW, trainingBody.bankAccounts().get(0).id());

        Payment payment = Payment.order(new PaymentId(UUID.randomUUID()), List.of(invoice), trainingBody, world.staff, world.tick());

        assertThat(payment.iban()).isEqualTo(fr.passerelle.domain.shared.Iban.of("BE68539007547034"));
        assertThat(invoice.status()).isEqualTo(PAID);
    }

    @Test
    void a_training_body_is_paid_on_the_bank_account_registered_for_it() {
        InvoiceWorld subrogated = new InvoiceWorld(true);
        Invoice invoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), subrogated.dossier, InvoiceNumber.of("OF-2"),
                InvoiceWorld.AMOUNT, new InvoiceLedger(java.util.Set.of(), Money.ZERO), subrogated.trainingBody, subrogated.tick());
        invoice.validate(world.staff, world.tick());
        Issuer payee = invoice.issuer();
        PayeeBankAccount account = new PayeeBankAccount(payee, new fr.passerelle.domain.establishment.BankAccountId(UUID.randomUUID()),
                fr.passerelle.domain.shared.Iban.of("BE68539007547034"), fr.passerelle.domain.shared.Bic.of("GEBABEBB"));
        Issuer someoneElse = new Issuer.TrainingBody(fr.passerelle.domain.shared.Siret.of("73282932000074"));

        assertThatThrownBy(() -> Payment.order(new PaymentId(UUID.randomUUID()), List.of(invoice), payee, java.util.Optional.empty(),
                world.staff, world.tick())).extracting("code").isEqualTo("NO_ACTIVE_BANK_ACCOUNT");
        assertThatThrownBy(() -> Payment.order(new PaymentId(UUID.randomUUID()), List.of(invoice), someoneElse,
                java.util.Optional.of(account), world.staff, world.tick())).extracting("code").isEqualTo("PAYEE_MISMATCH");
        assertThatThrownBy(() -> Payment.order(new PaymentId(UUID.randomUUID()), List.of(invoice), payee,
                java.util.Optional.of(new PayeeBankAccount(someoneElse, account.id(), account.iban(), account.bic())),
                world.staff, world.tick())).extracting("code").isEqualTo("PAYEE_MISMATCH");
        assertThat(invoice.status()).isEqualTo(VALIDATED);

        Payment payment = Payment.order(new PaymentId(UUID.randomUUID()), List.of(invoice), payee, java.util.Optional.of(account),
                world.staff, world.tick());

        assertThat(payment.payee()).isEqualTo(payee);
        assertThat(payment.snapshot().bankAccountId()).isEqualTo(account.id());
        assertThat(payment.snapshot().bic()).isEqualTo(account.bic());
        assertThat(invoice.status()).isEqualTo(PAID);
    }

    @Test
    void without_an_active_bank_account_nothing_is_paid() {
        Invoice invoice = world.invoiceIn(VALIDATED);
        Establishment establishment = world.establishment;
        establishment.deactivateBankAccount(world.staff, world.tick(), establishment.activeBankAccount().orElseThrow().id());

        assertThatThrownBy(() -> world.pay(List.of(invoice), world.staff))
                .extracting("code").isEqualTo("NO_ACTIVE_BANK_ACCOUNT");
        assertThat(invoice.status()).isEqualTo(VALIDATED);
    }

    @Test
    void staff_confirm_the_execution_once() {
        Payment payment = world.pay(List.of(world.invoiceIn(VALIDATED)), world.staff);
        payment.pullEvents();

        assertThat(payment.allowedActions(world.employer)).isEmpty();
        assertThat(payment.allowedActions(world.staff)).containsExactly(PaymentAction.EXECUTE);
        assertThatThrownBy(() -> payment.execute(world.employer, world.tick())).extracting("code").isEqualTo("PAYMENT_ACTION_FORBIDDEN");
        payment.execute(world.staff, TestData.NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.EXECUTED);
        assertThat(payment.history()).singleElement()
                .extracting(HistoryEntry::action, HistoryEntry::from, HistoryEntry::to, HistoryEntry::by)
                .containsExactly(PaymentAction.EXECUTE, PaymentStatus.ORDERED, PaymentStatus.EXECUTED, world.staff.id());
        assertThat(payment.pullEvents()).singleElement().isEqualTo(new PaymentEvent.Transitioned(payment.id(), PaymentAction.EXECUTE,
                PaymentStatus.ORDERED, PaymentStatus.EXECUTED, world.staff.id(), TestData.NOW));
        assertThat(payment.allowedActions(world.staff)).isEmpty();
        assertThatThrownBy(() -> payment.execute(world.staff, world.tick())).extracting("code").isEqualTo("PAYMENT_TRANSITION_NOT_ALLOWED");
        assertThat(Payment.restore(payment.snapshot()).snapshot()).isEqualTo(payment.snapshot());
        assertThat(PaymentStatus.EXECUTED.label()).isNotBlank();
        assertThat(PaymentAction.EXECUTE.label()).isNotBlank();
    }
}
