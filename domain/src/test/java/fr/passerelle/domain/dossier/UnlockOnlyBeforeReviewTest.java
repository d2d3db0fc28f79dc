package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnlockOnlyBeforeReviewTest {

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"IN_REVIEW", "AWAITING_DOCUMENTS", "GRANTED", "REFUSED", "TERMINATED", "CLOSED"})
    void once_staff_started_reviewing_unlocking_is_refused(DossierStatus status) {
        assertThatThrownBy(() -> UnlockOnlyBeforeReview.check(status))
                .hasMessageContaining("demande de modification")
                .extracting("code").isEqualTo("DOSSIER_ALREADY_IN_REVIEW");
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"DRAFT", "SUBMITTED", "CANCELLED", "DELETED"})
    void before_review_the_policy_has_no_objection(DossierStatus status) {
        assertThatCode(() -> UnlockOnlyBeforeReview.check(status)).doesNotThrowAnyException();
    }

    @Test
    void every_dossier_status_has_a_french_label() {
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(status.label()).isNotBlank();
        }
        for (DossierAction action : DossierAction.values()) {
            assertThat(action.label()).isNotBlank();
        }
        for (DocumentType type : DocumentType.values()) {
            assertThat(type.label()).isNotBlank();
        }
    }
}
