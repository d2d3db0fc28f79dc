package fr.passerelle.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimpleValuesTest {

    @Test
    void an_email_is_trimmed_and_lower_cased() {
        assertThat(Email.of("  Jean.Dupont@ACME.fr ").value()).isEqualTo("jean.dupont@acme.fr");
        assertThat(Email.of("a+b@sub.example.org").toString()).isEqualTo("a+b@sub.example.org");
        assertThat(Email.of("Jean@Acme.FR")).isEqualTo(Email.of("jean@acme.fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jean", "jean@", "@acme.fr", "jean@acme", "jean dupont@acme.fr", "jean@@acme.fr",
            ".jean@acme.fr", "jean.@acme.fr", "jean..d@acme.fr", "jean@-acme.fr", "jean@acme.f"})
    void an_email_with_an_insane_syntax_is_refused(String value) {
        assertThatThrownBy(() -> Email.of(value))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_EMAIL"));
    }

    @Test
    void an_email_has_at_most_254_characters() {
        String domain = "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".fr";
        String local = "x".repeat(254 - domain.length());
        assertThat(Email.of(local + domain).value()).hasSize(254);
        assertThatThrownBy(() -> Email.of("x" + local + domain)).extracting("code").isEqualTo("INVALID_EMAIL");
        assertThatThrownBy(() -> Email.of(null)).extracting("code").isEqualTo("INVALID_EMAIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678", "+33 6 12 34 56 78",
            "+33 (6) 12 34 56 78"})
    void a_french_phone_number_is_kept_in_its_national_form(String written) {
        assertThat(PhoneNumber.of(written).value()).isEqualTo("0612345678");
        assertThat(PhoneNumber.of(written).toString()).isEqualTo("0612345678");
    }

    @Test
    void an_international_phone_number_keeps_its_country_code() {
        assertThat(PhoneNumber.of("+32 2 123 45 67").value()).isEqualTo("+3221234567");
        assertThat(PhoneNumber.of("+12345678").value()).isEqualTo("+12345678");
        assertThat(PhoneNumber.of("+123456789012345").value()).isEqualTo("+123456789012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "0012345678", "061234567", "06123456789", "6123456789", "06 12 34 56 7a",
            "+33 0 12 34 56 78", "+33612345678 9", "+1234567", "+1234567890123456", "+0123456789", "0612345678 poste 2"})
    void a_phone_number_that_cannot_be_dialled_is_refused(String written) {
        assertThatThrownBy(() -> PhoneNumber.of(written))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_PHONE");
                    assertThat(e.getMessage()).contains("« " + written.strip() + " »", "10 chiffres");
                });
        assertThatThrownBy(() -> PhoneNumber.of(null)).extracting("code").isEqualTo("INVALID_PHONE");
    }

    @Test
    void an_nda_has_eleven_digits() {
        assertThat(Nda.of("117 555 555 75").value()).isEqualTo("11755555575");
        assertThat(Nda.of("11755555575").toString()).isEqualTo("11755555575");
        for (String wrong : new String[] {"1175555557", "117555555751", "1175555557A"}) {
            assertThatThrownBy(() -> Nda.of(wrong)).extracting("code").isEqualTo("INVALID_NDA");
        }
        assertThatThrownBy(() -> Nda.of(null)).extracting("code").isEqualTo("INVALID_NDA");
    }

    @Test
    void a_date_range_includes_both_ends() {
        DateRange january = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

        assertThat(january.contains(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(january.contains(LocalDate.of(2025, 1, 31))).isTrue();
        assertThat(january.contains(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(january.contains(LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(january.encloses(DateRange.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 31)))).isTrue();
        assertThat(january.encloses(DateRange.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2)))).isFalse();
        assertThat(january.encloses(DateRange.of(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 2)))).isFalse();
        assertThat(january.lastsAtLeast(Period.ofMonths(1))).isTrue();
        assertThat(january.lastsAtLeast(Period.ofDays(32))).isFalse();
        assertThat(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).lastsAtLeast(Period.ofDays(1))).isTrue();
    }

    @Test
    void a_date_range_does_not_end_before_it_starts() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_DATE_RANGE"));
    }

    @Test
    void names_and_addresses_are_required_and_trimmed() {
        assertThat(PersonName.of(" Dupont ", " Jean ")).isEqualTo(new PersonName("Dupont", "Jean"));
        assertThatThrownBy(() -> PersonName.of("", "Jean")).extracting("code").isEqualTo("INVALID_PERSON_NAME");
        assertThatThrownBy(() -> PersonName.of("Dupont", null)).extracting("code").isEqualTo("INVALID_PERSON_NAME");

        assertThat(Address.of(" 1 rue A ", " 75001 ", " Paris ")).isEqualTo(new Address("1 rue A", "75001", "Paris"));
        assertThatThrownBy(() -> Address.of("1 rue A", "7500", "Paris")).extracting("code").isEqualTo("INVALID_ADDRESS");
        assertThatThrownBy(() -> Address.of("1 rue A", null, "Paris")).extracting("code").isEqualTo("INVALID_ADDRESS");
        assertThatThrownBy(() -> Address.of(" ", "75001", "Paris")).extracting("code").isEqualTo("INVALID_ADDRESS");
        assertThatThrownBy(() -> Address.of("1 rue A", "75001", "")).extracting("code").isEqualTo("INVALID_ADDRESS");
    }

    @Test
    void free_text_checks() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" \t")).isTrue();
        assertThat(Text.isBlank(" a ")).isFalse();
        assertThat(Text.requireReason("  parce que  ")).isEqualTo("parce que");
        assertThatThrownBy(() -> Text.requireReason(null))
                .hasMessage("Un motif est obligatoire.")
                .extracting("code").isEqualTo("REASON_REQUIRED");
    }

    @Test
    void identifiers_read_their_uuid() {
        String uuid = "123e4567-e89b-12d3-a456-426614174000";
        assertThat(UserId.of(uuid).value()).isEqualTo(UUID.fromString(uuid));
        assertThat(EstablishmentId.of(uuid).value()).isEqualTo(UUID.fromString(uuid));
        assertThat(DocumentId.of(uuid).value()).isEqualTo(UUID.fromString(uuid));
        assertThat(UserId.SYSTEM.value()).isEqualTo(new UUID(0, 0));
    }

    @Test
    void a_domain_exception_carries_its_code_and_french_message() {
        DomainException exception = new DomainException("SOME_CODE", "Un message.");

        assertThat(exception.code()).isEqualTo("SOME_CODE");
        assertThat(exception.getMessage()).isEqualTo("Un message.");
    }
}
