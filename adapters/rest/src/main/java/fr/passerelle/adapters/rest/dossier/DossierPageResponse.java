package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.DossierPage;
import fr.passerelle.application.dossier.DossierSummary;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record DossierPageResponse(List<Item> items, String nextCursor) {

    record Item(String number, UUID establishmentId, FundingScheme scheme, DossierStatus status, String title,
                LocalDate startDate, String amountRequested, Instant updatedAt, int unreadMessages) {

        static Item from(DossierSummary summary) {
            return new Item(summary.number().value(), summary.establishmentId().value(), summary.scheme(), summary.status(),
                    summary.title().orElse(null), summary.startDate().orElse(null),
                    summary.amountRequested().map(Object::toString).orElse(null), summary.updatedAt(),
                    summary.unreadMessages());
        }
    }

    static DossierPageResponse from(DossierPage page) {
        return new DossierPageResponse(page.items().stream().map(Item::from).toList(), page.nextCursor().orElse(null));
    }
}
