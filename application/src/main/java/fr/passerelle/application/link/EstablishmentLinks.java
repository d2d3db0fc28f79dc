package fr.passerelle.application.link;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Inbound port: an active user asks to be linked to another establishment, found by its SIRET; staff approve it,
 * which links the user's account with the rights they choose, or reject it with a reason.
 */
public interface EstablishmentLinks {

    LinkRequestLine file(Caller caller, File command);

    Page<LinkRequestLine> mine(Caller caller, PageRequest page);

    Page<LinkRequestLine> queue(Caller caller, PageRequest page);

    LinkRequestLine approve(Caller caller, Approve command);

    LinkRequestLine reject(Caller caller, Reject command);

    record File(Siret siret, String message) {

        public File {
            Objects.requireNonNull(siret, "siret");
        }
    }

    /** @param expectedVersion the version the caller last read ({@code If-Match}); when present and stale, nothing changes */
    record Ref(LinkRequestId id, Optional<Long> expectedVersion) {

        public Ref {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    record Approve(Ref request, Set<Right> rights) {

        public Approve {
            Objects.requireNonNull(request, "request");
            rights = Set.copyOf(rights);
        }
    }

    record Reject(Ref request, String reason) {

        public Reject {
            Objects.requireNonNull(request, "request");
        }
    }
}
