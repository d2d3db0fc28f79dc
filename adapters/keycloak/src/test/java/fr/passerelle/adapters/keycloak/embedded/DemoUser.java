package fr.passerelle.adapters.keycloak.embedded;

/** The demo accounts of passerelle-realm.json; the application's demo data refers to them by these ids. */
enum DemoUser {

    GESTIONNAIRE("5a55e12e-0000-4000-8000-000000000001", "gestionnaire@demo.passerelle.fr",
            "Gabriel", "Lefèvre", "opco-staff"),
    EMPLOYEUR("5a55e12e-0000-4000-8000-000000000002", "employeur@demo.passerelle.fr",
            "Émilie", "Durand", "employer"),
    EMPLOYEUR2("5a55e12e-0000-4000-8000-000000000003", "employeur2@demo.passerelle.fr",
            "Marc", "Petit", "employer"),
    ORGANISME("5a55e12e-0000-4000-8000-000000000004", "organisme@demo.passerelle.fr",
            "Odile", "Bernard", "training-body");

    static final String PASSWORD = "demo";

    final String id;
    final String email;
    final String firstName;
    final String lastName;
    final String realmRole;

    DemoUser(String id, String email, String firstName, String lastName, String realmRole) {
        this.id = id;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.realmRole = realmRole;
    }
}
