package fr.passerelle.application.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox in memory; every row keeps its state so that tests can look at attempts and errors. */
final class InMemoryMailOutbox implements MailOutbox {

    static final class Row {
        final OutgoingMail mail;
        Instant nextAttemptAt;
        int attempts;
        Optional<String> lastError = Optional.empty();
        Optional<Instant> sentAt = Optional.empty();

        Row(OutgoingMail mail) {
            this.mail = mail;
            this.nextAttemptAt = mail.createdAt();
        }
    }

    final List<Row> rows = new ArrayList<>();

    @Override
    public boolean enqueue(OutgoingMail mail) {
        if (rows.stream().anyMatch(row -> row.mail.dedupKey().equals(mail.dedupKey()))) {
            return false;
        }
        return rows.add(new Row(mail));
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Instant leasedUntil) {
        List<Row> claimed = rows.stream().filter(row -> row.sentAt.isEmpty() && !row.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt))
                .limit(limit)
                .toList();
        claimed.forEach(row -> row.nextAttemptAt = leasedUntil);
        return claimed.stream()
                .map(row -> new QueuedMail(row.mail.id(), row.mail.to(), row.mail.subject(), row.mail.body(), row.attempts))
                .toList();
    }

    @Override
    public void markSent(UUID id, Instant at) {
        row(id).sentAt = Optional.of(at);
    }

    @Override
    public void markFailed(UUID id, String error, Instant nextAttemptAt) {
        Row row = row(id);
        row.attempts++;
        row.lastError = Optional.of(error);
        row.nextAttemptAt = nextAttemptAt;
    }

    Row row(UUID id) {
        return rows.stream().filter(row -> row.mail.id().equals(id)).findFirst().orElseThrow();
    }
}
