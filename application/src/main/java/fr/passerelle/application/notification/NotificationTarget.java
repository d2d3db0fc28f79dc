package fr.passerelle.application.notification;

import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Objects;

/** What a notification links to: a dossier by its number, the rest by their id. */
public record NotificationTarget(Kind kind, String id) {

    public enum Kind {
        DOSSIER, ESTABLISHMENT, LINK_REQUEST, ACCOUNT, INVOICE
    }

    public NotificationTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static NotificationTarget dossier(DossierNumber number) {
        return new NotificationTarget(Kind.DOSSIER, number.value());
    }

    public static NotificationTarget establishment(EstablishmentId id) {
        return new NotificationTarget(Kind.ESTABLISHMENT, id.value().toString());
    }

    public static NotificationTarget linkRequest(LinkRequestId id) {
        return new NotificationTarget(Kind.LINK_REQUEST, id.value().toString());
    }

    public static NotificationTarget account(UserId id) {
        return new NotificationTarget(Kind.ACCOUNT, id.value().toString());
    }

    /** The page of the single-page app that shows the target, from the app's root. */
    public String route() {
        return switch (kind) {
            case DOSSIER -> "/dossiers/" + id;
            case ESTABLISHMENT -> "/etablissements/" + id;
            case LINK_REQUEST -> "/etablissements/rattachement";
            case ACCOUNT -> "/profil";
            case INVOICE -> "/factures/" + id;
        };
    }
}
