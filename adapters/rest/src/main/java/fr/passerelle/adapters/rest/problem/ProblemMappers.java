package fr.passerelle.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.shared.AccountNotActiveException;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.FileTooLargeException;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.shared.DomainException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into a problem document, never a stack trace. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(problem(ProblemKind.UNAUTHENTICATED, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"passerelle\"")
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    Response forbidden(UriInfo uri) {
        return problem(ProblemKind.FORBIDDEN, uri);
    }

    @ServerExceptionMapper(AccountNotActiveException.class)
    Response accountNotActive(AccountNotActiveException exception, UriInfo uri) {
        return problem(ProblemKind.ACCOUNT_NOT_ACTIVE, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(EmailAlreadyRegisteredException.class)
    Response emailTaken(EmailAlreadyRegisteredException exception, UriInfo uri) {
        return problem(ProblemKind.EMAIL_ALREADY_REGISTERED, exception.getMessage(), uri);
    }

    /** Nothing was created on either side: the same request may simply be sent again later. */
    @ServerExceptionMapper(IdentityProviderUnavailableException.class)
    Response identityProviderUnavailable(IdentityProviderUnavailableException exception, UriInfo uri) {
        LOG.warnf("Identity provider unavailable: %s", exception.reason());
        return Response.fromResponse(problem(ProblemKind.IDENTITY_PROVIDER_UNAVAILABLE, exception.getMessage(), uri))
                .header(HttpHeaders.RETRY_AFTER, "60")
                .build();
    }

    @ServerExceptionMapper(ResourceNotFoundException.class)
    Response notFound(ResourceNotFoundException exception, UriInfo uri) {
        return problem(ProblemKind.NOT_FOUND, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(VersionMismatchException.class)
    Response stale(VersionMismatchException exception, UriInfo uri) {
        return problem(ProblemKind.PRECONDITION_FAILED, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(ConcurrentUpdateException.class)
    Response concurrent(ConcurrentUpdateException exception, UriInfo uri) {
        return problem(ProblemKind.CONCURRENT_UPDATE, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(FileTooLargeException.class)
    Response tooLarge(FileTooLargeException exception, UriInfo uri) {
        return problem(ProblemKind.FILE_TOO_LARGE, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(UnsupportedFileTypeException.class)
    Response unsupportedFileType(UnsupportedFileTypeException exception, UriInfo uri) {
        return problem(ProblemKind.UNSUPPORTED_FILE_TYPE, exception.getMessage(), uri);
    }

    @ServerExceptionMapper(MalformedInputException.class)
    Response malformed(MalformedInputException exception, UriInfo uri) {
        return problem(ProblemKind.MALFORMED_REQUEST, exception.getMessage(), uri);
    }

    // Accounts and the identity provider (issue 5): nothing was created or changed on either side.
    @ServerExceptionMapper(JsonProcessingException.class)
    Response unreadableJson(UriInfo uri) {
        return problem(ProblemKind.MALFORMED_REQUEST, "Le corps de la requête n'est pas un JSON valide pour cette opération.", uri);
    }

    @ServerExceptionMapper(InvalidFieldsException.class)
    Response invalidFields(InvalidFieldsException exception, UriInfo uri) {
        return Response.status(ProblemKind.INVALID_CONTENT.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemKind.INVALID_CONTENT, uri.getPath()).withErrors(exception.errors()))
                .build();
    }

    @ServerExceptionMapper(DomainException.class)
    Response businessRule(DomainException exception, UriInfo uri) {
        Problem problem = DomainProblems.problemOf(exception, uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper(WebApplicationException.class)
    Response framework(WebApplicationException exception, UriInfo uri) {
        ProblemKind kind = ProblemKind.forStatus(exception.getResponse().getStatus());
        if (kind == ProblemKind.INTERNAL_ERROR) {
            LOG.error("Unexpected server error", exception);
        }
        return problem(kind, uri);
    }

    @ServerExceptionMapper(Throwable.class)
    Response unexpected(Throwable exception, UriInfo uri) {
        LOG.error("Unexpected server error", exception);
        return problem(ProblemKind.INTERNAL_ERROR, uri);
    }

    static Response problem(ProblemKind kind, String detail, UriInfo uri) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, detail, uri.getPath()))
                .build();
    }

    static Response problem(ProblemKind kind, UriInfo uri) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, uri.getPath()))
                .build();
    }
}
