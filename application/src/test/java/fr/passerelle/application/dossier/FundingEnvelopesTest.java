package fr.passerelle.application.dossier;

import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.funding.CompanyFundingAccounts;
import fr.passerelle.application.funding.FundingAccountsService;
import fr.passerelle.application.funding.FundingEnvelope;
import fr.passerelle.application.funding.SetFundingEnvelope;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grants draw on the envelope of their scheme's source and year; "Mes comptes" reads its four figures. */
class FundingEnvelopesTest {

    private final DossierWorld world = new DossierWorld();
    private final FundingAccountsService accounts = new FundingAccountsService(world.funds, world.accountDirectory, world::tick);

    private DossierRef inReview() {
        DossierView draft = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
        DossierRef ref = DossierRef.of(draft.dossier().number().value());
        world.employer.saveDraft(world.manager, new SaveDraft(ref, DossierWorld.completeContent()));
        world.employer.submit(world.manager, ref);
        world.review.takeIntoReview(world.staff, ref);
        return ref;
    }

    private FundingEnvelope conventional2025() {
        CompanyFundingAccounts read = accounts.accountsOf(world.manager, world.establishment.id(), Optional.of(2025));
        return read.envelopes().stream().filter(envelope -> envelope.source() == FundingSource.CONVENTIONAL).findFirst().orElseThrow();
    }

    @Test
    void a_grant_commits_part_of_its_envelope_and_none_goes_beyond_it() {
        accounts.set(world.staff, new SetFundingEnvelope.Command(world.establishment.id(), 2025, FundingSource.CONVENTIONAL,
                Money.parse("15000.00")));
        DossierRef first = inReview();
        DossierRef second = inReview();

        world.review.grant(world.staff, new Grant(first, Money.parse("9000.00")));
        int locksBefore = world.funds.locks();

        assertThatThrownBy(() -> world.review.grant(world.staff, new Grant(second, Money.parse("6000.01"))))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("GRANT_EXCEEDS_AVAILABLE_FUNDS");
                    assertThat(refused.getMessage()).contains("6 000,00");
                });
        assertThat(world.funds.locks()).isEqualTo(locksBefore + 1);
        assertThat(world.review.grant(world.staff, new Grant(second, Money.parse("6000.00"))).dossier().status())
                .isEqualTo(DossierStatus.GRANTED);

        FundingEnvelope envelope = conventional2025();
        assertThat(envelope.amount()).isEqualTo(Money.parse("15000.00"));
        assertThat(envelope.committed()).isEqualTo(Money.parse("15000.00"));
        assertThat(envelope.availableForCommitment()).isEqualTo(Money.ZERO);
        assertThat(envelope.balanceForPayment()).isEqualTo(Money.parse("15000.00"));
    }

    @Test
    void staff_set_envelopes_never_below_what_is_committed() {
        world.review.grant(world.staff, new Grant(inReview(), Money.parse("9000.00")));

        assertThatThrownBy(() -> accounts.set(world.staff, new SetFundingEnvelope.Command(world.establishment.id(), 2025,
                FundingSource.CONVENTIONAL, Money.parse("8999.99"))))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("ENVELOPE_BELOW_COMMITMENT"));
        assertThatThrownBy(() -> accounts.set(world.manager, new SetFundingEnvelope.Command(world.establishment.id(), 2025,
                FundingSource.CONVENTIONAL, Money.parse("90000.00"))))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("FUNDING_ACTION_FORBIDDEN"));
        assertThatThrownBy(() -> accounts.set(world.staff, new SetFundingEnvelope.Command(world.establishment.id(), 2025,
                FundingSource.CONVENTIONAL, Money.parse("-1.00"))))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_ENVELOPE_AMOUNT"));

        CompanyFundingAccounts set = accounts.set(world.staff, new SetFundingEnvelope.Command(world.establishment.id(), 2025,
                FundingSource.CONVENTIONAL, Money.parse("9000.00")));
        assertThat(set.envelopes()).hasSize(FundingSource.values().length);
        assertThat(conventional2025().availableForCommitment()).isEqualTo(Money.ZERO);
    }

    @Test
    void users_of_the_establishment_and_staff_read_the_envelopes_nobody_else() {
        assertThat(accounts.accountsOf(world.viewer, world.establishment.id(), Optional.of(2025)).year()).isEqualTo(2025);
        assertThat(accounts.accountsOf(world.staff, world.establishment.id(), Optional.empty()).year()).isEqualTo(2025);

        assertThatThrownBy(() -> accounts.accountsOf(world.otherCompany, world.establishment.id(), Optional.of(2025)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> accounts.accountsOf(world.trainingBody, world.establishment.id(), Optional.of(2025)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> accounts.accountsOf(world.staff, world.establishment.id(), Optional.of(1999)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_YEAR"));
    }
}
