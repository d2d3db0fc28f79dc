package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.application.establishment.EstablishmentSummary;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.establishment.EstablishmentStatus;

import java.util.List;
import java.util.UUID;

record EstablishmentPageResponse(List<Item> items, String nextCursor) {

    record Item(UUID id, String siret, String name, String city, EstablishmentStatus status, boolean closed) {

        static Item from(EstablishmentSummary summary) {
            return new Item(summary.id().value(), summary.siret().value(), summary.name(), summary.city(), summary.status(),
                    summary.status() == EstablishmentStatus.CLOSED);
        }
    }

    static EstablishmentPageResponse from(Page<EstablishmentSummary> page) {
        return new EstablishmentPageResponse(page.items().stream().map(Item::from).toList(), page.nextCursor().orElse(null));
    }
}
