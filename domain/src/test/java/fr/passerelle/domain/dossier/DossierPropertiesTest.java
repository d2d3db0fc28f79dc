package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Random sequences of commands, by random actors, with valid or faulty parameters: the invariants always hold. */
class DossierPropertiesTest {

    private static final Set<DossierStatus> FINAL = EnumSet.of(DossierStatus.CANCELLED, DossierStatus.CLOSED, DossierStatus.DELETED);

    @Test
    void whatever_happens_the_dossier_invariants_hold() {
        qt().withExamples(300)
                .forAll(arbitrary().enumValues(DossierStatus.class), lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(this::run);
    }

    /** Starts from a dossier brought to {@code start} by real transitions, so that every state gets explored. */
    private void run(DossierStatus start, List<Integer> steps) {
        DossierWorld world = new DossierWorld();
        Dossier dossier = world.dossierIn(start);
        dossier.pullEvents();
        int successes = dossier.history().size();
        Optional<DossierStatus> endedIn = Optional.of(start).filter(FINAL::contains);
        for (int step : steps) {
            RandomCommand command = RandomCommand.decode(step, world.everyone(), dossier);
            DossierSnapshot before = dossier.snapshot();
            boolean announced = dossier.allowedActions(command.actor()).contains(command.action());
            try {
                perform(world, dossier, command.action(), command.actor(), command.valid());
                successes++;
                assertThat(announced).as("%s succeeded, so it was announced", command).isTrue();
                assertThat(dossier.pullEvents()).as("one event per transition").hasSize(1);
            } catch (DomainException refused) {
                assertThat(dossier.snapshot()).as("a refused %s changes nothing", command).isEqualTo(before);
                assertThat(dossier.pendingEvents()).as("a refused command raises nothing").isEmpty();
            }
            assertThat(dossier.history()).as("one history entry per successful transition").hasSize(successes);
            endedIn.ifPresent(end -> assertThat(dossier.status()).as("a finished dossier never moves").isEqualTo(end));
            if (FINAL.contains(dossier.status())) {
                endedIn = Optional.of(dossier.status());
            }
            assertInvariants(dossier);
        }
    }

    /**
     * One random step: valid or faulty parameters, and, two times out of three, one of the moves some actor is
     * currently allowed — otherwise the walks would rarely get past the first states — else any action by anyone.
     */
    private record RandomCommand(DossierAction action, Actor actor, boolean valid) {

        static RandomCommand decode(int step, List<Actor> actors, Dossier dossier) {
            boolean valid = step % 4 != 0;
            int rest = step / 4;
            List<RandomCommand> allowed = actors.stream()
                    .flatMap(actor -> dossier.allowedActions(actor).stream().map(action -> new RandomCommand(action, actor, valid)))
                    .toList();
            boolean pickAllowed = rest % 3 != 0 && !allowed.isEmpty();
            rest /= 3;
            if (pickAllowed) {
                return allowed.get(rest % allowed.size());
            }
            Actor actor = actors.get(rest % actors.size());
            return new RandomCommand(DossierAction.values()[rest / actors.size() % DossierAction.values().length], actor, valid);
        }
    }

    private static void assertInvariants(Dossier dossier) {
        for (HistoryEntry<DossierStatus, DossierAction> entry : dossier.history()) {
            assertThat(Dossier.TRANSITIONS.find(entry.from(), entry.action()))
                    .as("every recorded move is in the table")
                    .hasValueSatisfying(transition -> assertThat(transition.to()).isEqualTo(entry.to()));
        }
        Money committed = dossier.committedAmount();
        assertThat(committed.isNegative()).isFalse();
        assertThat(committed).isLessThanOrEqualTo(dossier.grantedAmount().orElse(Money.ZERO));
        assertThat(dossier.grantedAmount().isPresent()).isEqualTo(dossier.history().stream()
                .anyMatch(entry -> entry.action() == DossierAction.GRANT));
        assertThat(dossier.documents().stream().filter(DossierDocument::isCurrent).count())
                .isLessThanOrEqualTo(dossier.documents().size());
        if (dossier.status().reviewStarted()) {
            assertThat(dossier.content()).isEqualTo(completeContent());
        }
    }

    private static void perform(DossierWorld world, Dossier dossier, DossierAction action, Actor actor, boolean valid) {
        if (valid) {
            switch (action) {
                case REQUEST_DOCUMENTS -> dossier.requestDocuments(actor, world.tick(), Set.of(DocumentType.OTHER),
                        DossierWorld.DUE_DATE, "Pièce manquante");
                case ATTACH_DOCUMENT -> dossier.attachDocument(actor, world.tick(), DossierWorld.documentId(), DocumentType.OTHER,
                        "piece.pdf", Optional.empty());
                case REMOVE_DOCUMENT -> dossier.removeDocument(actor, world.tick(),
                        dossier.documents().isEmpty() ? DossierWorld.documentId() : dossier.documents().get(0).id());
                case GRANT -> dossier.grant(actor, world.tick(), DossierWorld.GRANTED, DossierWorld.FUNDS);
                case ACCEPT_CANCELLATION -> dossier.acceptCancellationRequest(actor, world.tick(), Money.parse("1000.00"));
                case CLOSE_BALANCE -> dossier.closeBalance(actor, world.tick(), Money.parse("7000.00"));
                case TERMINATE -> dossier.terminate(actor, world.tick(), DossierWorld.TERMINATION_DATE, "Rupture", Money.parse("500.00"));
                default -> world.perform(dossier, action, actor);
            }
            return;
        }
        switch (action) {
            case SAVE_DRAFT -> dossier.saveDraft(actor, world.tick(), DossierContent.EMPTY);
            case SUBMIT -> dossier.submit(actor, world.tick(), world.establishment, Set.of());
            case CANCEL -> dossier.cancel(actor, world.tick(), "");
            case REQUEST_DOCUMENTS -> dossier.requestDocuments(actor, world.tick(), Set.of(DocumentType.OTHER),
                    LocalDate.of(2020, 1, 1), "Pièce manquante");
            case REQUEST_MODIFICATION -> dossier.requestModification(actor, world.tick(), " ");
            case REQUEST_CANCELLATION -> dossier.requestCancellation(actor, world.tick(), null);
            case DECLINE_REQUEST -> dossier.declineRequest(actor, world.tick(), "");
            case GRANT -> dossier.grant(actor, world.tick(), Money.parse("10000.01"), DossierWorld.FUNDS);
            case REFUSE -> dossier.refuse(actor, world.tick(), null);
            case TERMINATE -> dossier.terminate(actor, world.tick(), LocalDate.of(2030, 1, 1), "Rupture", Money.ZERO);
            case CLOSE_BALANCE -> dossier.closeBalance(actor, world.tick(), Money.parse("-5.00"));
            case ACCEPT_CANCELLATION -> dossier.acceptCancellationRequest(actor, world.tick(), Money.parse("-5.00"));
            case ATTACH_DOCUMENT -> dossier.attachDocument(actor, world.tick(), DossierWorld.documentId(), DocumentType.OTHER, "",
                    Optional.empty());
            case REMOVE_DOCUMENT -> dossier.removeDocument(actor, world.tick(), DossierWorld.documentId());
            default -> world.perform(dossier, action, actor);
        }
    }
}
