package fr.passerelle.domain.testing;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.ContractData;
import fr.passerelle.domain.dossier.Costs;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.Modality;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.dossier.Trainee;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.dossier.TrainingBody;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Valid values the tests build on; each test changes only what its rule is about. */
public final class TestData {

    public static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    public static final Siret ESTABLISHMENT_SIRET = Siret.of("73282932000074");
    public static final Siret SAME_COMPANY_OTHER_SIRET = Siret.of("73282932000124");
    public static final Siret TRAINING_BODY_SIRET = Siret.of("55208131700034");
    public static final Siret OTHER_COMPANY_SIRET = Siret.of("41234567000019");
    public static final Address ADDRESS = Address.of("12 rue de la Paix", "75002", "Paris");
    public static final Email CONTACT = Email.of("rh@acme.fr");
    public static final EmployeeId EMPLOYEE = new EmployeeId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    public static final LocalDate CONTRACT_START = LocalDate.of(2025, 9, 1);
    public static final LocalDate CONTRACT_END = LocalDate.of(2026, 8, 31);

    private TestData() {
    }

    public static Instant later(int minutes) {
        return NOW.plusSeconds(60L * minutes);
    }

    public static UserId userId() {
        return new UserId(UUID.randomUUID());
    }

    public static EstablishmentId establishmentId() {
        return new EstablishmentId(UUID.randomUUID());
    }

    public static Actor staff() {
        return Actor.staff(userId());
    }

    public static Actor employerWith(EstablishmentId establishment, Right... rights) {
        return Actor.employer(userId(), Map.of(establishment, Set.of(rights)));
    }

    public static Establishment establishment() {
        return establishment(12);
    }

    public static Establishment establishment(int companyHeadcount) {
        return Establishment.register(establishmentId(), ESTABLISHMENT_SIRET, "ACME Paris", ADDRESS, companyHeadcount,
                Set.of(CONTACT), staff(), NOW);
    }

    /** Content that passes every submission rule, for any scheme. */
    public static DossierContent completeContent() {
        return new DossierContent(
                new Training("Soudure TIG", "Maîtriser la soudure TIG", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30),
                        420, Modality.IN_PERSON, true),
                new TrainingBody(TRAINING_BODY_SIRET, Nda.of("11755555575"), "Institut de Soudure"),
                List.of(new Trainee(EMPLOYEE, null, null, null, SocioProfessionalCategory.WORKER,
                        EmploymentContractType.PROFESSIONALISATION)),
                new Costs(Money.parse("8000.00"), Money.parse("500.00"), Money.parse("1500.00")),
                Money.parse("10000.00"),
                false,
                new ContractData(CONTRACT_START, CONTRACT_END, "Jean Dupont", LocalDate.of(2004, 5, 17)));
    }

    public static DossierContent subrogatedContent() {
        DossierContent content = completeContent();
        return new DossierContent(content.training(), content.trainingBody(), content.trainees(), content.costs(),
                content.amountRequested(), true, content.contract());
    }

    public static Set<EmployeeId> companyEmployees() {
        return Set.of(EMPLOYEE);
    }
}
