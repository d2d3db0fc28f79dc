package fr.passerelle.adapters.rest.registration;

import fr.passerelle.application.registration.Register;
import fr.passerelle.application.registration.Registration;
import fr.passerelle.application.registration.RegistrationReceipt;
import fr.passerelle.application.shared.MalformedInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Public self-registration: the only API call that needs no token, since its caller has no account yet. */
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
class RegistrationResource {

    static final String EMAIL_SENT = "Votre compte est créé. Consultez votre boîte mail : cliquez sur le lien que nous "
            + "venons de vous envoyer pour confirmer votre adresse, puis connectez-vous.";
    static final String EMAIL_NOT_SENT = "Votre compte est créé, mais l’e-mail de confirmation n’a pas pu être envoyé. "
            + "Connectez-vous avec votre adresse et votre mot de passe : la page de connexion vous proposera de le renvoyer.";

    private final Registration registration;

    RegistrationResource(Registration registration) {
        this.registration = registration;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response register(NewRegistration body) {
        if (body == null) {
            throw new MalformedInputException("Le corps de la requête doit décrire l’inscription.");
        }
        List<String> sirets = body.establishments() == null ? List.of()
                : body.establishments().stream().map(establishment -> establishment == null ? null : establishment.siret()).toList();
        RegistrationReceipt receipt = registration.register(new Register(body.email(), body.firstName(), body.lastName(),
                body.phone(), body.password(), sirets));
        return Response.status(Response.Status.CREATED)
                .entity(new Registered(receipt.accountId().value(), receipt.login().value(), receipt.status().name(),
                        receipt.verificationEmailSent(), receipt.verificationEmailSent() ? EMAIL_SENT : EMAIL_NOT_SENT))
                .build();
    }

    record NewRegistration(String email, String firstName, String lastName, String phone, String password,
                           List<RequestedSiret> establishments) {

        /** The password never shows in a log. */
        @Override
        public String toString() {
            return "NewRegistration[email=" + email + ", establishments=" + establishments + "]";
        }
    }

    record RequestedSiret(String siret) {
    }

    record Registered(UUID accountId, String email, String status, boolean verificationEmailSent, String nextStep) {
    }
}
