package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.EstablishmentId;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of a dossier search, all optional; results come by last change, most recent first.
 *
 * @param titleWords words that must all appear in the training's title, case aside
 */
public record DossierSearch(Optional<EstablishmentId> establishmentId, Optional<DossierNumber> number,
                            Optional<DossierStatus> status, Optional<FundingScheme> scheme, Optional<Integer> startYear,
                            List<String> titleWords, Optional<Instant> updatedSince, PageRequest page) {

    public DossierSearch {
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(startYear, "startYear");
        Objects.requireNonNull(updatedSince, "updatedSince");
        Objects.requireNonNull(page, "page");
        if (startYear.filter(year -> year < 2000 || year > 2100).isPresent()) {
            throw new MalformedInputException("L’année de début doit être comprise entre 2000 et 2100.");
        }
        if (status.filter(DossierStatus.DELETED::equals).isPresent()) {
            throw new MalformedInputException("Un brouillon supprimé ne se recherche pas.");
        }
        titleWords = titleWords.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** Splits what was typed in the search box into the words to look for. */
    public static List<String> wordsOf(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    public static DossierSearch everything(PageRequest page) {
        return new DossierSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), page);
    }
}
