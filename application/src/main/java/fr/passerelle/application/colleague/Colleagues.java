package fr.passerelle.application.colleague;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Outbound port: accounts looked up through the establishments they are linked to. */
public interface Colleagues {

    /**
     * The accounts linked to at least one of {@code within} (every account when empty), by name then id, each with
     * its links to {@code within} only (all its links when empty).
     */
    ColleaguePage page(Set<EstablishmentId> within, ColleagueSearch search);

    /** Every account linked to the establishment, by name, with its rights there. */
    List<ColleagueSummary> linkedTo(EstablishmentId establishment);

    /** For each of these establishments, the active accounts holding ADMIN on it. */
    Map<EstablishmentId, Set<UserId>> activeAdminsOf(Set<EstablishmentId> establishments);

    /**
     * The active accounts linked to the establishment whose last name (and first name, if given) is this one,
     * whatever the case and accents.
     */
    List<UserId> activeNamed(EstablishmentId establishment, String lastName, Optional<String> firstName);
}
