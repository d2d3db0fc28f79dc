package fr.passerelle.bootstrap.notification;

import fr.passerelle.bootstrap.support.MailInbox;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.UTF8_TEXT;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Notifications over HTTP: what staff's decisions put in the employer's bell and list, and the email they send; the
 * submissions staff see; marking read, one or all; nobody reaches another's notifications; preferences per user.
 */
@QuarkusTest
class NotificationsApiTest {

    private static long unread(String token) {
        return api(token).get("/api/v1/notifications/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread");
    }

    private static List<Map<String, Object>> unreadItems(String token) {
        return api(token).queryParam("unread", true).queryParam("limit", 200).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> about(List<Map<String, Object>> items, String title) {
        return items.stream().filter(item -> title.equals(item.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("No notification \"" + title + "\" in " + items));
    }

    @Test
    void staff_decisions_reach_the_employers_bell_list_and_mailbox_and_submissions_reach_staff() {
        String employer = TestTokens.employer();
        long before = unread(employer);
        String number = NotificationFlows.submitted();
        about(unreadItems(TestTokens.staff()), "Nouveau dossier déposé : " + number);
        assertThat(unread(employer)).as("the author of a submission is not told of it").isEqualTo(before);

        NotificationFlows.command(TestTokens.staff(), number, "review", null);
        LocalDate due = LocalDate.now().plusDays(30);
        NotificationFlows.command(TestTokens.staff(), number, "request-documents",
                Map.of("types", List.of("QUOTE"), "dueDate", due.toString(), "message", "Merci d’envoyer le devis"));

        assertThat(unread(employer)).isEqualTo(before + 2);
        String requested = "Pièces demandées avant le " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " : dossier " + number;
        Map<String, Object> notification = about(unreadItems(employer), requested);
        assertThat(notification.get("eventType")).isEqualTo("DOCUMENTS_REQUESTED");
        assertThat(notification.get("target")).isEqualTo(Map.of("kind", "DOSSIER", "id", number));
        assertThat((String) notification.get("text")).contains("Soudure TIG", "Merci d’envoyer le devis");
        about(unreadItems(employer), "Dossier " + number + " en instruction");

        String email = MailInbox.awaitMessage(TestStack.EMPLOYER_EMAIL, requested);
        assertThat(email).contains("http://localhost:8080/dossiers/" + number);

        api(employer).post("/api/v1/notifications/" + notification.get("id") + "/read").then().statusCode(200)
                .body("id", equalTo(notification.get("id"))).body("readAt", notNullValue());
        assertThat(unread(employer)).isEqualTo(before + 1);
        api(employer).post("/api/v1/notifications/read-all").then().statusCode(200).body("unread", equalTo(0));
        assertThat(unreadItems(employer)).isEmpty();
        assertThat(MailInbox.count(TestStack.EMPLOYER_EMAIL, requested)).isEqualTo(1);
    }

    @Test
    void a_message_reaches_the_other_sides_bell_and_not_its_author() {
        String number = NotificationFlows.submitted();
        String title = "Nouveau message sur le dossier " + number;

        multipartApi(TestTokens.employer()).multiPart("text", "Une question sur le devis", UTF8_TEXT)
                .post("/api/v1/dossiers/" + number + "/messages").then().statusCode(201);
        Map<String, Object> toStaff = about(unreadItems(TestTokens.staff()), title);
        assertThat(toStaff.get("eventType")).isEqualTo("NEW_MESSAGE");
        assertThat(toStaff.get("target")).isEqualTo(Map.of("kind", "DOSSIER", "id", number));
        assertThat(unreadItems(TestTokens.employer())).noneMatch(item -> title.equals(item.get("title")));

        multipartApi(TestTokens.staff()).multiPart("text", "Le devis est bien reçu.", UTF8_TEXT)
                .post("/api/v1/dossiers/" + number + "/messages").then().statusCode(201);
        about(unreadItems(TestTokens.employer()), title);
    }

    @Test
    void documents_due_within_three_days_are_reminded_once_by_the_scheduled_job() throws InterruptedException {
        String number = NotificationFlows.submitted();
        NotificationFlows.command(TestTokens.staff(), number, "review", null);
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2);
        NotificationFlows.command(TestTokens.staff(), number, "request-documents",
                Map.of("types", List.of("QUOTE"), "dueDate", due.toString(), "message", "Merci"));
        String reminder = "Pièces attendues avant le " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " : dossier " + number;

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (unreadItems(TestTokens.employer()).stream().noneMatch(item -> reminder.equals(item.get("title")))) {
            assertThat(System.nanoTime()).as("the reminder within 20 s").isLessThan(deadline);
            Thread.sleep(250);
        }
        Thread.sleep(3000);

        assertThat(unreadItems(TestTokens.employer()).stream().filter(item -> reminder.equals(item.get("title"))))
                .singleElement().satisfies(item -> assertThat(item.get("eventType")).isEqualTo("DOCUMENTS_DUE_SOON"));
        MailInbox.awaitMessage(TestStack.EMPLOYER_EMAIL, reminder);
        assertThat(MailInbox.count(TestStack.EMPLOYER_EMAIL, reminder)).isEqualTo(1);
    }

    @Test
    void the_list_pages_newest_first_and_keeps_read_ones_unless_asked_for_unread_only() {
        String employer = TestTokens.employer();
        NotificationFlows.command(TestTokens.staff(), NotificationFlows.submitted(), "review", null);
        api(employer).post("/api/v1/notifications/read-all").then().statusCode(200);

        var first = api(employer).queryParam("limit", 1).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].readAt", notNullValue()).extract().jsonPath();
        String second = api(employer).queryParam("limit", 1).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/notifications").then().statusCode(200).extract().path("items[0].createdAt");
        assertThat(second).isLessThanOrEqualTo(first.getString("items[0].createdAt"));
        api(employer).queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items", equalTo(List.of())).body("nextCursor", nullValue());
    }

