package fr.passerelle.application.establishment;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.BytesUpload;
import fr.passerelle.application.document.InMemoryDocumentStore;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.EstablishmentCommands.ProposeBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RequestChange;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.InMemoryAccountDirectory;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.BankAccountStatus;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.establishment.ProposedChange;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The establishment use cases with in-memory ports: who sees what, bank details, proofs, SIRET moves, versions. */
class EstablishmentUseCasesTest {

    private final Establishment lyon = establishment("81234567600009");
    private final Establishment grenoble = establishment("81234567600017");
    private final InMemoryEstablishments establishments = new InMemoryEstablishments(lyon, grenoble);
    private final InMemoryDocumentStore files = new InMemoryDocumentStore();
    private final InMemoryAccountDirectory directory = new InMemoryAccountDirectory();
    private final AtomicInteger seconds = new AtomicInteger();
    private final EstablishmentIndex noLists = new EstablishmentIndex() {
        @Override
        public Page<EstablishmentSummary> search(Optional<Set<EstablishmentId>> among, List<String> words, PageRequest page) {
            return Page.empty();
        }

        @Override
        public Page<PendingChange> pendingChanges(PageRequest page) {
            return Page.empty();
        }

        @Override
        public Page<PendingBankAccount> pendingBankAccounts(PageRequest page) {
            return Page.empty();
        }
    };
    private final ContentTypes pdfOrDocx = file -> Optional.of(file.fileName().endsWith(".docx")
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : ContentTypes.PDF);

    private final EstablishmentQueries queries = new EstablishmentQueriesService(establishments, noLists, files, directory, this::now);
    private final EmployerEstablishments employer = new EmployerEstablishmentsService(establishments, files, pdfOrDocx, 1024,
            directory, this::now);
    private final StaffEstablishments staff = new StaffEstablishmentsService(establishments, noLists, files, directory, this::now);

    private final Caller manager = caller(Role.EMPLOYER, "Émilie Durand", Map.of(lyon.id(), Set.of(Right.MANAGE_COMPANY)));
    private final Caller colleague = caller(Role.EMPLOYER, "Hugo Bernard", Map.of(lyon.id(), Set.of(Right.VIEW_DOSSIERS)));
    private final Caller stranger = caller(Role.EMPLOYER, "Marc Petit", Map.of(grenoble.id(), Set.of(Right.ADMIN)));
    private final Caller gestionnaire = caller(Role.OPCO_STAFF, "Gabriel Lefèvre", Map.of());

