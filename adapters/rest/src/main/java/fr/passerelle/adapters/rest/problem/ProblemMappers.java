package fr.passerelle.adapters.rest.problem;

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

    static Response problem(ProblemKind kind, UriInfo uri) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, uri.getPath()))
                .build();
    }
}
