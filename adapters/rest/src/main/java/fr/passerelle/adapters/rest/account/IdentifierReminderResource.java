package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.account.AccountRequests.IdentifierReminderBody;
import fr.passerelle.application.reminder.IdentifierReminderRequest;
import fr.passerelle.application.reminder.RemindIdentifier;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.shared.Siret;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * "Identifiant oublié", public. Whatever exists, a well-formed request gets the same 202 and the same words; the
 * reminder itself, if any, goes by email to the address on file. Only a malformed SIRET or a missing name is refused,
 * which says nothing about any account.
 */
@Path("/api/v1/identifier-reminders")
@Produces(MediaType.APPLICATION_JSON)
class IdentifierReminderResource {

    static final String ANSWER = "Si un compte actif correspond à ce SIRET et à ce nom, son identifiant de connexion vient "
            + "d’être envoyé à l’adresse e-mail de contact enregistrée. Vérifiez votre messagerie, y compris les courriers "
            + "indésirables ; sans nouvelles d’ici une heure, adressez-vous à l’administrateur de votre entreprise.";

    private final RemindIdentifier remind;

    IdentifierReminderResource(RemindIdentifier remind) {
        this.remind = remind;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @PermitAll
    public Response request(IdentifierReminderBody body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        FieldReader reader = new FieldReader();
        Siret siret = reader.required("siret", body.siret(), "Indiquez le SIRET de votre établissement (14 chiffres).", Siret::of);
        String lastName = reader.required("lastName", body.lastName(), "Indiquez votre nom.", String::strip);
        reader.requireNoError();
        remind.remind(new IdentifierReminderRequest(siret, lastName, Optional.ofNullable(body.firstName())));
        return Response.accepted(new Accepted(ANSWER)).build();
    }

    record Accepted(String message) {
    }
}
