package fr.passerelle.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class MoneyTest {

    @Test
    void it_reads_decimal_strings_to_the_cent() {
        assertThat(Money.parse("1250.00").amount()).isEqualByComparingTo("1250.00");
        assertThat(Money.parse("1250.5")).isEqualTo(Money.parse("1250.50"));
        assertThat(Money.parse(" 1250 ")).isEqualTo(Money.euros(1250));
        assertThat(Money.parse("-3.10").amount()).isEqualTo(new BigDecimal("-3.10"));
    }

    @Test
    void it_always_has_two_decimals() {
        assertThat(Money.parse("7").amount().scale()).isEqualTo(2);
        assertThat(Money.parse("7").toString()).isEqualTo("7.00");
        assertThat(new Money(new BigDecimal("7.100"))).isEqualTo(Money.parse("7.10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12,50", "1.234", "1e3", "0x10", "--1", "1.", ".5", "12345678901234"})
    void it_refuses_anything_but_euros_and_cents(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"))
                .hasMessageContaining(text);
    }

    @Test
    void it_refuses_null_and_fractions_of_cents() {
        assertThatThrownBy(() -> Money.parse(null)).extracting("code").isEqualTo("INVALID_AMOUNT");
        assertThatThrownBy(() -> new Money(new BigDecimal("0.001"))).extracting("code").isEqualTo("INVALID_AMOUNT");
    }

    @Test
    void it_adds_subtracts_and_compares() {
        Money ten = Money.parse("10.00");
        Money three = Money.parse("3.25");

        assertThat(ten.plus(three)).isEqualTo(Money.parse("13.25"));
        assertThat(ten.minus(three)).isEqualTo(Money.parse("6.75"));
        assertThat(three.minus(ten)).isEqualTo(Money.parse("-6.75"));
        assertThat(ten.isGreaterThan(three)).isTrue();
        assertThat(three.isGreaterThan(ten)).isFalse();
        assertThat(ten.isGreaterThan(ten)).isFalse();
        assertThat(three.isLessThan(ten)).isTrue();
        assertThat(ten.isLessThan(ten)).isFalse();
        assertThat(ten.compareTo(Money.parse("10"))).isZero();
        assertThat(Money.sum(List.of(ten, three, three))).isEqualTo(Money.parse("16.50"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void it_knows_its_sign() {
        assertThat(Money.parse("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.parse("0.01").isPositive()).isTrue();
        assertThat(Money.parse("-0.01").atLeastZero()).isEqualTo(Money.ZERO);
        assertThat(Money.parse("0.01").atLeastZero()).isEqualTo(Money.parse("0.01"));
    }

    @Test
    void it_displays_as_a_french_reader_expects() {
        assertThat(Money.parse("1234567.5").display()).isEqualTo("1 234 567,50 €");
        assertThat(Money.ZERO.display()).isEqualTo("0,00 €");
    }

    @Test
    void cents_never_get_lost() {
        qt().forAll(longs().between(-1_000_000_00L, 1_000_000_00L), longs().between(-1_000_000_00L, 1_000_000_00L))
                .checkAssert((a, b) -> {
                    Money x = new Money(BigDecimal.valueOf(a, 2));
                    Money y = new Money(BigDecimal.valueOf(b, 2));
                    assertThat(x.plus(y).minus(y)).isEqualTo(x);
                    assertThat(Money.parse(x.toString())).isEqualTo(x);
                    assertThat(x.plus(y)).isEqualTo(y.plus(x));
                });
    }
}
