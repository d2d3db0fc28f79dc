package fr.passerelle.application.invoice;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who sees which invoice and payment, in one place: staff see all of them; an issuer (the employer with
 * {@code MANAGE_INVOICES} on the issuing establishment, or someone speaking for the training body under subrogation)
 * sees its own invoices and the payments made to it. Anyone else is told they do not exist.
 */
final class InvoiceAccess {

    static final String INVOICE_NOT_FOUND = "Cette facture n’existe pas ou ne vous est pas accessible.";
    static final String PAYMENT_NOT_FOUND = "Ce règlement n’existe pas ou ne vous est pas accessible.";

    private final CallerActors actors;

    InvoiceAccess(AccountDirectory accounts) {
        this.actors = new CallerActors(accounts);
    }

    Optional<Actor> actorFor(Caller caller) {
        return actors.actorFor(caller);
    }

    Actor requireActor(Caller caller, String notFound) {
        return actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(notFound));
    }

    static boolean canSee(Actor actor, Issuer issuer) {
        return actor.is(ActorKind.STAFF) || issuer.isActedForBy(actor);
    }

    static InvoiceScope scopeOf(Actor actor) {
        if (actor.is(ActorKind.STAFF)) {
            return InvoiceScope.STAFF;
        }
        Set<EstablishmentId> establishments = actor.rights().keySet().stream()
                .filter(establishment -> actor.hasRight(establishment, Right.MANAGE_INVOICES))
                .collect(Collectors.toSet());
        return new InvoiceScope(false, establishments, actor.is(ActorKind.TRAINING_BODY) ? actor.trainingBody() : Optional.empty());
    }

    /** The id as the caller wrote it; one that cannot be an id reads as one that does not exist. */
    static UUID idOf(String text, String notFound) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException(notFound);
        }
    }
}
