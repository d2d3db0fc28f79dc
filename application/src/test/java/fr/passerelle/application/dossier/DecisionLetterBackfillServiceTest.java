package fr.passerelle.application.dossier;

import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionLetterBackfillServiceTest {

    private final DossierWorld world = new DossierWorld();
    private final DecisionLetterBackfill backfill = new DecisionLetterBackfillService(world.dossiers, world.documentStore,
            new InMemoryEstablishments(world.establishment, world.otherCompanyEstablishment), world.letters);
    private final UserId decidedBy = new UserId(UUID.randomUUID());
    private final Instant decidedAt = Instant.parse("2025-01-15T16:30:00Z");

    @Test
    void a_dossier_decided_before_letters_gets_its_letter_dated_and_signed_by_its_decision_once() {
        String grantedWithoutLetter = inReview();
        decideWithoutLetter(grantedWithoutLetter);
        String stillInReview = inReview();

        int written = backfill.backfill(List.of(DossierNumber.of(grantedWithoutLetter), DossierNumber.of(stillInReview),
                DossierNumber.of("899999999")));

        assertThat(written).isEqualTo(1);
        DecisionLetter letter = world.letters.written.get(0);
        assertThat(letter.number().value()).isEqualTo(grantedWithoutLetter);
        assertThat(letter.decision()).isEqualTo(new Granted(Money.parse("9000.00")));
        assertThat(letter.date()).isEqualTo(LocalDate.of(2025, 1, 15));
        StoredDossier stored = world.dossiers.find(DossierNumber.of(grantedWithoutLetter)).orElseThrow();
        DossierDocument document = stored.snapshot().documents().get(0);
        assertThat(document.type()).isEqualTo(DocumentType.LETTER);
        assertThat(document.attachedBy()).isEqualTo(decidedBy);
        assertThat(document.attachedAt()).isEqualTo(decidedAt);
        assertThat(world.documentStore.contents).containsKey(document.id());
        assertThat(world.dossiers.find(DossierNumber.of(stillInReview)).orElseThrow().snapshot().documents()).isEmpty();

        assertThat(backfill.backfill(List.of(DossierNumber.of(grantedWithoutLetter)))).isZero();
        assertThat(world.dossiers.find(DossierNumber.of(grantedWithoutLetter)).orElseThrow().snapshot().history())
                .filteredOn(entry -> entry.action() == DossierAction.ATTACH_DOCUMENT).hasSize(1);
    }

    private void decideWithoutLetter(String number) {
        StoredDossier stored = world.dossiers.find(DossierNumber.of(number)).orElseThrow();
        Dossier dossier = Dossier.restore(stored.snapshot());
        dossier.grant(Actor.staff(decidedBy), decidedAt, Money.parse("9000.00"), DossierWorld.AVAILABLE_FUNDS);
        world.dossiers.update(dossier.snapshot(), stored.version(), decidedAt);
    }

    private String inReview() {
        String number = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty())).dossier().number().value();
        world.employer.saveDraft(world.manager, new SaveDraft(DossierRef.of(number), DossierWorld.completeContent()));
        world.employer.submit(world.manager, DossierRef.of(number));
        world.review.takeIntoReview(world.staff, DossierRef.of(number));
        return number;
    }
}
