package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DossierMessagesAndLettersTest {

    private final DossierWorld world = new DossierWorld();

    private static void assertRefused(Dossier dossier, String code, ThrowingCallable command) {
        DossierSnapshot before = dossier.snapshot();
        DomainException refusal = catchThrowableOfType(DomainException.class, command);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).isNotBlank();
        assertThat(dossier.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"SUBMITTED", "IN_REVIEW", "AWAITING_DOCUMENTS", "GRANTED", "REFUSED", "TERMINATED"})
    void the_employer_managing_dossiers_and_staff_write_on_their_own_side_wherever_documents_are_accepted(DossierStatus status) {
        Dossier dossier = world.dossierIn(status);

        assertThat(dossier.requireMayWriteMessage(world.employer)).isEqualTo(MessageSide.COMPANY);
        assertThat(dossier.requireMayWriteMessage(world.staff)).isEqualTo(MessageSide.OPCO);
        assertThat(dossier.mayWriteMessage(world.employer)).isTrue();
        assertThat(dossier.mayWriteMessage(world.staff)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"CANCELLED", "CLOSED", "DELETED", "DRAFT"})
    void nobody_writes_on_a_draft_nor_on_a_dossier_closed_to_documents(DossierStatus status) {
        Dossier dossier = world.dossierIn(status);

        assertThat(dossier.mayWriteMessage(world.employer)).isFalse();
        assertRefused(dossier, "DOSSIER_CLOSED_TO_MESSAGES", () -> dossier.requireMayWriteMessage(world.employer));
    }

    @Test
    void staff_cannot_write_on_a_closed_dossier_either() {
        Dossier dossier = world.dossierIn(DossierStatus.CLOSED);

        assertThat(dossier.mayWriteMessage(world.staff)).isFalse();
        assertRefused(dossier, "DOSSIER_CLOSED_TO_MESSAGES", () -> dossier.requireMayWriteMessage(world.staff));
    }

    @Test
    void a_reader_without_the_right_to_manage_dossiers_and_strangers_do_not_write() {
        Dossier dossier = world.dossierIn(DossierStatus.IN_REVIEW);

        for (Actor actor : new Actor[]{world.viewer, world.otherEmployer, world.trainingBody, world.partner, world.platform}) {
            assertThat(dossier.mayWriteMessage(actor)).as(actor.toString()).isFalse();
            assertRefused(dossier, "MESSAGE_ACTION_FORBIDDEN", () -> dossier.requireMayWriteMessage(actor));
        }
    }

    @Test
    void each_side_is_read_by_the_other() {
        assertThat(MessageSide.COMPANY.other()).isEqualTo(MessageSide.OPCO);
        assertThat(MessageSide.OPCO.other()).isEqualTo(MessageSide.COMPANY);
    }

    @Test
    void a_message_says_something_within_the_limit() {
        assertThat(new MessageText("  Bonjour  ").value()).isEqualTo("Bonjour");
        assertThat(new MessageText("x".repeat(MessageText.MAX_LENGTH)).value()).hasSize(MessageText.MAX_LENGTH);
        assertThatThrownBy(() -> new MessageText(" ")).extracting("code").isEqualTo("MESSAGE_REQUIRED");
        assertThatThrownBy(() -> new MessageText(null)).extracting("code").isEqualTo("MESSAGE_REQUIRED");
        assertThatThrownBy(() -> new MessageText("x".repeat(MessageText.MAX_LENGTH + 1))).extracting("code").isEqualTo("MESSAGE_TOO_LONG");
    }

    @Test
    void nobody_uploads_a_letter() {
        Dossier dossier = world.dossierIn(DossierStatus.GRANTED);

        assertRefused(dossier, "DOCUMENT_TYPE_RESERVED", () -> dossier.attachDocument(world.employer, world.tick(),
                DossierWorld.documentId(), DocumentType.LETTER, "courrier.pdf", Optional.empty()));
        assertRefused(dossier, "DOCUMENT_TYPE_RESERVED", () -> dossier.attachDocument(world.staff, world.tick(),
                DossierWorld.documentId(), DocumentType.LETTER, "courrier.pdf", Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"GRANTED", "REFUSED"})
    void the_decision_letter_is_attached_by_staff_once_the_decision_is_taken(DossierStatus status) {
        Dossier dossier = world.dossierIn(status);
        DocumentId letter = DossierWorld.documentId();
        int history = dossier.history().size();

        dossier.attachDecisionLetter(world.staff, world.tick(), letter, "Courrier.pdf");

        assertThat(dossier.documents()).last().satisfies(document -> {
            assertThat(document.id()).isEqualTo(letter);
            assertThat(document.type()).isEqualTo(DocumentType.LETTER);
            assertThat(document.fileName()).isEqualTo("Courrier.pdf");
            assertThat(document.version()).isEqualTo(1);
            assertThat(document.attachedBy()).isEqualTo(world.staff.id());
        });
        assertThat(dossier.status()).isEqualTo(status);
        assertThat(dossier.history()).hasSize(history + 1);
        assertThat(dossier.hasCurrentDocument(DocumentType.LETTER)).isTrue();
    }

    @Test
    void only_staff_attach_a_decision_letter_and_only_after_a_decision() {
        Dossier granted = world.dossierIn(DossierStatus.GRANTED);
        assertRefused(granted, "LETTER_ACTION_FORBIDDEN", () -> granted.attachDecisionLetter(world.employer, world.tick(),
                DossierWorld.documentId(), "Courrier.pdf"));

        Dossier inReview = world.dossierIn(DossierStatus.IN_REVIEW);
        assertRefused(inReview, "NO_DECISION_TO_NOTIFY", () -> inReview.attachDecisionLetter(world.staff, world.tick(),
                DossierWorld.documentId(), "Courrier.pdf"));

        Dossier terminated = world.dossierIn(DossierStatus.TERMINATED);
        assertRefused(terminated, "NO_DECISION_TO_NOTIFY", () -> terminated.attachDecisionLetter(world.staff, world.tick(),
                DossierWorld.documentId(), "Courrier.pdf"));

        Dossier closed = world.dossierIn(DossierStatus.CLOSED);
        assertRefused(closed, "DOSSIER_CLOSED_TO_DOCUMENTS", () -> closed.attachDecisionLetter(world.staff, world.tick(),
                DossierWorld.documentId(), "Courrier.pdf"));

        Dossier refused = world.dossierIn(DossierStatus.REFUSED);
        assertRefused(refused, "FILE_NAME_REQUIRED", () -> refused.attachDecisionLetter(world.staff, world.tick(),
                DossierWorld.documentId(), " "));
    }
}
