package fr.passerelle.application.notification;

/** Outbound port: hands an email to the mail server. */
public interface MailSender {

    /**
     * Returns once the server accepted it.
     *
     * @throws MailNotSentException when the server is unreachable or refused it
     */
    void send(QueuedMail mail);

    final class MailNotSentException extends RuntimeException {
        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
