package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static fr.passerelle.domain.invoice.InvoiceAction.*;
import static fr.passerelle.domain.invoice.InvoiceRole.ISSUER;
import static fr.passerelle.domain.invoice.InvoiceRole.STAFF;
import static fr.passerelle.domain.invoice.InvoiceStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The invoice's life cycle as the product design states it, checked against every state × action pair. */
class InvoiceTransitionTableTest {

    private record Row(InvoiceStatus from, InvoiceAction action, InvoiceStatus to, Set<InvoiceRole> by) {
    }

    private static final List<Row> SPECIFICATION = List.of(
            new Row(SUBMITTED, VALIDATE, VALIDATED, Set.of(STAFF)),
            new Row(SUBMITTED, REQUEST_CHANGES, CHANGES_REQUESTED, Set.of(STAFF)),
            new Row(SUBMITTED, InvoiceAction.REJECT, InvoiceStatus.REJECTED, Set.of(STAFF)),
            new Row(SUBMITTED, WITHDRAW, WITHDRAWN, Set.of(ISSUER)),
            new Row(CHANGES_REQUESTED, RESUBMIT, SUBMITTED, Set.of(ISSUER)),
            new Row(VALIDATED, PAY, PAID, Set.of(STAFF)));

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(InvoiceStatus.values()).flatMap(state -> Stream.of(InvoiceAction.values()).map(action -> {
            String rule = specified(state, action)
                    .map(row -> action + " moves a " + state + " invoice to " + row.to() + " (by " + row.by() + ")")
                    .orElse(action + " is refused on a " + state + " invoice");
            return Arguments.of(rule, state, action);
        }));
    }

    @ParameterizedTest(name = "{0}; allowedActions says so")
    @MethodSource("everyStateAndAction")
    void every_action_in_every_state_follows_the_specification(String rule, InvoiceStatus state, InvoiceAction action) {
        InvoiceWorld world = new InvoiceWorld();
        Optional<Row> row = specified(state, action);
        if (row.isPresent()) {
            Invoice invoice = world.invoiceIn(state);
            Actor performer = row.get().by().contains(STAFF) ? world.staff : world.employer;
            int before = invoice.history().size();
            invoice.pullEvents();

            world.perform(invoice, action, performer);

            assertThat(invoice.status()).isEqualTo(row.get().to());
            assertThat(invoice.history()).hasSize(before + 1);
            HistoryEntry<InvoiceStatus, InvoiceAction> entry = invoice.history().get(before);
            assertThat(entry).extracting(HistoryEntry::action, HistoryEntry::from, HistoryEntry::to, HistoryEntry::by)
                    .containsExactly(action, state, row.get().to(), performer.id());
            assertThat(invoice.pullEvents()).singleElement().isEqualTo(new InvoiceEvent.Transitioned(invoice.id(), action, state,
                    row.get().to(), entry.reason(), performer.id(), entry.at()));
        } else {
            InvoiceSnapshot prepared = world.invoiceIn(state).snapshot();
            for (Actor actor : List.of(world.employer, world.staff)) {
                Invoice invoice = Invoice.restore(prepared);
                InvoiceSnapshot before = invoice.snapshot();

                DomainException refusal = catchThrowableOfType(DomainException.class, () -> world.perform(invoice, action, actor));

                assertThat(refusal).as(rule).isNotNull();
                assertThat(refusal.code()).isIn("INVOICE_TRANSITION_NOT_ALLOWED", "PAYMENT_ACTION_FORBIDDEN");
                assertThat(invoice.snapshot()).isEqualTo(before);
            }
        }
        assertAllowedActionsAreExactlyWhatSucceeds(state, action);
    }

    /** Whoever asks, allowedActions announces exactly the actions that then succeed, as specified. */
    private static void assertAllowedActionsAreExactlyWhatSucceeds(InvoiceStatus state, InvoiceAction action) {
        InvoiceWorld world = new InvoiceWorld();
        InvoiceSnapshot prepared = world.invoiceIn(state).snapshot();
        for (Actor actor : world.everyone()) {
            Invoice invoice = Invoice.restore(prepared);
            boolean specifiedForActor = specified(state, action).filter(row ->
                    row.by().contains(STAFF) && actor == world.staff || row.by().contains(ISSUER) && actor == world.employer).isPresent();
            boolean announced = invoice.allowedActions(actor).contains(action);
            InvoiceSnapshot before = invoice.snapshot();
            boolean succeeded;
            try {
                world.perform(invoice, action, actor);
                succeeded = true;
            } catch (DomainException refused) {
                succeeded = false;
                assertThat(invoice.snapshot()).isEqualTo(before);
            }

            assertThat(announced).as("%s announced to %s", action, actor).isEqualTo(specifiedForActor);
            assertThat(succeeded).as("%s performed by %s", action, actor).isEqualTo(specifiedForActor);
        }
    }

    @Test
    void the_table_holds_exactly_the_specified_transitions() {
        assertThat(Invoice.TRANSITIONS.transitions().stream()
                .map(t -> new Row(t.from(), t.action(), t.to(), t.performers())).toList())
                .containsExactlyInAnyOrderElementsOf(SPECIFICATION);
    }

    @Test
    void submitted_validated_and_paid_invoices_count_against_the_grant() {
        assertThat(Stream.of(InvoiceStatus.values()).filter(InvoiceStatus::isLive)).containsExactly(SUBMITTED, VALIDATED, PAID);
        assertThat(Stream.of(InvoiceStatus.values()).map(InvoiceStatus::label)).allMatch(label -> !label.isBlank());
        assertThat(Stream.of(InvoiceAction.values()).map(InvoiceAction::label)).allMatch(label -> !label.isBlank());
    }

    private static Optional<Row> specified(InvoiceStatus state, InvoiceAction action) {
        return SPECIFICATION.stream().filter(row -> row.from() == state && row.action() == action).findFirst();
    }
}
