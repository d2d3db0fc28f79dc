package fr.passerelle.adapters.keycloak.admin;

import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.identity.IdentityProvider.CreatedIdentity;
import fr.passerelle.application.identity.IdentityProvider.NewIdentity;
import fr.passerelle.application.identity.IdentityProvider.Password;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PersonName;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The adapter against the real Keycloak of the module's tests, whose realm has no mail server: every email Keycloak
 * is asked to send fails, which is how the "created, email not sent" outcome is tested.
 */
@QuarkusTest
@QuarkusTestResource(value = KeycloakAdminTestResource.class, restrictToAnnotatedClass = true)
class KeycloakIdentityProviderTest {

    private static final int REALM_SMTP_PORT = 3025;


    private static final String REALM = "passerelle";
    private static final String CLIENT_ID = "passerelle-api";

    @Inject
    IdentityProvider identityProvider;

    @ConfigProperty(name = "passerelle.keycloak.admin.server-url")
    String serverUrl;

    @ConfigProperty(name = "passerelle.keycloak.admin.client-secret")
    String clientSecret;

    /** A client of its own to look at what the adapter did, so that the adapter does not check itself. */
    private Keycloak observer;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void connectObserver() {
        observer = KeycloakBuilder.builder().serverUrl(serverUrl).realm(REALM).clientId(CLIENT_ID)
                .clientSecret(clientSecret).grantType(OAuth2Constants.CLIENT_CREDENTIALS).build();
    }

    @AfterEach
    void deleteCreatedUsers() {
        created.forEach(subject -> observer.realm(REALM).users().delete(subject).close());
        observer.close();
    }

