package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.EstablishmentPageResponse.Item;
import fr.passerelle.application.link.LinkRequestLine;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.LinkRequestStatus;
import fr.passerelle.domain.account.Right;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

record LinkRequestResponse(UUID id, String requesterName, String requesterEmail, Item establishment, String message,
                           LinkRequestStatus status, List<Right> grantedRights, Instant filedAt, String decisionReason, long version) {

    static LinkRequestResponse from(LinkRequestLine line) {
        return new LinkRequestResponse(line.id().value(), line.requesterName(), line.requesterLogin(), Item.from(line.establishment()),
                line.message(), line.status(), line.grantedRights().stream().sorted().toList(), line.filedAt(),
                line.decisionReason().orElse(null), line.version());
    }

    record LinkRequestPage(List<LinkRequestResponse> items, String nextCursor) {

        static LinkRequestPage from(Page<LinkRequestLine> page) {
            return new LinkRequestPage(page.items().stream().map(LinkRequestResponse::from).toList(), page.nextCursor().orElse(null));
        }
    }
}
