package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.dossier.CompanyEmployees;
import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.funding.FundingEnvelope;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.application.dossier.DossierNumbers;
import fr.passerelle.application.dossier.DossierPage;
import fr.passerelle.application.dossier.DossierScope;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.dossier.DossierSummary;
import fr.passerelle.application.dossier.EmployeePage;
import fr.passerelle.application.dossier.EmployeeRegister;
import fr.passerelle.application.dossier.EmployeeSummary;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.IdempotencyKeys;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.ContractData;
import fr.passerelle.domain.dossier.Costs;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.Modality;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.dossier.Trainee;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.dossier.TrainingBody;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class DossierPanacheRepositoryTest {

    private static final AtomicLong CLOCK = new AtomicLong();

    @Inject
    Dossiers dossiers;

    @Inject
    DossierNumbers numbers;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Establishments establishments;

    @Inject
    CompanyEmployees employees;

    @Inject
    FundingAccounts funds;

    @Inject
    EmployeeRegister register;

    @Inject
    EntityManager entityManager;

    private EstablishmentId establishmentId;
    private UUID employee;
    private Actor employer;
    private final Actor staff = Actor.staff(new UserId(UUID.randomUUID()));

    @BeforeEach
    void anEstablishmentWithItsCompany() {
        UUID company = UUID.randomUUID();
        UUID establishment = UUID.randomUUID();
        employee = UUID.randomUUID();
        String siren = withLuhnKey("", 9);
        execute("INSERT INTO company (id, siren, name, employee_count) VALUES (?1, ?2, 'Test', 12)", company, siren);
        execute("INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city)"
                        + " VALUES (?1, ?2, ?3, 'Test Lyon', 'ACTIVE', '1 quai Perrache', '69002', 'Lyon')",
                establishment, company, withLuhnKey(siren, 14));
        execute("INSERT INTO employee (id, company_id, last_name, first_name, birth_date, category, contract_type)"
                + " VALUES (?1, ?2, 'Martin', 'Léa', DATE '1990-01-01', 'WORKER', 'PROFESSIONALISATION')", employee, company);
        establishmentId = new EstablishmentId(establishment);
        employer = Actor.employer(new UserId(UUID.randomUUID()), Map.of(establishmentId, Set.of(Right.MANAGE_DOSSIERS)));
    }

    @Test
    void a_dossier_comes_back_exactly_as_stored_with_its_history() {
        Dossier dossier = draft(FundingScheme.CONTRAT_PRO);
        dossier.saveDraft(employer, tick(), content("Soudure TIG", LocalDate.of(2025, 10, 1)));
        dossier.attachDocument(employer, tick(), new DocumentId(UUID.randomUUID()), DocumentType.PROGRAMME, "programme.pdf", Optional.empty());
        dossier.submit(employer, tick(), establishment(), employees.ofCompanyOf(establishmentId));
        dossier.takeIntoReview(staff, tick());
        dossier.requestDocuments(staff, tick(), Set.of(DocumentType.QUOTE, DocumentType.CALENDAR), LocalDate.of(2100, 1, 1), "Le devis");
        dossier.requestCancellation(employer, tick(), "Salarié parti");

        StoredDossier stored = inTransaction(() -> dossiers.add(dossier.snapshot()));
        StoredDossier found = inTransaction(() -> dossiers.find(dossier.number())).orElseThrow();

        assertThat(found.snapshot()).isEqualTo(dossier.snapshot());
        assertThat(found.version()).isZero();
        assertThat(stored.snapshot()).isEqualTo(dossier.snapshot());
    }

    /** The dossier queries read without a transaction (a request context only, as in a REST call). */
    @Test
    @ActivateRequestContext
    void a_dossier_reads_the_same_without_a_transaction() {
        Dossier dossier = draft(FundingScheme.PLAN);
        dossier.saveDraft(employer, tick(), content("Excel avancé", LocalDate.of(2026, 2, 1)));
        dossier.submit(employer, tick(), establishment(), employees.ofCompanyOf(establishmentId));
        dossier.cancel(employer, tick(), "Formation reportée à l’an prochain");
        inTransaction(() -> dossiers.add(dossier.snapshot()));

        StoredDossier found = dossiers.find(dossier.number()).orElseThrow();

        assertThat(found.snapshot()).isEqualTo(dossier.snapshot());
        assertThat(found.snapshot().history()).last().satisfies(entry ->
                assertThat(entry.reason()).contains("Formation reportée à l’an prochain"));
    }

    @Test
    void an_update_moves_the_version_on_appends_history_and_refuses_a_stale_version() {
        Dossier dossier = draft(FundingScheme.PLAN);
        inTransaction(() -> dossiers.add(dossier.snapshot()));
        dossier.saveDraft(employer, tick(), content("Excel avancé", LocalDate.of(2026, 2, 1)));
        Instant at = tick();

        StoredDossier updated = inTransaction(() -> dossiers.update(dossier.snapshot(), 0, at));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.updatedAt()).isEqualTo(at);
        StoredDossier found = inTransaction(() -> dossiers.find(dossier.number())).orElseThrow();
        assertThat(found.snapshot().history()).hasSize(1);
        assertThat(found.snapshot().content().training().title()).isEqualTo("Excel avancé");
        assertThatThrownBy(() -> inTransaction(() -> dossiers.update(dossier.snapshot(), 0, tick())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void search_pages_by_last_change_within_the_scope_and_filters() {
        List<DossierNumber> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Dossier dossier = draft(FundingScheme.PLAN);
            dossier.saveDraft(employer, tick(), content("Anglais niveau " + i, LocalDate.of(2025 + i % 2, 3, 1)));
            inTransaction(() -> dossiers.add(dossier.snapshot()));
            created.add(dossier.number());
        }
        DossierScope managing = new DossierScope(false, Set.of(), Set.of(establishmentId));

        DossierPage first = inTransaction(() -> dossiers.search(search(PageRequest.first(2)), managing));
        DossierPage second = inTransaction(() -> dossiers.search(search(new PageRequest(2, first.nextCursor())), managing));
        DossierPage third = inTransaction(() -> dossiers.search(search(new PageRequest(2, second.nextCursor())), managing));

        List<DossierNumber> paged = new ArrayList<>();
        for (DossierPage page : List.of(first, second, third)) {
            page.items().stream().map(DossierSummary::number).forEach(paged::add);
        }
        List<DossierNumber> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(paged).containsExactlyElementsOf(newestFirst);
        assertThat(third.nextCursor()).isEmpty();

        DossierSearch words = new DossierSearch(Optional.of(establishmentId), Optional.empty(), Optional.of(DossierStatus.DRAFT),
                Optional.of(FundingScheme.PLAN), Optional.of(2026), DossierSearch.wordsOf("ANGLAIS niveau"), Optional.empty(),
                PageRequest.first(50));
        assertThat(inTransaction(() -> dossiers.search(words, managing)).items())
                .extracting(DossierSummary::number).containsExactly(created.get(3), created.get(1));

        DossierScope readingOnly = new DossierScope(false, Set.of(establishmentId), Set.of());
        assertThat(inTransaction(() -> dossiers.search(search(PageRequest.first(50)), readingOnly)).items()).isEmpty();
        assertThat(inTransaction(() -> dossiers.search(search(PageRequest.first(50)), DossierScope.STAFF)).items())
                .extracting(DossierSummary::establishmentId).doesNotContain(establishmentId);
    }

    @Test
    void title_words_match_whatever_the_case_accents_and_ligatures() {
        Dossier dossier = draft(FundingScheme.PLAN);
        dossier.saveDraft(employer, tick(), content("Sécurité des Œuvres d’art : élève référent", LocalDate.of(2026, 3, 1)));
        inTransaction(() -> dossiers.add(dossier.snapshot()));
        DossierScope managing = new DossierScope(false, Set.of(), Set.of(establishmentId));

        for (String typed : List.of("securite OEUVRES", "ÉLÈVE", "d'art", "référent sécu")) {
            assertThat(inTransaction(() -> dossiers.search(titled(typed), managing)).items())
                    .as(typed).extracting(DossierSummary::number).containsExactly(dossier.number());
        }
        for (String typed : List.of("sécurité_", "100%", "eleves")) {
            assertThat(inTransaction(() -> dossiers.search(titled(typed), managing)).items()).as(typed).isEmpty();
        }
    }

    @Test
    void the_register_lists_the_company_employees_by_name_page_after_page_and_searches_names_without_accents() {
        UUID company = inTransaction(() -> (UUID) entityManager
                .createNativeQuery("SELECT company_id FROM establishment WHERE id = ?1", UUID.class)
                .setParameter(1, establishmentId.value()).getSingleResult());
        for (String[] name : List.of(new String[] {"Étienne", "Zoé"}, new String[] {"Bernard", "Élodie"},
                new String[] {"Bernard", "Anne"}, new String[] {"Durand", "Hélène"})) {
            execute("INSERT INTO employee (id, company_id, last_name, first_name, birth_date, category, contract_type)"
                    + " VALUES (?1, ?2, ?3, ?4, DATE '1985-06-01', 'CLERK', 'PERMANENT')", UUID.randomUUID(), company, name[0], name[1]);
        }

        EmployeePage first = inTransaction(() -> register.ofCompanyOf(establishmentId, List.of(), PageRequest.first(3))).orElseThrow();
        EmployeePage second = inTransaction(() -> register.ofCompanyOf(establishmentId, List.of(), new PageRequest(3, first.nextCursor())))
                .orElseThrow();

        assertThat(first.items()).extracting(EmployeeSummary::lastName, EmployeeSummary::firstName)
                .containsExactly(tuple("Bernard", "Anne"), tuple("Bernard", "Élodie"), tuple("Durand", "Hélène"));
        assertThat(second.items()).extracting(EmployeeSummary::lastName).containsExactly("Martin", "Étienne");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(inTransaction(() -> register.ofCompanyOf(establishmentId, List.of("elodie", "BERN"), PageRequest.first(10)))
                .orElseThrow().items()).extracting(EmployeeSummary::firstName).containsExactly("Élodie");
        assertThat(inTransaction(() -> register.ofCompanyOf(new EstablishmentId(UUID.randomUUID()), List.of(), PageRequest.first(10))))
                .isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> register.ofCompanyOf(establishmentId, List.of(),
                new PageRequest(3, Optional.of("bm90LWEtY3Vyc29y"))))).isInstanceOf(MalformedInputException.class);
    }

    private DossierSearch titled(String typed) {
        return new DossierSearch(Optional.of(establishmentId), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DossierSearch.wordsOf(typed), Optional.empty(), PageRequest.first(50));
    }

    @Test
    void a_cursor_not_given_by_the_store_is_malformed() {
        DossierSearch search = search(new PageRequest(10, Optional.of("not-a-cursor")));

        assertThatThrownBy(() -> inTransaction(() -> dossiers.search(search, DossierScope.STAFF)))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void the_staff_queue_serves_the_longest_waiting_submitted_dossier_first() {
        List<DossierNumber> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Dossier dossier = draft(FundingScheme.CONTRAT_PRO);
            dossier.saveDraft(employer, tick(), content("Soudure " + i, LocalDate.of(2025, 10, 1)));
            dossier.submit(employer, tick(), establishment(), employees.ofCompanyOf(establishmentId));
            inTransaction(() -> dossiers.add(dossier.snapshot()));
            submitted.add(dossier.number());
        }

        List<DossierNumber> queue = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest page = new PageRequest(1, cursor);
            DossierPage found = inTransaction(() -> dossiers.submittedQueue(page));
            found.items().stream().map(DossierSummary::number).filter(submitted::contains).forEach(queue::add);
            cursor = found.nextCursor();
        } while (cursor.isPresent());

        assertThat(queue).containsExactlyElementsOf(submitted);
    }

    @Test
    void numbers_have_nine_digits_and_never_repeat() {
        DossierNumber first = inTransaction(() -> numbers.next());
        DossierNumber second = inTransaction(() -> numbers.next());

        assertThat(first.value()).matches("\\d{9}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void an_idempotency_key_is_claimed_once_per_caller() {
        String key = UUID.randomUUID().toString();

        assertThat(inTransaction(() -> idempotencyKeys.claim("alice", key, DossierNumber.of("100000001")))).isEmpty();
        assertThat(inTransaction(() -> idempotencyKeys.claim("alice", key, DossierNumber.of("100000002"))))
                .contains(DossierNumber.of("100000001"));
        assertThat(inTransaction(() -> idempotencyKeys.claim("bob", key, DossierNumber.of("100000003")))).isEmpty();
    }

    @Test
    void the_directory_reads_the_establishment_its_company_employees_and_the_envelope_a_grant_draws_on() {
        Establishment establishment = establishment();

        assertThat(establishment.companyHeadcount()).isEqualTo(12);
        assertThat(establishment.acceptsNewDossiers()).isTrue();
        assertThat(inTransaction(() -> employees.ofCompanyOf(establishmentId))).containsExactly(new EmployeeId(employee));
        assertThat(inTransaction(() -> establishments.find(new EstablishmentId(UUID.randomUUID())))).isEmpty();

        Dossier dossier = draft(FundingScheme.CONTRAT_PRO);
        dossier.saveDraft(employer, tick(), content("Soudure", LocalDate.of(2025, 10, 1)));
        dossier.submit(employer, tick(), establishment, employees.ofCompanyOf(establishmentId));
        dossier.takeIntoReview(staff, tick());
        inTransaction(() -> {
            funds.setAmount(establishmentId, FundingSource.CONVENTIONAL, 2025, Money.parse("30000.00"), staff.id(), tick());
            return null;
        });
        dossier.grant(staff, tick(), Money.parse("8000.00"), inTransaction(() ->
                funds.lock(establishmentId, FundingSource.CONVENTIONAL, 2025)).availableForCommitment());
        inTransaction(() -> dossiers.add(dossier.snapshot()));

        FundingEnvelope envelope = inTransaction(() -> funds.lock(establishmentId, FundingSource.CONVENTIONAL, 2025));
        assertThat(envelope.committed()).isEqualTo(Money.parse("8000.00"));
        assertThat(envelope.availableForCommitment()).isEqualTo(Money.parse("22000.00"));
        assertThat(inTransaction(() -> funds.envelopesOf(establishmentId, 2025))).extracting(FundingEnvelope::source)
                .containsExactly(FundingSource.LEGAL, FundingSource.VOLUNTARY, FundingSource.CONVENTIONAL);
        assertThat(inTransaction(() -> funds.envelopesOf(establishmentId, 2026))).allSatisfy(empty ->
                assertThat(empty.availableForCommitment()).isEqualTo(Money.ZERO));
    }

    private DossierSearch search(PageRequest page) {
        return new DossierSearch(Optional.of(establishmentId), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), page);
    }

    private Establishment establishment() {
        return inTransaction(() -> establishments.find(establishmentId)).orElseThrow();
    }

    private Dossier draft(FundingScheme scheme) {
        DossierNumber number = inTransaction(() -> numbers.next());
        return Dossier.draft(new DossierId(UUID.randomUUID()), number, establishment(), scheme, employer, tick());
    }

    private DossierContent content(String title, LocalDate start) {
        return new DossierContent(
                new Training(title, "Objectifs", start, start.plusMonths(8), 420, Modality.IN_PERSON, true),
                new TrainingBody(Siret.of("55208131700034"), Nda.of("11755555575"), "Institut de Soudure"),
                List.of(new Trainee(new EmployeeId(employee), null, null, null, SocioProfessionalCategory.WORKER,
                        EmploymentContractType.PROFESSIONALISATION)),
                new Costs(Money.parse("8000.00"), Money.parse("500.00"), Money.parse("1500.00")),
                Money.parse("10000.00"),
                false,
                new ContractData(start.minusMonths(1), start.plusMonths(11), "Jean Dupont", LocalDate.of(2004, 5, 17)));
    }

    private static Instant tick() {
        return Instant.parse("2025-03-10T09:00:00Z").plus(CLOCK.incrementAndGet(), ChronoUnit.MINUTES);
    }

    /** A random number of the given length whose last digit makes it pass the Luhn check. */
    private static String withLuhnKey(String prefix, int length) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append((int) (Math.random() * 10));
        }
        for (int key = 0; key < 10; key++) {
            if (luhn(digits.toString() + key)) {
                return digits.toString() + key;
            }
        }
        throw new IllegalStateException("No Luhn key for " + digits);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
