package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.account.AccountMails;
import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.PendingAccounts;
import fr.passerelle.application.account.StaffAccountRequests;
import fr.passerelle.application.account.StaffAccountRequestsService;
import fr.passerelle.application.colleague.ColleagueQueries;
import fr.passerelle.application.colleague.ColleagueQueriesService;
import fr.passerelle.application.colleague.Colleagues;
import fr.passerelle.application.colleague.ManageColleagues;
import fr.passerelle.application.colleague.ManageColleaguesService;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.CompanyEmployees;
import fr.passerelle.application.dossier.DecisionLetterBackfill;
import fr.passerelle.application.dossier.DecisionLetterBackfillService;
import fr.passerelle.application.dossier.DecisionLetters;
import fr.passerelle.application.dossier.DeclareTermination;
import fr.passerelle.application.dossier.DeclareTerminationService;
import fr.passerelle.application.dossier.DossierDocuments;
import fr.passerelle.application.dossier.DossierDocumentsService;
import fr.passerelle.application.dossier.DossierNumbers;
import fr.passerelle.application.dossier.DossierQueries;
import fr.passerelle.application.dossier.DossierQueriesService;
import fr.passerelle.application.dossier.DossierThread;
import fr.passerelle.application.dossier.DossierThreadService;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.EmployeeRegister;
import fr.passerelle.application.dossier.EmployerDossiers;
import fr.passerelle.application.dossier.EmployerDossiersService;
import fr.passerelle.application.dossier.IdempotencyKeys;
import fr.passerelle.application.dossier.ListEmployees;
import fr.passerelle.application.dossier.ListEmployeesService;
import fr.passerelle.application.dossier.MessageAlerts;
import fr.passerelle.application.dossier.MessageThreads;
import fr.passerelle.application.dossier.StaffDossierReview;
import fr.passerelle.application.dossier.StaffDossierReviewService;
import fr.passerelle.application.establishment.EmployerEstablishments;
import fr.passerelle.application.establishment.EmployerEstablishmentsService;
import fr.passerelle.application.establishment.EstablishmentIndex;
import fr.passerelle.application.establishment.EstablishmentQueries;
import fr.passerelle.application.establishment.EstablishmentQueriesService;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.establishment.StaffEstablishments;
import fr.passerelle.application.establishment.StaffEstablishmentsService;
import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.funding.FundingAccountsService;
import fr.passerelle.application.funding.SetFundingEnvelope;
import fr.passerelle.application.funding.ViewFundingAccounts;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.invoice.InvoiceQueries;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.invoice.InvoicesService;
import fr.passerelle.application.invoice.IssueInvoices;
import fr.passerelle.application.invoice.OrderPayments;
import fr.passerelle.application.invoice.PaymentQueries;
import fr.passerelle.application.invoice.Payments;
import fr.passerelle.application.invoice.PaymentsService;
import fr.passerelle.application.invoice.RemittanceAdvices;
import fr.passerelle.application.invoice.StaffInvoiceReview;
import fr.passerelle.application.invoice.TrainingBodyBankAccounts;
import fr.passerelle.application.link.EstablishmentLinks;
import fr.passerelle.application.link.EstablishmentLinksService;
import fr.passerelle.application.link.LinkRequests;
import fr.passerelle.application.profile.ManageMyProfile;
import fr.passerelle.application.profile.ManageMyProfileService;
import fr.passerelle.application.profile.UserAccounts;
import fr.passerelle.application.profile.ViewMyProfile;
import fr.passerelle.application.profile.ViewMyProfileService;
import fr.passerelle.application.registration.Registration;
import fr.passerelle.application.registration.RegistrationService;
import fr.passerelle.application.reminder.RemindIdentifier;
import fr.passerelle.application.reminder.RemindIdentifierService;
import fr.passerelle.application.shared.Clock;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the use cases of the application layer from the adapters that implement their ports. */
class UseCaseWiring {

    @Produces
    @Singleton
    ViewMyProfile viewMyProfile(UserAccounts userAccounts) {
        return TransactionBoundary.around(ViewMyProfile.class, new ViewMyProfileService(userAccounts));
    }

