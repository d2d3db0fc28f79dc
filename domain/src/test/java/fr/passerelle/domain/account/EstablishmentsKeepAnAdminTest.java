package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static fr.passerelle.domain.account.UserAccountStatus.ACTIVE;
import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EstablishmentsKeepAnAdminTest {

    private final AccountWorld world = new AccountWorld();

    private UserAccount copyOf(UserAccount account) {
        return UserAccount.restore(account.snapshot());
    }

    private Map<EstablishmentId, Set<UserId>> onlyAdmin() {
        return Map.of(world.establishment, Set.of(world.accountId));
    }

    @Test
    void the_last_admin_may_neither_give_up_admin_nor_be_suspended_closed_or_stripped() {
        UserAccount before = world.accountIn(ACTIVE);

        UserAccount givenUp = copyOf(before);
        givenUp.giveUpAdmin(world.self, world.tick(), world.establishment);
        UserAccount suspended = copyOf(before);
        suspended.suspend(world.staff, world.tick(), "Départ");
        UserAccount closed = copyOf(before);
        closed.close(world.staff, world.tick(), "Départ");
        UserAccount stripped = copyOf(before);
        stripped.changeRights(world.staff, world.tick(), world.establishment, Set.of());

        for (UserAccount after : new UserAccount[]{givenUp, suspended, closed, stripped}) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> EstablishmentsKeepAnAdmin.check(before, after, onlyAdmin()));
            assertThat(refusal).as(after.status() + " " + after.links()).isNotNull();
            assertThat(refusal.code()).isEqualTo("LAST_ADMIN");
            assertThat(refusal.getMessage()).contains("donnez d’abord le droit ADMIN");
        }
    }

    @Test
    void another_active_admin_of_the_establishment_lets_it_happen() {
        UserAccount before = world.accountIn(ACTIVE);
        UserAccount after = copyOf(before);
        after.giveUpAdmin(world.self, world.tick(), world.establishment);

        assertThatCode(() -> EstablishmentsKeepAnAdmin.check(before, after,
                Map.of(world.establishment, Set.of(world.accountId, userId())))).doesNotThrowAnyException();
    }

    @Test
    void an_admin_elsewhere_does_not_count_and_changes_that_keep_admin_pass() {
        UserAccount before = world.accountIn(ACTIVE);
        UserAccount stripped = copyOf(before);
        stripped.changeRights(world.staff, world.tick(), world.establishment, Set.of(Right.VIEW_DOSSIERS));
        UserAccount widened = copyOf(before);
        widened.changeRights(world.staff, world.tick(), world.establishment, Set.of(Right.ADMIN, Right.MANAGE_COMPANY));

        assertThat(catchThrowableOfType(DomainException.class, () -> EstablishmentsKeepAnAdmin.check(before, stripped,
                Map.of(world.establishment, Set.of(world.accountId), establishmentId(), Set.of(userId()))))).isNotNull();
        assertThatCode(() -> EstablishmentsKeepAnAdmin.check(before, widened, onlyAdmin())).doesNotThrowAnyException();
    }

    @Test
    void an_account_that_administered_nothing_actively_is_never_refused() {
        UserAccount before = world.accountIn(UserAccountStatus.SUSPENDED);
        UserAccount after = copyOf(before);
        after.close(world.staff, world.tick(), "Départ");

        assertThatCode(() -> EstablishmentsKeepAnAdmin.check(before, after, Map.of())).doesNotThrowAnyException();
    }
}