    @Test
    void nobody_reads_or_marks_another_users_notification() {
        String employer = TestTokens.employer();
        NotificationFlows.command(TestTokens.staff(), NotificationFlows.submitted(), "review", null);
        String id = (String) unreadItems(employer).get(0).get("id");

        api(TestTokens.otherCompanyEmployer()).post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        api(TestTokens.staff()).post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        api(TestTokens.otherCompanyEmployer()).queryParam("limit", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        api(employer).post("/api/v1/notifications/not-a-uuid/read").then().statusCode(404);
        api().get("/api/v1/notifications/unread-count").then().statusCode(401);
        api(TestTokens.withRoles("partner")).get("/api/v1/notifications").then().statusCode(403);
        unreadItems(employer).stream().filter(item -> id.equals(item.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("still unread for its owner"));
    }

    @Test
    void preferences_are_each_users_own_and_refuse_what_is_out_of_range() {
        String other = TestTokens.otherCompanyEmployer();
        api(other).contentType("application/json")
                .body(Map.of("eventTypes", List.of(Map.of("eventType", "DOSSIER_STATUS_CHANGED", "channel", "IN_APP")),
                        "unreadAlertDelayMinutes", 120))
                .put("/api/v1/me/notification-preferences")
                .then().statusCode(200)
                .body("unreadAlertDelayMinutes", equalTo(120))
                .body("eventTypes.find { it.eventType == 'DOSSIER_STATUS_CHANGED' }.channel", equalTo("IN_APP"))
                .body("eventTypes.find { it.eventType == 'DOCUMENTS_REQUESTED' }.channel", equalTo("IN_APP_AND_EMAIL"))
                .body("eventTypes.find { it.eventType == 'NEW_MESSAGE' }.channel", equalTo("IN_APP"));
        api(other).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("unreadAlertDelayMinutes", equalTo(120))
                .body("eventTypes.size()", equalTo(8));

        api(TestTokens.employer()).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("unreadAlertDelayMinutes", nullValue())
                .body("eventTypes.find { it.eventType == 'DOSSIER_STATUS_CHANGED' }.channel", equalTo("IN_APP_AND_EMAIL"));

        malformedRequest(other).contentType("application/json").body(Map.of("eventTypes", List.of(), "unreadAlertDelayMinutes", 5))
                .put("/api/v1/me/notification-preferences")
                .then().statusCode(422).body("code", equalTo("UNREAD_ALERT_DELAY_OUT_OF_RANGE"));
        malformedRequest(other).contentType("application/json").body(Map.of("eventTypes", List.of(Map.of("eventType", "EVERYTHING", "channel", "PIGEON")),
                        "unreadAlertDelayMinutes", 60))
                .put("/api/v1/me/notification-preferences")
                .then().statusCode(422).body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", equalTo(List.of("eventTypes[0].eventType", "eventTypes[0].channel")));
        api(other).get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("unreadAlertDelayMinutes", equalTo(120))
                .body("eventTypes.channel", everyItem(notNullValue()));
    }
}
