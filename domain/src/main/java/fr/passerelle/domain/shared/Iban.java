package fr.passerelle.domain.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A bank account number in the SEPA area, checked against its country's length and the mod-97 key (ISO 13616). */
public record Iban(String value) {

    private static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("VA", 22));

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]+");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        value = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw invalid(value, "format incorrect");
        }
        Integer expectedLength = SEPA_LENGTHS.get(value.substring(0, 2));
        if (expectedLength == null) {
            throw new DomainException("IBAN_COUNTRY_NOT_SEPA", "L’IBAN « " + value + " » n’appartient pas à un pays de la zone SEPA.");
        }
        if (value.length() != expectedLength) {
            throw invalid(value, "un IBAN " + value.substring(0, 2) + " compte " + expectedLength + " caractères");
        }
        if (!hasValidKey(value)) {
            throw invalid(value, "clé de contrôle incorrecte");
        }
    }

    public static Iban of(String value) {
        return new Iban(value);
    }

    public String country() {
        return value.substring(0, 2);
    }

    private static boolean hasValidKey(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static DomainException invalid(String value, String why) {
        return new DomainException("INVALID_IBAN", "L’IBAN « " + value + " » est invalide (" + why
                + ") : vérifiez les caractères saisis, en les recopiant depuis votre RIB.");
    }

    /** Country, check digits and last four characters; the rest hidden, grouped by four as on a RIB. */
    public String masked() {
        String hidden = value.substring(0, 4) + "•".repeat(value.length() - 8) + value.substring(value.length() - 4);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hidden.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hidden, i, Math.min(i + 4, hidden.length()));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
