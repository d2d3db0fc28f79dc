package fr.passerelle.adapters.keycloak.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import io.quarkus.rest.client.reactive.jackson.runtime.serialisers.ClientJacksonMessageBodyWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.jackson.JacksonBasicMessageBodyReader;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The identity provider port on Keycloak's admin REST API, as the service account of the confidential client
 * {@code passerelle-api} (client credentials; realm-management manage-users, view-users, query-users).
 *
 * <p>A failure to reach Keycloak, a timeout, a 5xx, a 401 or a 403 becomes an
 * {@link IdentityProviderUnavailableException}; the 409 of a taken email an {@link EmailAlreadyRegisteredException};
 * any other answer, a request Keycloak finds wrong, is a bug and an {@link IllegalStateException}. A creation that
 * fails after the user was created deletes the user before throwing, so that no half-created user stays in Keycloak.
 *
 * <p>Built on the Quarkus admin client (quarkus-keycloak-admin-rest-client), which runs on the application's REST
 * client and Vert.x instead of bringing RESTEasy Classic beside Quarkus REST; it only works inside a running Quarkus
 * application, so the tests of this class are Quarkus tests.
 */
@ApplicationScoped
class KeycloakIdentityProvider implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityProvider.class);

    private static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private final Keycloak keycloak;
    private final String realm;

    @Inject
    KeycloakIdentityProvider(
            @ConfigProperty(name = "passerelle.keycloak.admin.server-url") String serverUrl,
            @ConfigProperty(name = "passerelle.keycloak.admin.realm", defaultValue = "passerelle") String realm,
            @ConfigProperty(name = "passerelle.keycloak.admin.client-id", defaultValue = "passerelle-api") String clientId,
            @ConfigProperty(name = "passerelle.keycloak.admin.client-secret") String clientSecret,
            @ConfigProperty(name = "passerelle.keycloak.admin.timeout", defaultValue = "5s") Duration timeout) {
        this(new Settings(serverUrl, realm, clientId, clientSecret, timeout));
    }

    KeycloakIdentityProvider(Settings settings) {
        this.realm = settings.realm();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl())
                .realm(settings.realm())
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .resteasyClient(httpClient(settings.timeout()))
                .build();
    }

    /**
     * The client the Quarkus extension would build, plus timeouts: without them a Keycloak that accepts connections
     * but does not answer would hold the registering user for minutes. The JSON mapping is the extension's own
     * (nulls left out, unknown fields ignored, so that a newer Keycloak does not break us), with its priorities.
     */
    private static Client httpClient(Duration timeout) {
        ObjectMapper mapper = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return ClientBuilder.newBuilder()
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .register(new JacksonBasicMessageBodyReader(mapper), Priorities.USER - 100)
                .register(new ClientJacksonMessageBodyWriter(mapper), Priorities.USER + 100)
                .build();
    }

    @Override
    public CreatedIdentity register(NewIdentity identity, Password password) {
        UserRepresentation user = user(identity);
        user.setCredentials(List.of(password(password)));
        user.setRequiredActions(List.of(VERIFY_EMAIL));
        String subject = create(identity, user);
        boolean emailSent = sendEmail(subject, "verification", () -> users().get(subject).sendVerifyEmail());
        return new CreatedIdentity(subject, emailSent);
    }

    @Override
    public CreatedIdentity invite(NewIdentity identity) {
        UserRepresentation user = user(identity);
        List<String> actions = List.of(UPDATE_PASSWORD, VERIFY_EMAIL);
        user.setRequiredActions(actions);
        String subject = create(identity, user);
        boolean emailSent = sendEmail(subject, "invitation", () -> users().get(subject).executeActionsEmail(actions));
        return new CreatedIdentity(subject, emailSent);
    }

    @Override
    public void disable(String subject) {
        setEnabled(subject, false);
    }

    @Override
    public void enable(String subject) {
        setEnabled(subject, true);
    }

    @Override
    public void deleteAfterFailedCreation(String subject) {
        call("delete user " + subject, () -> {
            try (Response response = users().delete(subject)) {
                int status = response.getStatus();
                if (status != 204 && status != 404) {
                    throw new WebApplicationException(response);
                }
                return null;
            }
        });
    }

    private static UserRepresentation user(NewIdentity identity) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(identity.email().value());
        user.setEmail(identity.email().value());
        user.setFirstName(identity.name().firstName());
        user.setLastName(identity.name().lastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        return user;
    }

    private static CredentialRepresentation password(Password password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password.value());
        credential.setTemporary(false);
        return credential;
    }

    /** Creates the user and grants its role; if the role cannot be granted, the user is deleted again. */
    private String create(NewIdentity identity, UserRepresentation user) {
        String subject = call("create user " + identity.email(), () -> {
            try (Response response = users().create(user)) {
                if (response.getStatus() == 409) {
                    return null;
                }
                if (response.getStatus() != 201) {
                    throw new WebApplicationException(response);
                }
                return lastSegment(response.getLocation());
            }
        });
        if (subject == null) {
            throw new EmailAlreadyRegisteredException(identity.email());
        }
        try {
            grantRole(subject, identity.role().realmName());
        } catch (RuntimeException e) {
            undoCreation(subject, e);
            throw e;
        }
        return subject;
    }

    /**
     * Reading a role by its name needs view-realm, which the service account has no reason to hold; the roles
     * available to the user are readable with the user rights it has, and are exactly those it may grant.
     */
    private void grantRole(String subject, String roleName) {
        call("grant role " + roleName + " to " + subject, () -> {
            RoleScopeResource realmRoles = users().get(subject).roles().realmLevel();
            RoleRepresentation role = realmRoles.listAvailable().stream()
                    .filter(available -> available.getName().equals(roleName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The realm " + realm + " has no role " + roleName
                            + " that its service account may grant"));
            realmRoles.add(List.of(role));
            return null;
        });
    }

    private void undoCreation(String subject, RuntimeException failure) {
        try {
            deleteAfterFailedCreation(subject);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.errorf("Keycloak user %s was created but could neither get its role nor be deleted: delete it by hand", subject);
        }
    }

    /**
     * Asks Keycloak to send an email to a user just created. A failure does not undo the creation: Keycloak
     * answers 500 when it has no mail server or its mail server refuses the message, and the user, who exists and
     * is complete, can have the email sent again later; so it is logged and reported as an email not sent.
     */
    private boolean sendEmail(String subject, String kind, Runnable send) {
        try {
            call("send the " + kind + " email to " + subject, () -> {
                send.run();
                return null;
            });
            return true;
        } catch (IdentityProviderUnavailableException | IllegalStateException e) {
            String reason = e instanceof IdentityProviderUnavailableException unavailable ? unavailable.reason() : e.getMessage();
            LOG.warnf(e.getCause(), "Keycloak user %s was created, but its %s email could not be sent (%s)", subject, kind, reason);
            return false;
        }
    }

    private void setEnabled(String subject, boolean enabled) {
        call((enabled ? "enable" : "disable") + " user " + subject, () -> {
            UserResource resource = users().get(subject);
            // The full representation goes back: a partial one would be validated as a user without email or names.
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private UsersResource users() {
        return realm().users();
    }

    private static String lastSegment(URI location) {
        String path = Objects.requireNonNull(location, "Keycloak answered 201 without a Location").getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Runs one exchange with Keycloak. Connection failures, timeouts and 5xx are Keycloak being unavailable; so are
     * 401 and 403, which mean that Passerelle's own client is misconfigured: nothing the user can fix either.
     * A 404 on a user Passerelle knows is an inconsistency between the two sides, a bug, not an outage.
     */
    private static <T> T call(String what, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw new IdentityProviderUnavailableException(what + ": Keycloak answered " + status, e);
            }
            throw new IllegalStateException("Keycloak refused to " + what + " with status " + status, e);
        } catch (ProcessingException e) {
            throw new IdentityProviderUnavailableException(what + ": Keycloak could not be reached (" + e.getMessage() + ")", e);
        }
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    /** Where and as whom to reach Keycloak's admin API. */
    record Settings(String serverUrl, String realm, String clientId, String clientSecret, Duration timeout) {

        Settings {
            Objects.requireNonNull(serverUrl, "passerelle.keycloak.admin.server-url");
            Objects.requireNonNull(realm, "passerelle.keycloak.admin.realm");
            Objects.requireNonNull(clientId, "passerelle.keycloak.admin.client-id");
            Objects.requireNonNull(clientSecret, "passerelle.keycloak.admin.client-secret");
            Objects.requireNonNull(timeout, "passerelle.keycloak.admin.timeout");
        }
    }
}
