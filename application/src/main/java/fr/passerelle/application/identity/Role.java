package fr.passerelle.application.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles Passerelle knows. Any other role carried by a token is ignored. */
public enum Role {
    EMPLOYER(Names.EMPLOYER),
    TRAINING_BODY(Names.TRAINING_BODY),
    OPCO_STAFF(Names.OPCO_STAFF),
    PARTNER(Names.PARTNER);

    /** The realm role names as constants, for security annotations that need them at compile time. */
    public static final class Names {
        public static final String EMPLOYER = "employer";
        public static final String TRAINING_BODY = "training-body";
        public static final String OPCO_STAFF = "opco-staff";
        public static final String PARTNER = "partner";

        private Names() {
        }
    }

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    public String realmName() {
        return realmName;
    }

    public static Optional<Role> fromRealmName(String realmName) {
        return Arrays.stream(values()).filter(role -> role.realmName.equals(realmName)).findFirst();
    }
}
