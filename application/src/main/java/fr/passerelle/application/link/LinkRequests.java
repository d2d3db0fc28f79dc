package fr.passerelle.application.link;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.LinkRequestSnapshot;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Optional;

/** Outbound port: users' requests to be linked to an establishment, with their history and an optimistic version. */
public interface LinkRequests {

    Optional<StoredLinkRequest> find(LinkRequestId id);

    /** The request as lists show it. */
    Optional<LinkRequestLine> line(LinkRequestId id);

    /** Stores a new request at version 0. */
    StoredLinkRequest add(LinkRequestSnapshot request);

    /**
     * Stores the request's new state, provided it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when another command changed it meanwhile
     */
    StoredLinkRequest update(LinkRequestSnapshot request, long expectedVersion);

    boolean hasPending(UserId requester, EstablishmentId establishment);

    /**
     * The user's requests, the newest first.
     *
     * @throws MalformedInputException when the cursor was not given by this store
     */
    Page<LinkRequestLine> ofRequester(UserId requester, PageRequest page);

    /**
     * Pending requests, the longest waiting first.
     *
     * @throws MalformedInputException when the cursor was not given by this store
     */
    Page<LinkRequestLine> pending(PageRequest page);
}