    /** The system clock, to the microsecond: what PostgreSQL keeps of an instant, so that stored times read back equal. */
    @Produces
    @Singleton
    Clock clock() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Produces
    @Singleton
    EmployerDossiers employerDossiers(Dossiers dossiers, DossierNumbers numbers, Establishments establishments,
                                      CompanyEmployees employees, IdempotencyKeys idempotencyKeys, AccountDirectory accounts,
                                      Clock clock, DocumentStore files) {
        return TransactionBoundary.around(EmployerDossiers.class, new EmployerDossiersService(dossiers, numbers, establishments,
                employees, idempotencyKeys, accounts, clock, files));
    }

    /** Grants and refusals write their decision letter in the same transaction (messages and letters, issue 6). */
    @Produces
    @Singleton
    StaffDossierReview staffDossierReview(Dossiers dossiers, FundingAccounts funds, Invoices invoices, AccountDirectory accounts,
                                          Clock clock, DocumentStore files, Establishments establishments,
                                          MessageThreads threads, DecisionLetters letters) {
        return TransactionBoundary.around(StaffDossierReview.class, new StaffDossierReviewService(dossiers, funds, invoices,
                accounts, clock, files, establishments, threads, letters));
    }

    /**
     * Without a transaction: these use cases only read, the busiest of them (a dossier's page, the lists) more than any
     * other call of the API, and a transaction would be the largest cost left after the queries. Each statement sees
     * what is committed; a dossier is read with its history in one statement, so it is never seen half-changed.
     */
    @Produces
    @Singleton
    DossierQueries dossierQueries(Dossiers dossiers, AccountDirectory accounts, Clock clock, DocumentStore files,
                                  MessageThreads threads) {
        return new DossierQueriesService(dossiers, accounts, clock, files, threads);
    }

    // --- Messages of a dossier and decision letters (issue 6) ---

    @Produces
    @Singleton
    DecisionLetterBackfill decisionLetterBackfill(Dossiers dossiers, DocumentStore files, Establishments establishments,
                                                  DecisionLetters letters) {
        return TransactionBoundary.around(DecisionLetterBackfill.class,
                new DecisionLetterBackfillService(dossiers, files, establishments, letters));
    }

    /** Attachments share the documents' size limit ({@code passerelle.documents.max-size}). */
    @Produces
    @Singleton
    DossierThread dossierThread(Dossiers dossiers, MessageThreads threads, DocumentStore files, ContentTypes contentTypes,
                                AccountDirectory accounts, Clock clock, MessageAlerts alerts,
                                @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(DossierThread.class, new DossierThreadService(dossiers, threads, files, contentTypes,
                maxSize.asLongValue(), accounts, clock, alerts));
    }

    @Produces
    @Singleton
    ListEmployees listEmployees(EmployeeRegister register, AccountDirectory accounts) {
        return TransactionBoundary.around(ListEmployees.class, new ListEmployeesService(register, accounts));
    }

    /** Documents up to {@code passerelle.documents.max-size}; {@code quarkus.http.limits.max-body-size} must stay above it. */
    @Produces
    @Singleton
    DossierDocuments dossierDocuments(Dossiers dossiers, DocumentStore files, ContentTypes contentTypes, AccountDirectory accounts,
                                      Clock clock, @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(DossierDocuments.class,
                new DossierDocumentsService(dossiers, files, contentTypes, maxSize.asLongValue(), accounts, clock));
    }

    // --- Establishments, bank accounts and link requests (issue 5) ---

    @Produces
    @Singleton
    EstablishmentQueries establishmentQueries(Establishments establishments, EstablishmentIndex index, DocumentStore files,
                                              AccountDirectory accounts, Clock clock) {
        return TransactionBoundary.around(EstablishmentQueries.class,
                new EstablishmentQueriesService(establishments, index, files, accounts, clock));
    }

