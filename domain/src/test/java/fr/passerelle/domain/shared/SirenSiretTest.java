package fr.passerelle.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SirenSiretTest {

    @Test
    void a_siren_has_nine_digits_and_a_luhn_key() {
        assertThat(Siren.of("732 829 320").value()).isEqualTo("732829320");
        assertThat(Siren.of("552081317").toString()).isEqualTo("552081317");
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "73282932", "7328293200", "73282932A", ""})
    void a_siren_with_a_wrong_key_or_length_is_refused(String value) {
        assertThatThrownBy(() -> Siren.of(value))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIREN"));
    }

    @Test
    void a_missing_siren_is_refused() {
        assertThatThrownBy(() -> Siren.of(null)).extracting("code").isEqualTo("INVALID_SIREN");
    }

    @Test
    void la_poste_siren_is_valid() {
        assertThat(Siren.of("356000000").value()).isEqualTo("356000000");
    }

    @Test
    void a_siret_has_fourteen_digits_a_luhn_key_and_starts_with_its_company_siren() {
        Siret siret = Siret.of("732 829 320 00074");

        assertThat(siret.value()).isEqualTo("73282932000074");
        assertThat(siret.toString()).isEqualTo("73282932000074");
        assertThat(siret.siren()).isEqualTo(Siren.of("732829320"));
        assertThat(siret.belongsTo(Siren.of("732829320"))).isTrue();
        assertThat(siret.belongsTo(Siren.of("552081317"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "7328293200007", "732829320000741", "7328293200007A", "73282932000004"})
    void a_siret_with_a_wrong_key_or_length_is_refused(String value) {
        assertThatThrownBy(() -> Siret.of(value))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIRET"))
                .hasMessageContaining(value);
    }

    @Test
    void a_siret_whose_siren_is_invalid_is_refused_even_with_a_right_key() {
        assertThatThrownBy(() -> Siret.of("10000000000008")).extracting("code").isEqualTo("INVALID_SIRET");
        assertThatThrownBy(() -> Siret.of(null)).extracting("code").isEqualTo("INVALID_SIRET");
    }

    @Test
    void la_poste_establishments_are_valid_when_their_digits_add_up_to_a_multiple_of_five() {
        assertThat(Siret.of("35600000000001").siren()).isEqualTo(Siren.of("356000000"));
        assertThat(Siret.of("35600000000048").value()).isEqualTo("35600000000048");
        assertThatThrownBy(() -> Siret.of("35600000000000")).extracting("code").isEqualTo("INVALID_SIRET");
    }

    @Test
    void the_multiple_of_five_exception_is_la_poste_s_alone() {
        assertThatThrownBy(() -> Siret.of("73282932000004")).extracting("code").isEqualTo("INVALID_SIRET");
        assertThatThrownBy(() -> Siren.of("356000005")).extracting("code").isEqualTo("INVALID_SIREN");
    }

    @Test
    void the_luhn_key_doubles_every_second_digit_from_the_right() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("79927398710")).isFalse();
        assertThat(Luhn.isValid("0")).isTrue();
        assertThat(Luhn.isValid("18")).isTrue();
        assertThat(Luhn.isValid("59")).isTrue();
        assertThat(Luhn.isValid("19")).isFalse();
        assertThat(Luhn.digitSum("35600000000001")).isEqualTo(15);
    }
}