    @Test
    void bank_details_and_proofs_are_for_managers_and_staff_colleagues_read_masked_ibans_and_strangers_nothing() {
        EstablishmentView proposed = employer.proposeBankAccount(manager, bankAccount("rib.pdf"));
        BankAccountId account = proposed.establishment().bankAccounts().get(0).id();

        assertThat(proposed.bankDetailsShown()).isTrue();
        assertThat(proposed.proofs()).hasSize(1);
        assertThat(queries.proof(gestionnaire, lyon.id(), account).fileName()).isEqualTo("RIB-81234567600009-0189.pdf");
        EstablishmentView seenByColleague = queries.view(colleague, lyon.id());
        assertThat(seenByColleague.bankDetailsShown()).isFalse();
        assertThat(seenByColleague.proofs()).isEmpty();
        assertThatThrownBy(() -> queries.proof(colleague, lyon.id(), account)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> queries.view(stranger, lyon.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> queries.proof(stranger, lyon.id(), account)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void a_colleague_without_manage_company_may_not_add_a_bank_account() {
        assertThatThrownBy(() -> employer.proposeBankAccount(colleague, bankAccount("rib.pdf")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ESTABLISHMENT_ACTION_FORBIDDEN"));
        assertThat(files.filesOf(DocumentOwner.of(lyon.id()))).isEmpty();
    }

    @Test
    void a_proof_that_is_neither_a_pdf_nor_an_image_is_refused_though_dossiers_accept_its_type() {
        assertThatThrownBy(() -> employer.proposeBankAccount(manager, bankAccount("rib.docx")))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .hasMessageContaining("PDF");
        assertThat(establishments.findStored(lyon.id()).orElseThrow().version()).isZero();
    }

    @Test
    void validating_an_account_retires_the_active_one() {
        BankAccountId first = employer.proposeBankAccount(manager, bankAccount("rib.pdf")).establishment().bankAccounts().get(0).id();
        staff.validateBankAccount(gestionnaire, new EstablishmentCommands.OnBankAccount(EstablishmentRef.of(lyon.id()), first));
        EstablishmentView second = employer.proposeBankAccount(manager, bankAccount("nouveau-rib.pdf"));
        BankAccountId newer = second.establishment().bankAccounts().get(1).id();

        EstablishmentView validated = staff.validateBankAccount(gestionnaire,
                new EstablishmentCommands.OnBankAccount(EstablishmentRef.of(lyon.id()), newer));

        assertThat(validated.establishment().bankAccounts()).extracting(account -> account.status())
                .containsExactly(BankAccountStatus.DEACTIVATED, BankAccountStatus.ACTIVE);
        assertThatThrownBy(() -> staff.validateBankAccount(gestionnaire, new EstablishmentCommands.OnBankAccount(
                EstablishmentRef.of(lyon.id()), new BankAccountId(UUID.randomUUID())))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void a_siret_after_a_move_must_not_be_another_establishments_and_a_stale_version_changes_nothing() {
        RequestChange toGrenoblesSiret = new RequestChange(EstablishmentRef.of(lyon.id()),
                new ProposedChange(Optional.empty(), Optional.empty(), Optional.of(grenoble.siret())));
        assertThatThrownBy(() -> employer.requestChange(manager, toGrenoblesSiret))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SIRET_ALREADY_REGISTERED"));

        RequestChange stale = new RequestChange(new EstablishmentRef(lyon.id(), Optional.of(7L)),
                new ProposedChange(Optional.of("Lyon Centre"), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> employer.requestChange(manager, stale)).isInstanceOf(VersionMismatchException.class);

        EstablishmentView pending = employer.requestChange(manager, new RequestChange(new EstablishmentRef(lyon.id(), Optional.of(0L)),
                new ProposedChange(Optional.of("Lyon Centre"), Optional.of(Address.of("2 place Bellecour", "69002", "Lyon")),
                        Optional.of(Siret.of("81234567600025")))));
        assertThat(pending.establishment().status()).isEqualTo(EstablishmentStatus.CHANGE_PENDING);
        assertThat(pending.names()).containsValue("Émilie Durand");

        EstablishmentView applied = staff.approveChange(gestionnaire, EstablishmentRef.of(lyon.id()));
        assertThat(applied.establishment().siret()).isEqualTo(Siret.of("81234567600025"));
        assertThat(applied.establishment().name()).isEqualTo("Lyon Centre");
    }

    private ProposeBankAccount bankAccount(String fileName) {
        return new ProposeBankAccount(EstablishmentRef.of(lyon.id()), Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP882"),
                "DEMO INDUSTRIE SAS", new BytesUpload(fileName, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    private Caller caller(Role role, String name, Map<EstablishmentId, Set<Right>> rights) {
        return directory.caller(role, name, rights);
    }

    private Instant now() {
        return Instant.parse("2026-11-20T09:00:00Z").plusSeconds(seconds.incrementAndGet());
    }

    private static Establishment establishment(String siret) {
        return Establishment.register(new EstablishmentId(UUID.randomUUID()), Siret.of(siret), "Établissement " + siret,
                Address.of("25 quai Perrache", "69002", "Lyon"), 42, Set.of(), Actor.system(), Instant.parse("2024-01-01T00:00:00Z"));
    }
}