    /** Bank account proofs share the size limit of dossier documents ({@code passerelle.documents.max-size}). */
    @Produces
    @Singleton
    EmployerEstablishments employerEstablishments(Establishments establishments, DocumentStore files, ContentTypes contentTypes,
                                                  AccountDirectory accounts, Clock clock,
                                                  @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(EmployerEstablishments.class,
                new EmployerEstablishmentsService(establishments, files, contentTypes, maxSize.asLongValue(), accounts, clock));
    }

    @Produces
    @Singleton
    StaffEstablishments staffEstablishments(Establishments establishments, EstablishmentIndex index, DocumentStore files,
                                            AccountDirectory accounts, Clock clock) {
        return TransactionBoundary.around(StaffEstablishments.class,
                new StaffEstablishmentsService(establishments, index, files, accounts, clock));
    }

    @Produces
    @Singleton
    EstablishmentLinks establishmentLinks(LinkRequests requests, Accounts accounts, Establishments establishments,
                                          AccountDirectory directory, Clock clock) {
        return TransactionBoundary.around(EstablishmentLinks.class,
                new EstablishmentLinksService(requests, accounts, establishments, directory, clock));
    }

    // --- Funding accounts, invoices and payments (issue 7) ---

    @Produces
    @Singleton
    ViewFundingAccounts viewFundingAccounts(FundingAccounts funds, AccountDirectory accounts, Clock clock) {
        return TransactionBoundary.around(ViewFundingAccounts.class, new FundingAccountsService(funds, accounts, clock));
    }

    @Produces
    @Singleton
    SetFundingEnvelope setFundingEnvelope(FundingAccounts funds, AccountDirectory accounts, Clock clock) {
        return TransactionBoundary.around(SetFundingEnvelope.class, new FundingAccountsService(funds, accounts, clock));
    }

    /** Invoice PDFs share the size limit of dossier documents ({@code passerelle.documents.max-size}). */
    private static InvoicesService invoicesService(Invoices invoices, Dossiers dossiers, DocumentStore files, ContentTypes contentTypes,
                                                   AccountDirectory accounts, Clock clock, MemorySize maxSize) {
        return new InvoicesService(invoices, dossiers, files, contentTypes, maxSize.asLongValue(), accounts, clock);
    }

    @Produces
    @Singleton
    IssueInvoices issueInvoices(Invoices invoices, Dossiers dossiers, DocumentStore files, ContentTypes contentTypes,
                                AccountDirectory accounts, Clock clock,
                                @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(IssueInvoices.class,
                invoicesService(invoices, dossiers, files, contentTypes, accounts, clock, maxSize));
    }

    @Produces
    @Singleton
    StaffInvoiceReview staffInvoiceReview(Invoices invoices, Dossiers dossiers, DocumentStore files, ContentTypes contentTypes,
                                          AccountDirectory accounts, Clock clock,
                                          @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(StaffInvoiceReview.class,
                invoicesService(invoices, dossiers, files, contentTypes, accounts, clock, maxSize));
    }

    @Produces
    @Singleton
    InvoiceQueries invoiceQueries(Invoices invoices, Dossiers dossiers, DocumentStore files, ContentTypes contentTypes,
                                  AccountDirectory accounts, Clock clock,
                                  @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(InvoiceQueries.class,
                invoicesService(invoices, dossiers, files, contentTypes, accounts, clock, maxSize));
    }

    @Produces
    @Singleton
    OrderPayments orderPayments(Payments payments, Invoices invoices, Dossiers dossiers, Establishments establishments,
                                TrainingBodyBankAccounts trainingBodyAccounts, RemittanceAdvices advices, AccountDirectory accounts,
                                Clock clock) {
        return TransactionBoundary.around(OrderPayments.class, new PaymentsService(payments, invoices, dossiers, establishments,
                trainingBodyAccounts, advices, accounts, clock));
    }

    @Produces
    @Singleton
    PaymentQueries paymentQueries(Payments payments, Invoices invoices, Dossiers dossiers, Establishments establishments,
                                  TrainingBodyBankAccounts trainingBodyAccounts, RemittanceAdvices advices, AccountDirectory accounts,
                                  Clock clock) {
        return TransactionBoundary.around(PaymentQueries.class, new PaymentsService(payments, invoices, dossiers, establishments,
                trainingBodyAccounts, advices, accounts, clock));
    }

