package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;

/** Who invoices a dossier, and so who gets paid: the training body under subrogation, the employer otherwise. */
public sealed interface Issuer {

    static Issuer of(Dossier dossier) {
        if (dossier.content().isSubrogated()) {
            return new TrainingBody(dossier.trainingBodySiret().orElseThrow());
        }
        return new Employer(dossier.establishmentId());
    }

    boolean isActedForBy(Actor actor);

    /** Whether this establishment is the issuer, i.e. whose bank accounts a payment may go to. */
    boolean isHeldBy(Establishment establishment);

    String description();

    record Employer(EstablishmentId establishmentId) implements Issuer {

        public Employer {
            Objects.requireNonNull(establishmentId, "establishmentId");
        }

        @Override
        public boolean isActedForBy(Actor actor) {
            return actor.hasRight(establishmentId, Right.MANAGE_INVOICES);
        }

        @Override
        public boolean isHeldBy(Establishment establishment) {
            return establishment.id().equals(establishmentId);
        }

        @Override
        public String description() {
            return "l’employeur (sans subrogation)";
        }
    }

    record TrainingBody(Siret siret) implements Issuer {

        public TrainingBody {
            Objects.requireNonNull(siret, "siret");
        }

        @Override
        public boolean isActedForBy(Actor actor) {
            return actor.speaksFor(siret);
        }

        @Override
        public boolean isHeldBy(Establishment establishment) {
            return establishment.siret().equals(siret);
        }

        @Override
        public String description() {
            return "l’organisme de formation (subrogation)";
        }
    }
}
