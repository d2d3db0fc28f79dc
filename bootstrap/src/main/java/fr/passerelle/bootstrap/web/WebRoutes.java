package fr.passerelle.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Routes outside the API: the SPA's runtime settings and its history-routing fallback. Any other unknown route
 * reaches the REST layer, which answers it with a problem document.
 */
@Singleton
class WebRoutes {

    private static final String SPA_ENTRY = "/index.html";
    /** Before the REST layer, which would otherwise answer 404 to a page of the app. */
    private static final int SPA_NAVIGATION_ORDER = -100;

    private final SpaSettings spaSettings;
    private final ObjectMapper objectMapper;

    WebRoutes(SpaSettings spaSettings, ObjectMapper objectMapper) {
        this.spaSettings = spaSettings;
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        router.get("/spa-config.json").handler(this::spaConfig);
        router.get().order(SPA_NAVIGATION_ORDER).handler(this::spaNavigation);
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