    /** The signed termination form shares the size limit of dossier documents ({@code passerelle.documents.max-size}). */
    @Produces
    @Singleton
    DeclareTermination declareTermination(Dossiers dossiers, Invoices invoices, DocumentStore files, ContentTypes contentTypes,
                                          AccountDirectory accounts, Clock clock,
                                          @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxSize) {
        return TransactionBoundary.around(DeclareTermination.class, new DeclareTerminationService(dossiers, invoices, files, contentTypes,
                maxSize.asLongValue(), accounts, clock));
    }

    // --- Self-registration and staff's account requests ---

    /**
     * One transaction around the insert, Keycloak's calls outside it: the service deletes the Keycloak user if the
     * insert fails.
     */
    @Produces
    @Singleton
    Registration registration(Accounts accounts, AccountDirectory directory, Establishments establishments,
                              IdentityProvider identityProvider, Clock clock) {
        return TransactionBoundary.around(Registration.class, new RegistrationService(accounts, directory, establishments,
                TransactionBoundary.outside(IdentityProvider.class, identityProvider), clock));
    }

    @Produces
    @Singleton
    StaffAccountRequests staffAccountRequests(Accounts accounts, PendingAccounts pending, Establishments establishments,
                                              AccountDirectory directory, Clock clock) {
        return TransactionBoundary.around(StaffAccountRequests.class,
                new StaffAccountRequestsService(accounts, pending, establishments, directory, clock));
    }

    // Colleagues, profile and identifier reminder (issue 5).

    @Produces
    @Singleton
    ColleagueQueries colleagueQueries(Accounts accounts, Colleagues colleagues, Establishments establishments,
                                      AccountDirectory directory, Clock clock) {
        return TransactionBoundary.around(ColleagueQueries.class,
                new ColleagueQueriesService(accounts, colleagues, establishments, directory, clock));
    }

    @Produces
    @Singleton
    ManageColleagues manageColleagues(Accounts accounts, Colleagues colleagues, Establishments establishments,
                                      AccountDirectory directory, IdentityProvider identityProvider, Clock clock) {
        return TransactionBoundary.around(ManageColleagues.class, new ManageColleaguesService(accounts, colleagues, establishments,
                directory, TransactionBoundary.outside(IdentityProvider.class, identityProvider), clock));
    }

    @Produces
    @Singleton
    ManageMyProfile manageMyProfile(Accounts accounts, UserAccounts userAccounts, AccountDirectory directory, Clock clock) {
        return TransactionBoundary.around(ManageMyProfile.class, new ManageMyProfileService(accounts, userAccounts, directory, clock));
    }

    /** Reminders are looked up and sent on these threads, after the request has been answered. */
    @Produces
    @Singleton
    @ReminderSending
    ExecutorService reminderSending() {
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "passerelle-identifier-reminders");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stopReminderSending(@Disposes @ReminderSending ExecutorService executor) {
        executor.shutdown();
    }

    /**
     * The answer to "identifiant oublié" must not tell, by its content or its timing, whether an account exists: the
     * request is only handed over here, and the accounts are looked up and the emails sent on another thread. A
     * failure there is logged, never shown to the person who asked.
     */
    @Produces
    @Singleton
    RemindIdentifier remindIdentifier(Establishments establishments, Colleagues colleagues, Accounts accounts, AccountMails mails,
                                      @ReminderSending ExecutorService executor) {
        RemindIdentifier remind = TransactionBoundary.around(RemindIdentifier.class,
                new RemindIdentifierService(establishments, colleagues, accounts, mails));
        Logger log = Logger.getLogger(RemindIdentifier.class);
        return request -> executor.execute(() -> {
            try {
                remind.remind(request);
            } catch (RuntimeException failed) {
                log.error("An identifier reminder could not be sent", failed);
            }
        });
    }
}
