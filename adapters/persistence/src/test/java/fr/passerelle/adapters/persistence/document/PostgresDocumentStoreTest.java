package fr.passerelle.adapters.persistence.document;

import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DossierNumbers;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class PostgresDocumentStoreTest {

    @Inject
    DocumentStore store;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierNumbers numbers;

    @Inject
    Establishments establishments;

    @Inject
    EntityManager entityManager;

    private DocumentOwner dossier;
    private DocumentOwner establishment;

    @BeforeEach
    void aStoredDossier() {
        UUID company = UUID.randomUUID();
        UUID establishment = UUID.randomUUID();
        String siren = withLuhnKey("", 9);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("INSERT INTO company (id, siren, name, employee_count)"
                    + " VALUES (?1, ?2, 'Test', 12)").setParameter(1, company).setParameter(2, siren).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city)"
                            + " VALUES (?1, ?2, ?3, 'Test Lyon', 'ACTIVE', '1 quai Perrache', '69002', 'Lyon')")
                    .setParameter(1, establishment).setParameter(2, company).setParameter(3, withLuhnKey(siren, 14)).executeUpdate();
        });
        EstablishmentId establishmentId = new EstablishmentId(establishment);
        Actor employer = Actor.employer(new UserId(UUID.randomUUID()), Map.of(establishmentId, Set.of(Right.MANAGE_DOSSIERS)));
        DossierId dossierId = new DossierId(UUID.randomUUID());
        dossier = DocumentOwner.of(dossierId);
        this.establishment = DocumentOwner.of(establishmentId);
        QuarkusTransaction.requiringNew().run(() -> dossiers.add(Dossier.draft(dossierId, numbers.next(),
                establishments.find(establishmentId).orElseThrow(), FundingScheme.PLAN, employer, Instant.now()).snapshot()));
    }

    @Test
    void a_file_comes_back_byte_for_byte_with_what_is_known_of_it() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        DocumentFile file = new DocumentFile(new DocumentId(UUID.randomUUID()), "application/pdf", content.length, "ab".repeat(32));

        QuarkusTransaction.requiringNew().run(() -> store.store(dossier, file, new ByteArrayInputStream(content)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> store.filesOf(dossier))).containsExactly(Map.entry(file.id(), file));
        try (InputStream read = QuarkusTransaction.requiringNew().call(() -> store.open(dossier, file.id())).orElseThrow()) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void a_document_is_found_only_under_its_own_dossier() {
        DocumentFile file = new DocumentFile(new DocumentId(UUID.randomUUID()), "text/csv", 3, "cd".repeat(32));
        QuarkusTransaction.requiringNew().run(() -> store.store(dossier, file, new ByteArrayInputStream("a;b".getBytes())));

        DocumentOwner another = DocumentOwner.of(new DossierId(UUID.randomUUID()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.open(another, file.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.open(establishment, file.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.filesOf(another))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.open(dossier, new DocumentId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void an_establishment_keeps_its_files_apart_from_its_dossiers() throws IOException {
        DocumentFile proof = new DocumentFile(new DocumentId(UUID.randomUUID()), "image/png", 4, "ef".repeat(32));
        QuarkusTransaction.requiringNew().run(() -> store.store(establishment, proof, new ByteArrayInputStream("scan".getBytes(StandardCharsets.US_ASCII))));

        assertThat(QuarkusTransaction.requiringNew().call(() -> store.filesOf(establishment))).containsExactly(Map.entry(proof.id(), proof));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.filesOf(dossier))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.open(dossier, proof.id()))).isEmpty();
        try (InputStream read = QuarkusTransaction.requiringNew().call(() -> store.open(establishment, proof.id())).orElseThrow()) {
            assertThat(read.readAllBytes()).isEqualTo("scan".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A random number of the given length whose last digit makes it pass the Luhn check. */
    private static String withLuhnKey(String prefix, int length) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append((int) (Math.random() * 10));
        }
        for (int key = 0; key < 10; key++) {
            String candidate = digits.toString() + key;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
