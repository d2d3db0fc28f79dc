package fr.passerelle.application.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/** The French emails of notifications: plain text, with the address of the page to open. */
public final class MailTexts {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(PARIS);

    private final String appUrl;

    /** @param appUrl where users open Passerelle, e.g. {@code https://passerelle.example}, without a trailing slash */
    public MailTexts(String appUrl) {
        this.appUrl = Objects.requireNonNull(appUrl).replaceAll("/+$", "");
    }

    String ofNotice(Notice notice) {
        return """
                Bonjour,

                %s

                Pour en voir le détail : %s

                Vous recevez cet e-mail parce que vos préférences de notification le demandent pour ce type
                d’événement ; vous pouvez les changer dans Passerelle, page « Notifications ».

                Passerelle
                """.formatted(notice.text(), appUrl + notice.target().route());
    }

    String unreadAlertSubject(int count) {
        return count == 1 ? "Une notification non lue sur Passerelle" : count + " notifications non lues sur Passerelle";
    }

    String unreadAlert(List<NotificationView> unread) {
        StringBuilder lines = new StringBuilder();
        for (NotificationView notification : unread) {
            lines.append("- ").append(WHEN.format(notification.createdAt())).append(" : ").append(notification.title())
                    .append("\n  ").append(appUrl).append(notification.target().route()).append('\n');
        }
        return """
                Bonjour,

                Ces notifications vous attendent dans Passerelle et n’ont pas encore été lues :

                %s
                Toutes vos notifications : %s/notifications

                Vous recevez cette alerte selon le délai choisi dans vos préférences de notification.

                Passerelle
                """.formatted(lines, appUrl);
    }
}
