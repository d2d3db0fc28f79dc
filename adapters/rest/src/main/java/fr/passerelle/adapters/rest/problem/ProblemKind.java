package fr.passerelle.adapters.rest.problem;

import java.util.Arrays;
import java.util.Locale;

/**
 * The errors the API answers outside of business rules, each with its stable code, status and French wording.
 * The enum constant's name is the code clients rely on: never rename one.
 */
public enum ProblemKind {
    MALFORMED_REQUEST(400, "Requête invalide", "La requête est mal formée."),
    UNAUTHENTICATED(401, "Authentification requise",
            "Vous n'êtes pas connecté ou votre session a expiré. Reconnectez-vous pour continuer."),
    FORBIDDEN(403, "Accès refusé", "Votre profil ne permet pas cette opération."),
    ACCOUNT_NOT_ACTIVE(403, "Compte inactif",
            "Votre compte n'est pas actif : consultez sa situation sur la page « Mon compte »."),
    NOT_FOUND(404, "Ressource introuvable", "Cette ressource n'existe pas ou ne vous est pas accessible."),
    METHOD_NOT_ALLOWED(405, "Méthode non autorisée", "Cette opération n'est pas possible sur cette ressource."),
    NOT_ACCEPTABLE(406, "Format non disponible", "Cette ressource n'est pas disponible dans le format demandé."),
    CONCURRENT_UPDATE(409, "Modification concurrente",
            "Une autre modification vient d'être enregistrée : rechargez la ressource avant de recommencer."),
    PRECONDITION_FAILED(412, "Version périmée",
            "La ressource a changé depuis votre lecture : rechargez-la avant de recommencer."),
    FILE_TOO_LARGE(413, "Fichier trop volumineux", "Ce fichier dépasse la taille maximale acceptée."),
    UNSUPPORTED_FILE_TYPE(415, "Type de fichier refusé",
            "Ce fichier n'est pas d'un format accepté : PDF, PNG, JPEG, DOCX, XLSX, ODT ou CSV."),
    INVALID_CONTENT(422, "Contenu invalide", "Certaines valeurs saisies ne sont pas valides."),
    UNSUPPORTED_MEDIA_TYPE(415, "Format non pris en charge", "Le format du contenu envoyé n'est pas pris en charge."),
    // Accounts and the identity provider (issue 5).
    EMAIL_ALREADY_REGISTERED(409, "Adresse déjà utilisée",
            "Un compte existe déjà pour cette adresse e-mail : connectez-vous avec elle, ou choisissez « Mot de passe oublié »."),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "Service d'authentification indisponible",
            "Le service d'authentification est momentanément indisponible. Réessayez dans quelques minutes."),
    INTERNAL_ERROR(500, "Erreur interne",
            "Une erreur inattendue est survenue. Réessayez dans quelques instants ; si elle persiste, contactez l'assistance.");

    private static final String TYPE_BASE = "https://passerelle.example/problems/";

    private final int status;
    private final String title;
    private final String defaultDetail;

    ProblemKind(int status, String title, String defaultDetail) {
        this.status = status;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return defaultDetail;
    }

    public String typeUri() {
        return TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind for an HTTP status raised by the framework itself; unknown client errors read as malformed requests. */
    public static ProblemKind forStatus(int status) {
        return Arrays.stream(values())
                .filter(kind -> kind.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }
}
