package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Random sequences of commands by random actors on an account: its invariants always hold. */
class UserAccountPropertiesTest {

    private static final Set<UserAccountStatus> FINAL = EnumSet.of(UserAccountStatus.CLOSED, UserAccountStatus.REJECTED);

    @Test
    void whatever_happens_the_account_invariants_hold() {
        qt().withExamples(200)
                .forAll(arbitrary().enumValues(UserAccountStatus.class), lists().of(integers().allPositive()).ofSizeBetween(1, 30))
                .checkAssert(this::run);
    }

    private void run(UserAccountStatus start, List<Integer> steps) {
        AccountWorld world = new AccountWorld();
        UserAccount account = world.accountIn(start);
        account.pullEvents();
        int successes = account.history().size();
        Optional<UserAccountStatus> endedIn = Optional.of(start).filter(FINAL::contains);
        for (int step : steps) {
            Actor actor = world.everyone().get(step % world.everyone().size());
            int rest = step / world.everyone().size();
            UserAccountAction action = UserAccountAction.values()[rest % UserAccountAction.values().length];
            boolean announced = account.allowedActions(actor).contains(action);
            UserAccountSnapshot before = account.snapshot();
            try {
                world.perform(account, action, actor);
                successes++;
                assertThat(announced).as("%s by %s succeeded, so it was announced", action, actor.kind()).isTrue();
                assertThat(account.pullEvents()).hasSize(1);
            } catch (DomainException refused) {
                assertThat(account.snapshot()).as("a refused %s changes nothing", action).isEqualTo(before);
                assertThat(account.pullEvents()).isEmpty();
            }
            assertThat(account.history()).hasSize(successes);
            assertThat(account.login()).isEqualTo(AccountWorld.LOGIN);
            account.preferredEstablishment().ifPresent(preferred -> assertThat(account.links()).containsKey(preferred));
            assertThat(account.links().values()).allMatch(rights -> !rights.isEmpty());
            endedIn.ifPresent(end -> assertThat(account.status()).isEqualTo(end));
            if (FINAL.contains(account.status())) {
                endedIn = Optional.of(account.status());
            }
        }
    }
}
