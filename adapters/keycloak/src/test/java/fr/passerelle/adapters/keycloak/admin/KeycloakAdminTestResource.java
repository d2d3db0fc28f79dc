package fr.passerelle.adapters.keycloak.admin;

import fr.passerelle.adapters.keycloak.embedded.EmbeddedKeycloak;
import fr.passerelle.adapters.keycloak.embedded.SharedKeycloak;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** The module's test Keycloak (port 8181, the Passerelle realm), for the Quarkus tests of the admin adapter. */
public class KeycloakAdminTestResource implements QuarkusTestResourceLifecycleManager {

    private SharedKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        keycloak = new SharedKeycloak();
        EmbeddedKeycloak running = keycloak.current();
        return Map.of(
                "passerelle.keycloak.admin.server-url", running.baseUrl(),
                "passerelle.keycloak.admin.client-secret", EmbeddedKeycloak.API_CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
