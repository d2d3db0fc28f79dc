package fr.passerelle.application.dossier;

import fr.passerelle.application.document.InMemoryDocumentStore;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.funding.InMemoryFundingAccounts.InvoicedAndPaid;
import fr.passerelle.application.funding.InMemoryFundingAccounts;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.InMemoryAccountDirectory;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.invoice.InMemoryInvoices;
import fr.passerelle.application.invoice.InvoiceTotals;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.ContractData;
import fr.passerelle.domain.dossier.Costs;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.dossier.Modality;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.dossier.Trainee;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.dossier.TrainingBody;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Two companies, their users and staff, wired to the dossier use cases through in-memory ports. */
final class DossierWorld {

    static final EmployeeId EMPLOYEE = new EmployeeId(UUID.fromString("00000000-0000-4000-8000-0000000000e1"));
    static final Money AVAILABLE_FUNDS = Money.parse("50000.00");

    final InMemoryAccountDirectory accountDirectory = new InMemoryAccountDirectory();
    final InMemoryDossiers dossiers = new InMemoryDossiers();
    final Map<String, String> idempotencyKeys = new HashMap<>();

    final Establishment establishment = establishment("73282932000074");
    final Establishment otherCompanyEstablishment = establishment("41234567000019");

    final Caller manager = caller(Role.EMPLOYER, "Émilie Durand", Map.of(establishment.id(), Set.of(Right.MANAGE_DOSSIERS)));
    final Caller invoicer = caller(Role.EMPLOYER, "Inès Facture", Map.of(establishment.id(), Set.of(Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES)));
    final Caller viewer = caller(Role.EMPLOYER, "Victor Lecteur", Map.of(establishment.id(), Set.of(Right.VIEW_DOSSIERS)));
    final Caller otherCompany = caller(Role.EMPLOYER, "Marc Petit", Map.of(otherCompanyEstablishment.id(), Set.of(Right.ADMIN)));
    final Caller staff = caller(Role.OPCO_STAFF, "Gabriel Lefèvre", Map.of());
    final Caller trainingBody = caller(Role.TRAINING_BODY, "Odile Bernard", Map.of());
    /** Speaks for the training body of {@link #completeContent()}. */
    final Caller linkedTrainingBody = accountDirectory.trainingBody("Institut de Soudure", Siret.of("55208131700034"));
    final Caller otherTrainingBody = accountDirectory.trainingBody("Autre Organisme", Siret.of("73282932000074"));
    final Caller unknown = new Caller("no-account", "x@example.fr", "X", Set.of(Role.EMPLOYER));

    private final AtomicInteger numbers = new AtomicInteger(100_000_000);
    private final AtomicInteger minutes = new AtomicInteger();

    final InMemoryDocumentStore documentStore = new InMemoryDocumentStore();
    final EmployerDossiers employer = new EmployerDossiersService(dossiers,
            () -> DossierNumber.of(String.valueOf(numbers.incrementAndGet())),
            new InMemoryEstablishments(establishment, otherCompanyEstablishment),
            id -> Set.of(EMPLOYEE),
            (subject, key, number) -> Optional.ofNullable(idempotencyKeys.putIfAbsent(subject + "/" + key, number.value()))
                    .map(DossierNumber::of),
            accountDirectory, this::tick, documentStore);
    final InMemoryMessageThreads threads = new InMemoryMessageThreads(dossiers);
    final RecordingDecisionLetters letters = new RecordingDecisionLetters();
    final InMemoryInvoices invoices = new InMemoryInvoices(dossiers::all);
    final InMemoryFundingAccounts funds = fundsWith(AVAILABLE_FUNDS);
    final StaffDossierReview review = new StaffDossierReviewService(dossiers, funds, invoices, accountDirectory, this::tick,
            documentStore, new InMemoryEstablishments(establishment, otherCompanyEstablishment), threads, letters);
    final DossierQueries queries = new DossierQueriesService(dossiers, accountDirectory, this::tick, documentStore, threads);

    /** The establishment's conventional envelope of 2025, which the complete content's contract draws on. */
    private InMemoryFundingAccounts fundsWith(Money amount) {
        InMemoryFundingAccounts accounts = new InMemoryFundingAccounts(Set.of(establishment.id(), otherCompanyEstablishment.id()),
                () -> dossiers.all().stream().map(StoredDossier::snapshot).toList(), dossier -> {
                    InvoiceTotals totals = invoices.totals(dossier.id());
                    return new InvoicedAndPaid(totals.live(), totals.paid());
                });
        accounts.put(establishment.id(), FundingSource.CONVENTIONAL, 2025, amount);
        return accounts;
    }

    /** The code of the domain's refusal of the command; fails the test when the command is not refused. */
    static String refusalCode(Runnable command) {
        try {
            command.run();
        } catch (DomainException refused) {
            return refused.code();
        }
        throw new AssertionError("The command was not refused");
    }

    Instant tick() {
        return Instant.parse("2025-03-10T09:00:00Z").plusSeconds(60L * minutes.incrementAndGet());
    }

    private Caller caller(Role role, String name, Map<EstablishmentId, Set<Right>> rights) {
        return accountDirectory.caller(role, name, rights);
    }

    private static Establishment establishment(String siret) {
        return Establishment.register(new EstablishmentId(UUID.randomUUID()), Siret.of(siret), "Établissement " + siret,
                Address.of("12 rue de la Paix", "75002", "Paris"), 12, Set.of(), Actor.system(), Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** Content that passes every submission rule, for a professionalisation contract. */
    static DossierContent completeContent() {
        return new DossierContent(
                new Training("Soudure TIG", "Maîtriser la soudure TIG", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30),
                        420, Modality.IN_PERSON, true),
                new TrainingBody(Siret.of("55208131700034"), Nda.of("11755555575"), "Institut de Soudure"),
                List.of(new Trainee(EMPLOYEE, null, null, null, SocioProfessionalCategory.WORKER, EmploymentContractType.PROFESSIONALISATION)),
                new Costs(Money.parse("8000.00"), Money.parse("500.00"), Money.parse("1500.00")),
                Money.parse("10000.00"),
                false,
                new ContractData(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), "Jean Dupont", LocalDate.of(2004, 5, 17)));
    }
}
