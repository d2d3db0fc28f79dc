package fr.passerelle.adapters.persistence.dossier;

/**
 * LIKE patterns for what users type in a search box. The patterns go through {@code passerelle_fold} (migration V4)
 * with the column they are matched against, with {@code escape '\'}.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** Matches a text that contains the word anywhere, the word's own {@code %}, {@code _} and {@code \} taken literally. */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
