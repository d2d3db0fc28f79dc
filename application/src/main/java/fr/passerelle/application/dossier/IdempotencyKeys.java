package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierNumber;

import java.util.Optional;

/** Outbound port: the idempotency keys callers sent with their creations. */
public interface IdempotencyKeys {

    /**
     * Claims the caller's key for this new dossier; if an earlier creation claimed it already, its dossier's number
     * comes back instead and nothing is claimed. Two creations racing with one key: one claims, the other gets its number.
     */
    Optional<DossierNumber> claim(String subject, String key, DossierNumber number);
}
