package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundingSourceTest {

    @Test
    void each_scheme_draws_on_one_source() {
        assertThat(FundingSource.of(FundingScheme.PLAN)).isEqualTo(FundingSource.LEGAL);
        assertThat(FundingSource.of(FundingScheme.ACTION_COLLECTIVE)).isEqualTo(FundingSource.VOLUNTARY);
        assertThat(FundingSource.of(FundingScheme.CONTRAT_PRO)).isEqualTo(FundingSource.CONVENTIONAL);
        assertThat(FundingSource.of(FundingScheme.APPRENTISSAGE)).isEqualTo(FundingSource.CONVENTIONAL);
        assertThat(FundingSource.of(FundingScheme.PRO_A)).isEqualTo(FundingSource.CONVENTIONAL);
        for (FundingSource source : FundingSource.values()) {
            assertThat(source.label()).isNotBlank();
        }
    }
}
