package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.support.MailInbox;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** "Identifiant oublié": public, always the same answer, the login only by email to the contact address on file. */
@QuarkusTest
class IdentifierReminderApiTest {

    private static final String SUBJECT = "Votre identifiant Passerelle";
    private static final String LYON_SIRET = "81234567600009";

    private static Map<String, Object> request(String siret, String lastName, String firstName) {
        Map<String, Object> body = new HashMap<>();
        body.put("siret", siret);
        body.put("lastName", lastName);
        if (firstName != null) {
            body.put("firstName", firstName);
        }
        return body;
    }

    private static String answerTo(Map<String, Object> body) {
        return api().contentType("application/json").body(body).post("/api/v1/identifier-reminders")
                .then().statusCode(202).extract().path("message");
    }

    @Test
    void a_matching_active_account_gets_its_login_at_its_contact_address_and_everyone_gets_the_same_answer() {
        String matching = answerTo(request(LYON_SIRET, "durand", "Emilie"));
        String unknownName = answerTo(request(LYON_SIRET, "Inconnu", null));
        String unknownSiret = answerTo(request("73282932000074", "Durand", null));

        assertThat(matching).contains("Si un compte actif correspond").isEqualTo(unknownName).isEqualTo(unknownSiret);
        String reminder = MailInbox.awaitMessage(TestStack.EMPLOYER_EMAIL, SUBJECT);
        assertThat(reminder).contains("To: " + TestStack.EMPLOYER_EMAIL)
                .contains("Votre identifiant de connexion est : " + TestStack.EMPLOYER_EMAIL);
    }

    @Test
    void a_colleague_of_another_establishment_or_a_suspended_one_receives_nothing() {
        UserApi.Invited suspended = UserApi.inviteLyonViewer();
        api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("reason", "Congé")).post("/api/v1/users/" + suspended.id() + "/suspend").then().statusCode(200);

        answerTo(request(LYON_SIRET, "Martin", "Léa"));
        answerTo(request("81234567600017", "Martin", "Léa"));

        UserApi.Invited active = UserApi.inviteLyonViewer();
        answerTo(request(LYON_SIRET, "MARTIN", "lea"));
        MailInbox.awaitMessage(active.email(), SUBJECT);
        assertThat(MailInbox.count(suspended.email(), SUBJECT)).isZero();
    }

    @Test
    void only_a_malformed_siret_or_a_missing_name_is_refused() {
        api().contentType("application/json").body(request("12345678901234", "", null)).post("/api/v1/identifier-reminders")
                .then().statusCode(422)
                .body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", contains("siret", "lastName"));
    }
}
