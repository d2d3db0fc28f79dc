package fr.passerelle.adapters.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** The OPCO's name and postal address, printed at the top of every document Passerelle issues. */
@ApplicationScoped
class Letterhead {

    private final String name;
    private final List<String> address;

    Letterhead(@ConfigProperty(name = "passerelle.opco.name") String name,
               @ConfigProperty(name = "passerelle.opco.address") List<String> address) {
        this.name = name;
        this.address = List.copyOf(address);
    }

    String name() {
        return name;
    }

    List<String> address() {
        return address;
    }
}
