package fr.passerelle.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0472000000", " 04 72 00 00 00 ", "+33 4 72 00 00 00", "04.72.00.00.00", "(0)4-72-00-00-00"})
    void a_number_as_people_type_it_is_kept_trimmed(String typed) {
        assertThat(PhoneNumber.of(typed).value()).isEqualTo(typed.strip());
        assertThat(PhoneNumber.of(typed).toString()).isEqualTo(typed.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "04 72 ab 00 00", "++33472000000", "04 72 00 00 00 00 00 00 00 00 00", "0472000000 "
            + "poste 12"})
    void anything_else_is_refused_with_an_example(String typed) {
        assertThatThrownBy(() -> PhoneNumber.of(typed))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_PHONE_NUMBER");
                    assertThat(e.getMessage()).contains("04 72 00 00 00");
                });
        assertThatThrownBy(() -> PhoneNumber.of(null)).extracting("code").isEqualTo("INVALID_PHONE_NUMBER");
    }
}
