package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Notifications in memory, with who read them; cursors are the index of the next item. */
final class InMemoryNotifications implements Notifications {

    final List<NewNotification> stored = new ArrayList<>();
    private final Map<UUID, Instant> alerted = new HashMap<>();
    private final Map<String, Instant> reads = new HashMap<>();
    private final NotificationPreferences preferences;
    private final NotificationRecipients recipients;

    InMemoryNotifications(NotificationPreferences preferences, NotificationRecipients recipients) {
        this.preferences = preferences;
        this.recipients = recipients;
    }

    @Override
    public boolean add(NewNotification notification) {
        boolean duplicate = stored.stream().anyMatch(existing -> existing.recipient().equals(notification.recipient())
                && existing.eventKey().equals(notification.eventKey()));
        if (!duplicate) {
            stored.add(notification);
        }
        return !duplicate;
    }

    private List<NotificationView> visible(Reader reader) {
        return stored.stream()
                .filter(n -> n.recipient().map(reader.account()::equals).orElse(reader.staff()))
                .sorted(Comparator.comparing(NewNotification::createdAt).reversed())
                .map(n -> view(reader.account(), n))
                .toList();
    }

    private NotificationView view(UserId reader, NewNotification n) {
        return new NotificationView(n.id(), n.type(), n.title(), n.text(), n.target(), n.createdAt(),
                Optional.ofNullable(reads.get(reader.value() + "/" + n.id())));
    }

    @Override
    public Page<NotificationView> of(Reader reader, boolean unreadOnly, PageRequest page) {
        List<NotificationView> all = visible(reader).stream().filter(n -> !unreadOnly || n.readAt().isEmpty()).toList();
        int from = page.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(all.size(), from + page.limit());
        return new Page<>(all.subList(from, to), to < all.size() ? Optional.of(String.valueOf(to)) : Optional.empty());
    }

    @Override
    public long unreadCount(Reader reader) {
        return visible(reader).stream().filter(n -> n.readAt().isEmpty()).count();
    }

    @Override
    public Optional<NotificationView> markRead(Reader reader, UUID id, Instant at) {
        Optional<NotificationView> seen = visible(reader).stream().filter(n -> n.id().equals(id)).findFirst();
        seen.ifPresent(n -> reads.putIfAbsent(reader.account().value() + "/" + id, at));
        return seen.flatMap(n -> visible(reader).stream().filter(again -> again.id().equals(id)).findFirst());
    }

    @Override
    public void markAllRead(Reader reader, Instant at) {
        visible(reader).forEach(n -> reads.putIfAbsent(reader.account().value() + "/" + n.id(), at));
    }

    @Override
    public List<UnreadAlert> dueUnreadAlerts(Instant now, int limit) {
        Map<UserId, List<NotificationView>> due = new LinkedHashMap<>();
        stored.stream().filter(n -> n.recipient().isPresent() && !alerted.containsKey(n.id()))
                .sorted(Comparator.comparing(NewNotification::createdAt))
                .forEach(n -> {
                    UserId recipient = n.recipient().get();
                    Optional<Duration> delay = preferences.of(recipient).unreadAlertDelay();
                    NotificationView view = view(recipient, n);
                    if (view.readAt().isEmpty() && delay.isPresent() && !n.createdAt().plus(delay.get()).isAfter(now)) {
                        due.computeIfAbsent(recipient, r -> new ArrayList<>()).add(view);
                    }
                });
        return due.entrySet().stream()
                .map(entry -> new UnreadAlert(recipients.account(entry.getKey()).orElseThrow(), entry.getValue()))
                .toList();
    }

    @Override
    public void markAlerted(Set<UUID> notifications, Instant at) {
        notifications.forEach(id -> alerted.putIfAbsent(id, at));
    }
}
