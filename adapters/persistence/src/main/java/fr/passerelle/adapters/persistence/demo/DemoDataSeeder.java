package fr.passerelle.adapters.persistence.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the demo companies, establishments and accounts behind the embedded realm's demo logins, after the
 * migrations ran. The script only inserts what is missing, so it runs at every start and never overwrites a change.
 */
@Singleton
class DemoDataSeeder {

    private static final String SCRIPT = "/demo/demo-data.sql";

    private final boolean enabled;
    private final AgroalDataSource dataSource;

    DemoDataSeeder(@ConfigProperty(name = "passerelle.demo-data.enabled", defaultValue = "false") boolean enabled,
                   AgroalDataSource dataSource) {
        this.enabled = enabled;
        this.dataSource = dataSource;
    }

    void seed(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script());
        } catch (SQLException e) {
            throw new IllegalStateException("The demo data could not be loaded", e);
        }
    }

    private static String script() {
        try (InputStream in = DemoDataSeeder.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
