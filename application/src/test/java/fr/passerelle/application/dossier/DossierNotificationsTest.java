package fr.passerelle.application.dossier;

import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.establishment.InMemoryEstablishments;
import fr.passerelle.application.notification.Audience;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.application.notification.Notice;
import fr.passerelle.application.notification.NotificationEventType;
import fr.passerelle.application.notification.NotificationTarget;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.FundingScheme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What the change notifier makes of the dossier use cases' changes. */
class DossierNotificationsTest {

    private final DossierWorld world = new DossierWorld();
    private final List<Notice> notices = new ArrayList<>();
    private final ChangeNotifier notifier = new ChangeNotifier(notices::add, new InMemoryEstablishments(world.establishment));

    private DossierView changed(String number, Supplier<DossierView> command) {
        DossierSnapshot before = world.dossiers.find(fr.passerelle.domain.dossier.DossierNumber.of(number)).orElseThrow().snapshot();
        DossierView after = command.get();
        notifier.dossierChanged(before, after.dossier());
        return after;
    }

    private DossierView submitted() {
        DossierView draft = world.employer.createDraft(world.manager,
                new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
        world.employer.saveDraft(world.manager, new SaveDraft(DossierRef.of(draft.dossier().number().value()), DossierWorld.completeContent()));
        notices.clear();
        String number = draft.dossier().number().value();
        return changed(number, () -> world.employer.submit(world.manager, DossierRef.of(number)));
    }

    @Test
    void a_submission_tells_staff_and_the_establishments_readers_but_not_its_author() {
        DossierView submitted = submitted();
        String number = submitted.dossier().number().value();

        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).audience()).isEqualTo(Audience.staff());
        assertThat(notices.get(0).title()).isEqualTo("Nouveau dossier déposé : " + number);
        assertThat(notices.get(1).audience()).isEqualTo(Audience.establishmentUsers(world.establishment.id(),
                Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS)));
        assertThat(notices.get(1).title()).isEqualTo("Dossier " + number + " déposé");
        assertThat(notices.get(1).text()).contains("« Soudure TIG »", "« brouillon » à « déposé »");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.target()).isEqualTo(NotificationTarget.dossier(submitted.dossier().number()));
            assertThat(notice.causedBy()).isPresent();
        });
        assertThat(notices.get(0).eventKey()).isNotEqualTo(notices.get(1).eventKey());
    }

    @Test
    void documents_requested_carry_their_due_date_and_types() {
        String number = submitted().dossier().number().value();
        changed(number, () -> world.review.takeIntoReview(world.staff, DossierRef.of(number)));
        notices.clear();

        changed(number, () -> world.review.requestDocuments(world.staff, new RequestDocuments(DossierRef.of(number),
                Set.of(DocumentType.QUOTE), LocalDate.of(2025, 4, 30), "Merci d’envoyer le devis")));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.type()).isEqualTo(NotificationEventType.DOCUMENTS_REQUESTED);
            assertThat(notice.title()).isEqualTo("Pièces demandées avant le 30/04/2025 : dossier " + number);
            assertThat(notice.text()).contains(DocumentType.QUOTE.label(), "Merci d’envoyer le devis");
        });
    }

    @Test
    void a_refusal_tells_the_establishment_with_its_reason_and_a_change_stored_again_adds_nothing() {
        String number = submitted().dossier().number().value();
        DossierSnapshot inReview = changed(number, () -> world.review.takeIntoReview(world.staff, DossierRef.of(number))).dossier();
        notices.clear();

        DossierView refused = changed(number, () -> world.review.refuse(world.staff, new WithReason(DossierRef.of(number), "Budget épuisé")));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.type()).isEqualTo(NotificationEventType.DOSSIER_STATUS_CHANGED);
            assertThat(notice.title()).isEqualTo("Dossier " + number + " refusé");
            assertThat(notice.text()).endsWith("Motif : Budget épuisé");
        });
        String key = notices.get(0).eventKey();
        notices.clear();
        notifier.dossierChanged(inReview, refused.dossier());
        assertThat(notices).singleElement().satisfies(again -> assertThat(again.eventKey()).isEqualTo(key));
        notices.clear();
        notifier.dossierChanged(refused.dossier(), refused.dossier());
        assertThat(notices).isEmpty();
    }

    @Test
    void a_message_tells_the_other_side_of_the_thread_but_not_its_author() {
        DossierView submitted = submitted();
        String number = submitted.dossier().number().value();
        DossierThread thread = new DossierThreadService(world.dossiers, world.threads, world.documentStore,
                file -> Optional.empty(), 64, world.accountDirectory, world::tick, notifier);
        notices.clear();

        ThreadMessage fromCompany = thread.post(world.manager, new DossierThread.NewMessage(number, "Une question", List.of(), Optional.empty()));
        thread.post(world.staff, new DossierThread.NewMessage(number, "La réponse", List.of(), Optional.empty()));

        assertThat(notices).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.type()).isEqualTo(NotificationEventType.NEW_MESSAGE);
            assertThat(notice.title()).isEqualTo("Nouveau message sur le dossier " + number);
            assertThat(notice.target()).isEqualTo(NotificationTarget.dossier(submitted.dossier().number()));
        });
        assertThat(notices.get(0).audience()).isEqualTo(Audience.staff());
        assertThat(notices.get(0).causedBy()).contains(fromCompany.author());
        assertThat(notices.get(0).eventKey()).isEqualTo("message:" + fromCompany.id());
        assertThat(notices.get(1).audience()).isEqualTo(Audience.establishmentUsers(world.establishment.id(),
                Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS)));
    }
}
