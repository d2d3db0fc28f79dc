package fr.passerelle.adapters.persistence.invoice;

import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.UUID;

/** An issuer (or payee) in two columns, exactly one of them set: the establishment of an employer, a training body's SIRET. */
record IssuerColumns(UUID establishment, String siret) {

    static IssuerColumns of(Issuer issuer) {
        if (issuer instanceof Issuer.Employer employer) {
            return new IssuerColumns(employer.establishmentId().value(), null);
        }
        return new IssuerColumns(null, ((Issuer.TrainingBody) issuer).siret().value());
    }

    static Issuer read(Object establishment, Object siret) {
        return establishment != null
                ? new Issuer.Employer(new EstablishmentId((UUID) establishment))
                : new Issuer.TrainingBody(Siret.of((String) siret));
    }
}
