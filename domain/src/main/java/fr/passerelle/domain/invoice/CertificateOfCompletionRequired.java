package fr.passerelle.domain.invoice;

import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.shared.DomainException;

/** The OPCO pays for training that took place: the certificate of completion proves it. */
public final class CertificateOfCompletionRequired {

    private CertificateOfCompletionRequired() {
    }

    public static void check(Dossier dossier) {
        if (!dossier.hasCurrentDocument(DocumentType.CERTIFICATE_OF_COMPLETION)) {
            throw new DomainException("CERTIFICATE_OF_COMPLETION_MISSING",
                    "Joignez le certificat de réalisation au dossier avant de le facturer.");
        }
    }
}
