package fr.passerelle.domain.establishment;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Random sequences of commands by random actors: never two active bank accounts, and the usual invariants. */
class EstablishmentPropertiesTest {

    @Test
    void whatever_happens_an_establishment_never_has_two_active_bank_accounts() {
        qt().withExamples(300)
                .forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 40))
                .checkAssert(this::run);
    }

    private void run(List<Integer> steps) {
        EstablishmentWorld world = new EstablishmentWorld();
        Establishment establishment = world.establishment;
        establishment.pullEvents();
        List<BankAccountId> accounts = new ArrayList<>();
        int successes = 0;
        for (int step : steps) {
            Actor actor = world.everyone().get(step % world.everyone().size());
            int rest = step / world.everyone().size();
            EstablishmentAction action = EstablishmentAction.values()[rest % EstablishmentAction.values().length];
            rest /= EstablishmentAction.values().length;
            Optional<BankAccountId> target = accounts.isEmpty() ? Optional.empty() : Optional.of(accounts.get(rest % accounts.size()));
            EstablishmentSnapshot before = establishment.snapshot();
            try {
                perform(world, establishment, action, actor, target, accounts);
                successes++;
                assertThat(establishment.pullEvents()).isNotEmpty();
            } catch (DomainException refused) {
                assertThat(establishment.snapshot()).as("a refused %s changes nothing", action).isEqualTo(before);
                assertThat(establishment.pullEvents()).isEmpty();
            }
            assertThat(establishment.history()).hasSize(successes);
            assertThat(establishment.bankAccounts().stream().filter(BankAccount::isActive).count()).isLessThanOrEqualTo(1);
            assertThat(establishment.changeRequests().stream().filter(ChangeRequest::isPending).count())
                    .isEqualTo(establishment.status() == EstablishmentStatus.CHANGE_PENDING ? 1 : 0);
        }
    }

    private static void perform(EstablishmentWorld world, Establishment establishment, EstablishmentAction action, Actor actor,
                                Optional<BankAccountId> target, List<BankAccountId> accounts) {
        BankAccountId account = target.orElseGet(EstablishmentWorld::bankAccountId);
        switch (action) {
            case ADD_BANK_ACCOUNT -> {
                BankAccountId added = EstablishmentWorld.bankAccountId();
                establishment.proposeBankAccount(actor, world.tick(), added, EstablishmentWorld.IBAN, EstablishmentWorld.BIC,
                        "ACME SAS", EstablishmentWorld.proof());
                accounts.add(added);
            }
            case VALIDATE_BANK_ACCOUNT -> establishment.validateBankAccount(actor, world.tick(), account);
            case REJECT_BANK_ACCOUNT -> establishment.rejectBankAccount(actor, world.tick(), account, "RIB illisible");
            case DEACTIVATE_BANK_ACCOUNT -> establishment.deactivateBankAccount(actor, world.tick(), account);
            default -> world.perform(establishment, action, actor);
        }
    }
}
