package fr.passerelle.domain.shared;

import java.time.Instant;

/** Something that happened to an aggregate, collected on it until the application layer pulls it. */
public interface DomainEvent {

    UserId by();

    Instant at();
}
