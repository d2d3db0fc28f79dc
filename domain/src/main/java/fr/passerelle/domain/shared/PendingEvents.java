package fr.passerelle.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate raised since they were last pulled. */
public final class PendingEvents<E extends DomainEvent> {

    private final List<E> events = new ArrayList<>();

    public void raise(E event) {
        events.add(event);
    }

    public List<E> peek() {
        return List.copyOf(events);
    }

    public List<E> pull() {
        List<E> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
