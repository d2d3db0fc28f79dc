package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.testing.TestData;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static fr.passerelle.domain.testing.TestData.TRAINING_BODY_SIRET;
import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.employerWith;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.later;
import static fr.passerelle.domain.testing.TestData.staff;
import static fr.passerelle.domain.testing.TestData.userId;

/** A granted dossier with its certificate of completion, the employer paid on an active bank account, and the people around. */
final class InvoiceWorld {

    static final Money GRANTED = Money.parse("8000.00");
    static final Money AMOUNT = Money.parse("1000.00");
    static final Iban IBAN = Iban.of("FR7630006000011234567890189");

    final Establishment establishment = TestData.establishment();
    final Actor employer = employerWith(establishment.id(), Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES);
    final Actor dossierManager = employerWith(establishment.id(), Right.MANAGE_DOSSIERS);
    final Actor staff = staff();
    final Actor trainingBody = Actor.trainingBody(userId(), TRAINING_BODY_SIRET);
    final Actor otherEmployer = employerWith(establishmentId(), Right.ADMIN);
    final Actor platform = Actor.system();
    final Dossier dossier;
    private int clock;
    private int numbers;

    InvoiceWorld() {
        this(false);
    }

    InvoiceWorld(boolean subrogated) {
        dossier = grantedDossier(subrogated ? TestData.subrogatedContent() : TestData.completeContent(), true);
        establishment.proposeBankAccount(employer(Right.MANAGE_COMPANY), tick(), new BankAccountId(UUID.randomUUID()), IBAN,
                Bic.of("BNPAFRPP"), "ACME SAS", new DocumentId(UUID.randomUUID()));
        establishment.validateBankAccount(staff, tick(), establishment.bankAccounts().get(0).id());
    }

    List<Actor> everyone() {
        return List.of(employer, dossierManager, staff, trainingBody, otherEmployer, platform);
    }

    Actor employer(Right right) {
        return employerWith(establishment.id(), right);
    }

    Instant tick() {
        return later(++clock);
    }

    Dossier grantedDossier(DossierContent content, boolean withCertificate) {
        Dossier granted = Dossier.draft(new DossierId(UUID.randomUUID()), DossierNumber.of("202500001"), establishment,
                FundingScheme.CONTRAT_PRO, dossierManager, tick());
        granted.saveDraft(dossierManager, tick(), content);
        granted.submit(dossierManager, tick(), establishment, companyEmployees());
        granted.takeIntoReview(staff, tick());
        granted.grant(staff, tick(), GRANTED, Money.parse("50000.00"));
        if (withCertificate) {
            granted.attachDocument(dossierManager, tick(), new DocumentId(UUID.randomUUID()), DocumentType.CERTIFICATE_OF_COMPLETION,
                    "certificat.pdf", Optional.empty());
        }
        return granted;
    }

    InvoiceNumber nextNumber() {
        return InvoiceNumber.of("F-2025-" + ++numbers);
    }

    Invoice submit(Money amount, Money liveTotal) {
        return Invoice.submit(new InvoiceId(UUID.randomUUID()), dossier, nextNumber(), amount, new InvoiceLedger(Set.of(), liveTotal),
                employer, tick());
    }

    Invoice invoiceIn(InvoiceStatus status) {
        Invoice invoice = submit(AMOUNT, Money.ZERO);
        switch (status) {
            case SUBMITTED -> { }
            case CHANGES_REQUESTED -> invoice.requestChanges(staff, tick(), "Numéro de SIRET manquant");
            case VALIDATED -> invoice.validate(staff, tick());
            case PAID -> {
                invoice.validate(staff, tick());
                pay(List.of(invoice), staff);
            }
            case REJECTED -> invoice.reject(staff, tick(), "Doublon");
            case WITHDRAWN -> invoice.withdraw(employer, tick());
        }
        return invoice;
    }

    Payment pay(List<Invoice> invoices, Actor actor) {
        return Payment.order(new PaymentId(UUID.randomUUID()), invoices, establishment, actor, tick());
    }

    void perform(Invoice invoice, InvoiceAction action, Actor actor) {
        Instant at = tick();
        switch (action) {
            case VALIDATE -> invoice.validate(actor, at);
            case REQUEST_CHANGES -> invoice.requestChanges(actor, at, "Numéro de SIRET manquant");
            case RESUBMIT -> invoice.resubmit(actor, at, Money.parse("900.00"), dossier, Money.ZERO);
            case REJECT -> invoice.reject(actor, at, "Doublon");
            case WITHDRAW -> invoice.withdraw(actor, at);
            case PAY -> pay(List.of(invoice), actor);
        }
    }
}
