package fr.passerelle.application.link;

import fr.passerelle.domain.account.LinkRequestSnapshot;

import java.util.Objects;

/** A link request as stored, with the version optimistic locking checks. */
public record StoredLinkRequest(LinkRequestSnapshot snapshot, long version) {

    public StoredLinkRequest {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
