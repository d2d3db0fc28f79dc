package fr.passerelle.application.shared;

import java.time.Instant;

/** Outbound port: the current instant, so that use cases and their tests agree on what "now" is. */
public interface Clock {

    Instant now();
}
