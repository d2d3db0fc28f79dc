package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantWithinLimitsTest {

    private static final Money REQUESTED = Money.parse("1000.00");

    @Test
    void the_whole_request_may_be_granted_when_funds_allow() {
        assertThatCode(() -> GrantWithinLimits.check(REQUESTED, REQUESTED, REQUESTED)).doesNotThrowAnyException();
    }

    @Test
    void no_more_than_requested() {
        assertThatThrownBy(() -> GrantWithinLimits.check(Money.parse("1000.01"), REQUESTED, Money.parse("99999")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Le montant accordé (1 000,01 €) dépasse le montant demandé (1 000,00 €).")
                .extracting("code").isEqualTo("GRANT_EXCEEDS_REQUEST");
    }

    @Test
    void no_more_than_the_available_funds() {
        assertThatThrownBy(() -> GrantWithinLimits.check(Money.parse("800.00"), REQUESTED, Money.parse("799.99")))
                .hasMessageContaining("799,99 €")
                .extracting("code").isEqualTo("GRANT_EXCEEDS_AVAILABLE_FUNDS");
    }

    @Test
    void something_rather_than_nothing() {
        assertThatThrownBy(() -> GrantWithinLimits.check(Money.ZERO, REQUESTED, REQUESTED))
                .extracting("code").isEqualTo("GRANT_NOT_POSITIVE");
        assertThatCode(() -> GrantWithinLimits.check(Money.parse("0.01"), REQUESTED, REQUESTED)).doesNotThrowAnyException();
    }
}
