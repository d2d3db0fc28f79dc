package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Random invoicing of one granted dossier by random actors: the live invoices never exceed the grant. */
class InvoicePropertiesTest {

    private static final Money[] AMOUNTS = {Money.parse("0.01"), Money.parse("999.99"), Money.parse("2500.00"),
            Money.parse("4000.00"), Money.parse("8000.00"), Money.parse("8000.01")};
    private static final int COMMANDS = 7;

    @Test
    void the_sum_of_live_invoices_never_exceeds_the_grant() {
        qt().withExamples(200)
                .forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(this::run);
    }

    private void run(List<Integer> steps) {
        InvoiceWorld world = new InvoiceWorld();
        List<Invoice> invoices = new ArrayList<>();
        List<Integer> successes = new ArrayList<>();
        for (int step : steps) {
            Actor actor = world.everyone().get(step % world.everyone().size());
            int rest = step / world.everyone().size();
            int command = rest % COMMANDS;
            rest /= COMMANDS;
            Money amount = AMOUNTS[rest % AMOUNTS.length];
            rest /= AMOUNTS.length;
            if (command == 0 || invoices.isEmpty()) {
                submit(world, invoices, actor, amount);
            } else {
                int index = rest % invoices.size();
                Invoice invoice = invoices.get(index);
                InvoiceSnapshot before = invoice.snapshot();
                try {
                    act(world, invoices, invoice, command, actor, amount);
                    successes.add(index);
                    assertThat(invoice.pullEvents()).hasSize(1);
                } catch (DomainException refused) {
                    assertThat(invoice.snapshot()).as("a refused command changes nothing").isEqualTo(before);
                    assertThat(invoice.pullEvents()).isEmpty();
                }
            }
            assertThat(liveTotal(invoices, null)).as("live invoices within the grant").isLessThanOrEqualTo(InvoiceWorld.GRANTED);
            for (int i = 0; i < invoices.size(); i++) {
                int index = i;
                assertThat(invoices.get(i).history()).hasSize((int) successes.stream().filter(s -> s == index).count());
            }
        }
    }

    private static void submit(InvoiceWorld world, List<Invoice> invoices, Actor actor, Money amount) {
        Set<InvoiceNumber> used = invoices.stream().map(Invoice::number).collect(Collectors.toSet());
        try {
            Invoice invoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), world.dossier, world.nextNumber(), amount,
                    new InvoiceLedger(used, liveTotal(invoices, null)), actor, world.tick());
            invoice.pullEvents();
            invoices.add(invoice);
        } catch (DomainException refused) {
            assertThat(refused.code()).isIn("INVOICE_ACTION_FORBIDDEN", "INVOICE_EXCEEDS_GRANT");
        }
    }

    private static void act(InvoiceWorld world, List<Invoice> invoices, Invoice invoice, int command, Actor actor, Money amount) {
        switch (command) {
            case 1 -> invoice.validate(actor, world.tick());
            case 2 -> invoice.requestChanges(actor, world.tick(), "À corriger");
            case 3 -> invoice.resubmit(actor, world.tick(), amount, world.dossier, liveTotal(invoices, invoice));
            case 4 -> invoice.reject(actor, world.tick(), "Doublon");
            case 5 -> invoice.withdraw(actor, world.tick());
            default -> world.pay(List.of(invoice), actor);
        }
    }

    private static Money liveTotal(List<Invoice> invoices, Invoice except) {
        return Money.sum(invoices.stream().filter(Invoice::isLive).filter(invoice -> invoice != except).map(Invoice::amount).toList());
    }
}
