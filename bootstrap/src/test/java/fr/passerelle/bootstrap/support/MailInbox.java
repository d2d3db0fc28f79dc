package fr.passerelle.bootstrap.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The test mail server's mailboxes, read through its REST API, waiting a little for what is sent asynchronously. */
public final class MailInbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private MailInbox() {
    }

    /** GreenMail answers 400 for an address that has received nothing yet. */
    public static List<Map<String, Object>> messagesTo(String email) {
        var response = given().get(TestStack.MAIL_API_URL + "/api/user/" + email + "/messages/INBOX");
        if (response.statusCode() == 400 && response.asString().contains("not found")) {
            return List.of();
        }
        return response.then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The raw message (soft line breaks of quoted-printable undone) of the first email to {@code email} with this subject. */
    public static String awaitMessage(String email, String subject) {
        return awaitMessage(email, subject, true);
    }

    /** The raw message of the first email to {@code email}, whatever its subject. */
    public static String awaitAnyMessage(String email) {
        return awaitMessage(email, "", false);
    }

    private static String awaitMessage(String email, String subject, boolean matchSubject) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (Map<String, Object> message : messagesTo(email)) {
                if (!matchSubject || subject.equals(message.get("subject"))) {
                    return ((String) message.get("mimeMessage")).replace("=\r\n", "").replace("=3D", "=");
                }
            }
            pause();
        }
        throw new AssertionError("No email \"" + subject + "\" to " + email + " within " + PATIENCE.toSeconds() + " s");
    }

    public static long count(String email, String subject) {
        return messagesTo(email).stream().filter(message -> subject.equals(message.get("subject"))).count();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
