package fr.passerelle.application.colleague;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.UserId;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The commands of a company ADMIN (or staff) on colleagues' accounts; each checks its own values. */
public final class ColleagueCommands {

    private ColleagueCommands() {
    }

    /** The account a command acts on, and the version the caller read ({@code If-Match}); stale, nothing changes. */
    public record AccountRef(UserId id, Optional<Long> expectedVersion) {

        public AccountRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public static AccountRef of(UserId id) {
            return new AccountRef(id, Optional.empty());
        }

        public AccountRef at(long version) {
            return new AccountRef(id, Optional.of(version));
        }
    }

    /** A new colleague, with rights on establishments the inviter administers. */
    public record Invite(Email email, PersonName name, Map<EstablishmentId, Set<Right>> links) {

        public Invite {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Map<EstablishmentId, Set<Right>> copy = new HashMap<>();
            links.forEach((establishment, rights) -> {
                if (!rights.isEmpty()) {
                    copy.put(establishment, Set.copyOf(EnumSet.copyOf(rights)));
                }
            });
            if (copy.isEmpty()) {
                throw new DomainException("RIGHTS_REQUIRED",
                        "Choisissez au moins un établissement et une habilitation pour le nouvel utilisateur.");
            }
            links = Map.copyOf(copy);
        }
    }

    /** A new colleague with the same links and rights as {@code model}. */
    public record InviteInImageOf(Email email, PersonName name, UserId model) {

        public InviteInImageOf {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * A new user who speaks for a training body, identified by its SIRET: no establishment, no rights; only staff
     * invite one, since Passerelle keeps no register of training bodies a company could vouch for.
     */
    public record InviteForTrainingBody(Email email, PersonName name, Siret trainingBody) {

        public InviteForTrainingBody {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(trainingBody, "trainingBody");
        }
    }

    /** The rights of the account on one establishment; none removes the link. */
    public record ChangeRights(AccountRef account, EstablishmentId establishment, Set<Right> rights) {

        public ChangeRights {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(establishment, "establishment");
            rights = Set.copyOf(rights);
        }
    }

    public record WithReason(AccountRef account, String reason) {

        public WithReason {
            Objects.requireNonNull(account, "account");
            reason = Text.requireReason(reason);
        }
    }

    /**
     * The account becomes an ADMIN of the establishment; unless {@code keepMine}, the caller then gives up ADMIN
     * there, keeping their other rights.
     */
    public record HandOverAdmin(AccountRef to, EstablishmentId establishment, boolean keepMine) {

        public HandOverAdmin {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(establishment, "establishment");
        }
    }

    /** The owner of the account stops being an ADMIN of the establishment. */
    public record GiveUpAdmin(AccountRef account, EstablishmentId establishment) {

        public GiveUpAdmin {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(establishment, "establishment");
        }
    }
}
