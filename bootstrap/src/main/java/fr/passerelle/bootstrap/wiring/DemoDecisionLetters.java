package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.dossier.DecisionLetterBackfill;
import fr.passerelle.domain.dossier.DossierNumber;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The letters of the demo dossiers decided in the demo data (granted 900000007, refused 900000008, see
 * demo/demo-data.sql), written once the demo data is loaded, so that the letter screens are not empty on first run.
 */
@Singleton
class DemoDecisionLetters {

    private static final List<DossierNumber> DECIDED_DEMO_DOSSIERS = List.of(DossierNumber.of("900000007"), DossierNumber.of("900000008"));

    private final boolean enabled;
    private final DecisionLetterBackfill backfill;

    DemoDecisionLetters(@ConfigProperty(name = "passerelle.demo-data.enabled", defaultValue = "false") boolean enabled,
                        DecisionLetterBackfill backfill) {
        this.enabled = enabled;
        this.backfill = backfill;
    }

    /** After the demo data seeder, which observes the same event at the default priority. */
    void write(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent started) {
        if (enabled) {
            backfill.backfill(DECIDED_DEMO_DOSSIERS);
        }
    }
}
