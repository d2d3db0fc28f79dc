package fr.passerelle.adapters.rest.notification;

import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.notification.MyNotifications;
import fr.passerelle.application.notification.NotificationView;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's notifications: the list, the bell's count, marking read. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
class NotificationResource {

    private final MyNotifications notifications;
    private final JsonWebToken token;

    NotificationResource(MyNotifications notifications, JsonWebToken token) {
        this.notifications = notifications;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public NotificationPage list(@QueryParam("unread") boolean unreadOnly, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        Page<NotificationView> page = notifications.list(TokenCaller.from(token), unreadOnly, Pages.request(limit, cursor));
        return new NotificationPage(page.items().stream().map(NotificationResponse::from).toList(), page.nextCursor().orElse(null));
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(TokenCaller.from(token)));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public NotificationResponse markRead(@PathParam("id") String id) {
        return NotificationResponse.from(notifications.markRead(TokenCaller.from(token), parse(id)));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public UnreadCount markAllRead() {
        return new UnreadCount(notifications.markAllRead(TokenCaller.from(token)));
    }

    /** A malformed id names no notification: the same 404 as someone else's. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException("Cette notification n’existe pas ou ne vous est pas destinée.");
        }
    }

    record NotificationPage(List<NotificationResponse> items, String nextCursor) {
    }

    record UnreadCount(long unread) {
    }

    record Target(String kind, String id) {
    }

    record NotificationResponse(UUID id, String eventType, String title, String text, Instant createdAt, Instant readAt,
                                Target target) {

        static NotificationResponse from(NotificationView view) {
            return new NotificationResponse(view.id(), view.type().name(), view.title(), view.text(), view.createdAt(),
                    view.readAt().orElse(null), new Target(view.target().kind().name(), view.target().id()));
        }
    }
}
