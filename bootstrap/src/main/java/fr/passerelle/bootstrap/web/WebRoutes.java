package fr.passerelle.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.adapters.rest.problem.Problem;
import fr.passerelle.adapters.rest.problem.ProblemKind;
import fr.passerelle.application.shared.FileTooLargeException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Routes outside the API: the SPA's runtime settings, its history-routing fallback, and the refusal of announced
 * oversized bodies. Any other unknown route reaches the REST layer, which answers it with a problem document.
 */
@Singleton
class WebRoutes {

    private static final String SPA_ENTRY = "/index.html";
    /** Before the REST layer, which would otherwise answer 404 to a page of the app. */
    private static final int SPA_NAVIGATION_ORDER = -100;
    /** Quarkus refuses a body over quarkus.http.limits.max-body-size at order -2, with an empty 413. */
    private static final int BODY_LIMIT_ORDER = -3;

    private final SpaSettings spaSettings;
    private final ObjectMapper objectMapper;
    private final long maxBodySize;
    private final long maxDocumentSize;

    WebRoutes(SpaSettings spaSettings, ObjectMapper objectMapper,
              @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
              @ConfigProperty(name = "passerelle.documents.max-size") MemorySize maxDocumentSize) {
        this.spaSettings = spaSettings;
        this.objectMapper = objectMapper;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxDocumentSize = maxDocumentSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BODY_LIMIT_ORDER).handler(this::refuseAnnouncedOversizedBody);
        router.get("/spa-config.json").handler(this::spaConfig);
        router.get().order(SPA_NAVIGATION_ORDER).handler(this::spaNavigation);
    }

    /**
     * A body whose Content-Length is over the limit is refused before it is read, with the problem document the
     * contract promises; a client sending {@code Expect: 100-continue} does not even send it.
     */
    private void refuseAnnouncedOversizedBody(RoutingContext context) {
        if (announcedLength(context) <= maxBodySize) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemKind.FILE_TOO_LARGE, FileTooLargeException.over(maxDocumentSize).getMessage(),
                context.normalizedPath());
        context.response()
                .setStatusCode(ProblemKind.FILE_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem));
    }

    private static long announcedLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    private void spaConfig(RoutingContext context) {
        context.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(json(Map.of(
                        "keycloakUrl", spaSettings.keycloakUrl(),
                        "realm", spaSettings.realm(),
                        "clientId", spaSettings.clientId())));
    }

    private void spaNavigation(RoutingContext context) {
        if (isPageOfTheApp(context)) {
            context.reroute(SPA_ENTRY);
        } else {
            context.next();
        }
    }

    /** A browser asking for a page of the app, e.g. after a reload on /dossiers: it gets the SPA's index. */
    private static boolean isPageOfTheApp(RoutingContext context) {
        String path = context.normalizedPath();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return !path.equals("/")
                && !path.equals(SPA_ENTRY)
                && !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && !path.substring(path.lastIndexOf('/')).contains(".")
                && accept != null && accept.contains("text/html");
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }
}