    @Test
    void a_registration_creates_an_enabled_unverified_user_with_its_password_and_role_who_must_verify_the_email() {
        Email email = uniqueEmail();

        CreatedIdentity identity = track(identityProvider.register(
                new NewIdentity(email, PersonName.of("Durand", "Émilie"), Role.EMPLOYER), new Password("S3cret-passw0rd")));

        UserRepresentation user = user(identity.subject()).toRepresentation();
        assertThat(user.getUsername()).isEqualTo(email.value());
        assertThat(user.getEmail()).isEqualTo(email.value());
        assertThat(user.getFirstName()).isEqualTo("Émilie");
        assertThat(user.getLastName()).isEqualTo("Durand");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).containsExactly("VERIFY_EMAIL");
        assertThat(user(identity.subject()).credentials()).extracting("type").containsExactly("password");
        assertThat(realmRoles(identity.subject())).contains("employer").doesNotContain("training-body");
    }

    /**
     * The realm sends through the embedded mail server (localhost:3025), which this module's tests do not start: the
     * email goes out only when a developer's run command happens to be up.
     */
    @Test
    void a_created_user_stays_created_and_the_result_says_whether_keycloak_could_send_its_email() {
        boolean mailServerUp = accepts(REALM_SMTP_PORT);
        CreatedIdentity registered = track(identityProvider.register(
                new NewIdentity(uniqueEmail(), PersonName.of("Martin", "Paul"), Role.TRAINING_BODY), new Password("pw")));
        CreatedIdentity invited = track(identityProvider.invite(
                new NewIdentity(uniqueEmail(), PersonName.of("Martin", "Lise"), Role.EMPLOYER)));

        assertThat(registered.emailSent()).as("sent through localhost:%d", REALM_SMTP_PORT).isEqualTo(mailServerUp);
        assertThat(invited.emailSent()).as("sent through localhost:%d", REALM_SMTP_PORT).isEqualTo(mailServerUp);
        assertThat(user(registered.subject()).toRepresentation().isEnabled()).isTrue();
        assertThat(user(invited.subject()).toRepresentation().isEnabled()).isTrue();
    }

    @Test
    void the_same_email_again_whatever_its_case_and_spaces_is_reported_as_already_registered_and_creates_nobody() {
        String local = "deja-" + UUID.randomUUID();
        track(identityProvider.register(new NewIdentity(Email.of(local + "@example.org"), PersonName.of("Petit", "Anne"),
                Role.EMPLOYER), new Password("pw")));

        Email sameEmail = Email.of("  " + local.toUpperCase() + "@Example.ORG ");
        EmailAlreadyRegisteredException refused = catchThrowableOfType(EmailAlreadyRegisteredException.class,
                () -> identityProvider.invite(new NewIdentity(sameEmail, PersonName.of("Petit", "Anne"), Role.EMPLOYER)));

        assertThat(refused.email()).isEqualTo(Email.of(local + "@example.org"));
        assertThat(refused.getMessage()).startsWith("Un compte existe déjà pour l’adresse " + local + "@example.org.");
        assertThat(observer.realm(REALM).users().searchByEmail(local + "@example.org", true)).hasSize(1);
    }

    @Test
    void an_invitation_creates_a_user_without_password_who_must_set_one_and_verify_the_email() {
        CreatedIdentity identity = track(identityProvider.invite(
                new NewIdentity(uniqueEmail(), PersonName.of("Bernard", "Luc"), Role.TRAINING_BODY)));

        UserRepresentation user = user(identity.subject()).toRepresentation();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(user(identity.subject()).credentials()).isEmpty();
        assertThat(realmRoles(identity.subject())).contains("training-body").doesNotContain("employer");
    }

    @Test
    void disabling_then_enabling_flips_whether_the_user_may_log_in_and_keeps_the_rest() {
        CreatedIdentity identity = track(identityProvider.invite(
                new NewIdentity(uniqueEmail(), PersonName.of("Roux", "Jean"), Role.EMPLOYER)));

        identityProvider.disable(identity.subject());
        UserRepresentation disabled = user(identity.subject()).toRepresentation();
        identityProvider.enable(identity.subject());
        UserRepresentation enabled = user(identity.subject()).toRepresentation();

        assertThat(disabled.isEnabled()).isFalse();
        assertThat(enabled.isEnabled()).isTrue();
        assertThat(enabled.getLastName()).isEqualTo("Roux");
        assertThat(enabled.getRequiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
    }

    @Test
    void deleting_after_a_failed_creation_removes_the_user_and_may_be_repeated() {
        Email email = uniqueEmail();
        CreatedIdentity identity = identityProvider.invite(
                new NewIdentity(email, PersonName.of("Blanc", "Rose"), Role.EMPLOYER));

        identityProvider.deleteAfterFailedCreation(identity.subject());
        identityProvider.deleteAfterFailedCreation(identity.subject());

        assertThat(observer.realm(REALM).users().searchByEmail(email.value(), true)).isEmpty();
    }

    @Test
    void a_keycloak_that_cannot_be_reached_is_reported_as_unavailable_at_once() {
        IdentityProvider unreachable = new KeycloakIdentityProvider(new KeycloakIdentityProvider.Settings(
                "http://localhost:1", REALM, CLIENT_ID, clientSecret, Duration.ofSeconds(5)));
        NewIdentity identity = new NewIdentity(uniqueEmail(), PersonName.of("Noir", "Max"), Role.EMPLOYER);
        long start = System.nanoTime();

        assertThatThrownBy(() -> unreachable.register(identity, new Password("pw")))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessage("Le service d’authentification est momentanément indisponible. Réessayez dans quelques minutes.");
        assertThatThrownBy(() -> unreachable.disable(UUID.randomUUID().toString()))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_keycloak_that_accepts_the_connection_but_does_not_answer_is_reported_as_unavailable_after_the_timeout()
            throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            IdentityProvider hanging = new KeycloakIdentityProvider(new KeycloakIdentityProvider.Settings(
                    "http://127.0.0.1:" + silent.getLocalPort(), REALM, CLIENT_ID, clientSecret, Duration.ofSeconds(1)));
            long start = System.nanoTime();

            assertThatThrownBy(() -> hanging.enable(UUID.randomUUID().toString()))
                    .isInstanceOf(IdentityProviderUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void a_wrong_client_secret_is_reported_as_unavailable_not_as_a_user_error() {
        IdentityProvider misconfigured = new KeycloakIdentityProvider(new KeycloakIdentityProvider.Settings(
                serverUrl, REALM, CLIENT_ID, "not-the-secret", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> misconfigured.invite(
                new NewIdentity(uniqueEmail(), PersonName.of("Gris", "Léa"), Role.EMPLOYER)))
                .isInstanceOf(IdentityProviderUnavailableException.class);
    }

    private static Email uniqueEmail() {
        return Email.of("idp-" + UUID.randomUUID() + "@example.org");
    }

    private CreatedIdentity track(CreatedIdentity identity) {
        created.add(identity.subject());
        return identity;
    }

    private UserResource user(String subject) {
        return observer.realm(REALM).users().get(subject);
    }

    private List<String> realmRoles(String subject) {
        return user(subject).roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).toList();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
