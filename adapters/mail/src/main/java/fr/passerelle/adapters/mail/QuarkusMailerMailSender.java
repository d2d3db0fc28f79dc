package fr.passerelle.adapters.mail;

import fr.passerelle.application.notification.MailSender;
import fr.passerelle.application.notification.QueuedMail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's emails over SMTP with Quarkus Mailer ({@code quarkus.mailer.*}). Each email's Message-ID is made
 * from its outbox id, so that an email sent again after a crash (between the server's acceptance and the outbox
 * marking it sent) carries the same Message-ID as the first and can be recognised as the same message.
 */
@ApplicationScoped
class QuarkusMailerMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(QuarkusMailerMailSender.class);

    private final Mailer mailer;

    QuarkusMailerMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(QueuedMail mail) {
        try {
            mailer.send(Mail.withText(mail.to().value(), mail.subject(), mail.body())
                    .addHeader("Message-ID", "<" + mail.id() + "@notifications.passerelle>"));
        } catch (RuntimeException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            LOG.warnf("Email %s not sent, it stays in the outbox: %s", mail.id(), cause.toString());
            throw new MailNotSentException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), failure);
        }
    }
}
