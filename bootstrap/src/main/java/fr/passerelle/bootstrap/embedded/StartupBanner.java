package fr.passerelle.bootstrap.embedded;

import fr.passerelle.adapters.keycloak.embedded.EmbeddedMailServer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever ran the embedded defaults where the app is and how to log in. */
@Singleton
class StartupBanner {

    private final boolean embeddedKeycloak;
    private final int httpPort;

    StartupBanner(@ConfigProperty(name = EmbeddedDefaults.EMBEDDED_KEYCLOAK_FLAG, defaultValue = "false") boolean embeddedKeycloak,
                  @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort) {
        this.embeddedKeycloak = embeddedKeycloak;
        this.httpPort = httpPort;
    }

    void print(@Observes StartupEvent started) {
        if (!embeddedKeycloak) {
            return;
        }
        System.out.printf("""

                ============================================================
                 Passerelle est prête : http://localhost:%d/
                 Comptes de démonstration (mot de passe « demo ») :
                   gestionnaire@demo.passerelle.fr  gestionnaire OPCO
                   employeur@demo.passerelle.fr     employeur, Démo Industrie (2 établissements)
                   employeur2@demo.passerelle.fr    employeur, Atelier Petit
                   organisme@demo.passerelle.fr     organisme de formation
                 Keycloak : %s/admin/ (admin / admin)
                 Courriels de démonstration (SMTP localhost:%d), boîte de réception :
                   curl %s/api/user/employeur@demo.passerelle.fr/messages/INBOX
                 Arrêt : Ctrl-C
                ============================================================

                """, httpPort, EmbeddedDefaults.KEYCLOAK_URL, EmbeddedMailServer.DEFAULT_SMTP_PORT,
                EmbeddedDefaults.MAIL_SERVER_API_URL);
    }
}
