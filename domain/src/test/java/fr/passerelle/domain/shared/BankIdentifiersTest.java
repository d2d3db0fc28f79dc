package fr.passerelle.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"FR76 3000 6000 0112 3456 7890 189", "DE89370400440532013000", "BE68539007547034",
            "fr7630006000011234567890189"})
    void sepa_ibans_with_a_right_key_and_length_are_accepted(String value) {
        Iban iban = Iban.of(value);

        assertThat(iban.value()).doesNotContain(" ").isUpperCase();
        assertThat(iban.toString()).isEqualTo(iban.value());
    }

    @Test
    void an_iban_knows_its_country() {
        assertThat(Iban.of("FR7630006000011234567890189").country()).isEqualTo("FR");
    }

    @Test
    void a_wrong_key_is_refused() {
        assertThatThrownBy(() -> Iban.of("FR7630006000011234567890188"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_IBAN"))
                .hasMessageContaining("clé de contrôle")
                .hasMessageContaining("vérifiez les caractères saisis");
    }

    @Test
    void a_masked_iban_shows_only_its_country_key_and_last_four_characters() {
        assertThat(Iban.of("FR7630006000011234567890189").masked()).isEqualTo("FR76 •••• •••• •••• •••• •••0 189");
        assertThat(Iban.of("BE68539007547034").masked()).isEqualTo("BE68 •••• •••• 7034");
    }

    @Test
    void the_length_depends_on_the_country() {
        assertThatThrownBy(() -> Iban.of("FR763000600001123456789018"))
                .extracting("code").isEqualTo("INVALID_IBAN");
        assertThatThrownBy(() -> Iban.of("DE8937040044053201300"))
                .hasMessageContaining("un IBAN DE compte 22 caractères");
    }

    @Test
    void countries_outside_sepa_are_refused() {
        assertThatThrownBy(() -> Iban.of("US8412345678901234")).extracting("code").isEqualTo("IBAN_COUNTRY_NOT_SEPA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FR", "7630006000011234567890189", "FRAB30006000011234567890189", "FR76-3000"})
    void malformed_ibans_are_refused(String value) {
        assertThatThrownBy(() -> Iban.of(value)).extracting("code").isEqualTo("INVALID_IBAN");
    }

    @Test
    void a_missing_iban_is_refused() {
        assertThatThrownBy(() -> Iban.of(null)).extracting("code").isEqualTo("INVALID_IBAN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRPP", "bnpafrppxxx", "AGRI FR PP 882"})
    void bics_of_eight_or_eleven_characters_are_accepted(String value) {
        assertThat(Bic.of(value).value()).matches("[A-Z0-9]{8}|[A-Z0-9]{11}");
        assertThat(Bic.of(value).toString()).isEqualTo(Bic.of(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BNPAFRP", "BNPAFRPPXX", "1NPAFRPP", "BNPA1RPP", "BNPAFRPP-XX"})
    void other_bics_are_refused(String value) {
        assertThatThrownBy(() -> Bic.of(value))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_BIC"));
    }

    @Test
    void a_missing_bic_is_refused() {
        assertThatThrownBy(() -> Bic.of(null)).extracting("code").isEqualTo("INVALID_BIC");
    }
}
