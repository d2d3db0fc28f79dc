package fr.passerelle.application.colleague;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which accounts a list shows: those linked to one establishment, or to any the reader administers; {@code words}
 * must each appear in the name or the login, whatever the case and accents.
 */
public record ColleagueSearch(Optional<EstablishmentId> establishment, List<String> words, PageRequest page) {

    public ColleagueSearch {
        Objects.requireNonNull(establishment, "establishment");
        words = List.copyOf(words);
        Objects.requireNonNull(page, "page");
    }
}
