package fr.passerelle.adapters.persistence.funding;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.funding.FundingEnvelope;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class FundingSqlAccountsTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(800_000_000);
    private static final UserId STAFF = new UserId(UUID.randomUUID());

    @Inject
    FundingAccounts funds;

    @Inject
    EntityManager entityManager;

    private EstablishmentId establishment;

    @BeforeEach
    void aCompany() {
        establishment = SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 12);
    }

    @Test
    void the_source_postgresql_derives_from_the_scheme_is_the_domain_s() {
        for (FundingScheme scheme : FundingScheme.values()) {
            UUID dossier = grantedDossier(scheme, 2030, "1.00", "0");
            Object source = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("SELECT funding_source FROM dossier WHERE id = :id").setParameter("id", dossier).getSingleResult());
            assertThat(source).as(scheme.name()).isEqualTo(FundingSource.of(scheme).name());
        }
    }

    @Test
    void an_envelope_adds_up_what_its_dossiers_commit_invoice_and_pay() {
        setAmount(FundingSource.LEGAL, 2031, "10000.00");
        grantedDossier(FundingScheme.PLAN, 2031, "3000.00", "500.00");
        grantedDossier(FundingScheme.PLAN, 2031, "1000.10", "0");
        grantedDossier(FundingScheme.PLAN, 2032, "999.00", "0");
        grantedDossier(FundingScheme.PRO_A, 2031, "2000.00", "0");

        FundingEnvelope legal = QuarkusTransaction.requiringNew().call(() -> funds.lock(establishment, FundingSource.LEGAL, 2031));

        assertThat(legal.amount()).isEqualTo(Money.parse("10000.00"));
        assertThat(legal.committed()).isEqualTo(Money.parse("3500.10"));
        assertThat(legal.availableForCommitment()).isEqualTo(Money.parse("6499.90"));
        assertThat(legal.invoiced()).isEqualTo(Money.ZERO);
        List<FundingEnvelope> all = QuarkusTransaction.requiringNew().call(() -> funds.envelopesOf(establishment, 2031));
        assertThat(all).extracting(FundingEnvelope::source).containsExactly(FundingSource.LEGAL, FundingSource.VOLUNTARY, FundingSource.CONVENTIONAL);
        assertThat(all.get(2).committed()).isEqualTo(Money.parse("2000.00"));
        assertThat(all.get(1).amount()).isEqualTo(Money.ZERO);
        assertThat(QuarkusTransaction.requiringNew().call(() -> funds.companyNameOf(establishment))).contains("Atelier");
        assertThat(QuarkusTransaction.requiringNew().call(() -> funds.companyNameOf(new EstablishmentId(UUID.randomUUID())))).isEmpty();
    }

    /**
     * Two grants of 600 race for an envelope of 1000: each locks the envelope, reads what is left and, if enough,
     * commits. The lock serves them one after the other, so the second sees the first and only one commits.
     */
    @Test
    void two_grants_racing_for_the_last_euros_cannot_both_pass() throws Exception {
        setAmount(FundingSource.VOLUNTARY, 2033, "1000.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> grants = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                grants.add(threads.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> {
                        FundingEnvelope envelope = funds.lock(establishment, FundingSource.VOLUNTARY, 2033);
                        if (Money.parse("600.00").isGreaterThan(envelope.availableForCommitment())) {
                            return false;
                        }
                        Thread.sleep(200);
                        insertGrantedDossier(FundingScheme.ACTION_COLLECTIVE, 2033, "600.00", "0");
                        return true;
                    });
                }));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> grant : grants) {
                passed += grant.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(passed).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        FundingEnvelope after = QuarkusTransaction.requiringNew().call(() -> funds.lock(establishment, FundingSource.VOLUNTARY, 2033));
        assertThat(after.committed()).isEqualTo(Money.parse("600.00"));
        assertThat(after.availableForCommitment()).isEqualTo(Money.parse("400.00"));
    }

    private void setAmount(FundingSource source, int year, String amount) {
        QuarkusTransaction.requiringNew().run(() -> funds.setAmount(establishment, source, year, Money.parse(amount), STAFF, Instant.now()));
    }

    private UUID grantedDossier(FundingScheme scheme, int year, String granted, String released) {
        return QuarkusTransaction.requiringNew().call(() -> insertGrantedDossier(scheme, year, granted, released));
    }

    private UUID insertGrantedDossier(FundingScheme scheme, int year, String granted, String released) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO dossier (id, number, establishment_id, scheme, status, training_start_year, content, documents,
                                             granted_amount, released_amount, created_by, created_at, updated_at, status_since, version)
                        VALUES (:id, :number, :establishment, :scheme, 'GRANTED', :year, '{}'::jsonb, '[]'::jsonb,
                                :granted, :released, :by, now(), now(), now(), 0)
                        """)
                .setParameter("id", id)
                .setParameter("number", String.valueOf(NUMBERS.incrementAndGet()))
                .setParameter("establishment", establishment.value())
                .setParameter("scheme", scheme.name())
                .setParameter("year", year)
                .setParameter("granted", new BigDecimal(granted))
                .setParameter("released", new BigDecimal(released))
                .setParameter("by", STAFF.value())
                .executeUpdate();
        return id;
    }
}
