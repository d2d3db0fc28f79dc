package fr.passerelle.adapters.mail;

import fr.passerelle.application.account.AccountMails;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Account emails over SMTP with Quarkus Mailer, whose server and sender come from {@code quarkus.mailer.*}
 * ({@code QUARKUS_MAILER_*} in production; the embedded mail server otherwise). Plain text: read by anyone, in any client.
 */
@ApplicationScoped
class QuarkusMailerAccountMails implements AccountMails {

    private final Mailer mailer;

    QuarkusMailerAccountMails(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void sendIdentifierReminder(IdentifierReminder reminder) {
        mailer.send(Mail.withText(reminder.to().value(), "Votre identifiant Passerelle", """
                Bonjour %s %s,

                Vous avez demandé à retrouver votre identifiant Passerelle pour l’établissement « %s ».

                Votre identifiant de connexion est : %s

                Connectez-vous avec cette adresse. Si vous avez aussi oublié votre mot de passe, choisissez « Mot de passe
                oublié » sur la page de connexion : un lien pour en choisir un nouveau vous sera envoyé.

                Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre compte n’a pas changé.

                Passerelle
                """.formatted(reminder.name().firstName(), reminder.name().lastName(), reminder.establishmentName(),
                reminder.login().value())));
    }
}
