package fr.passerelle.domain.shared;

/** Checks on free text typed by users. */
public final class Text {

    private Text() {
    }

    public static String requireNonBlank(String value, String code, String message) {
        if (value == null || value.isBlank()) {
            throw new DomainException(code, message);
        }
        return value.strip();
    }

    public static String requireReason(String reason) {
        return requireNonBlank(reason, "REASON_REQUIRED", "Un motif est obligatoire.");
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
