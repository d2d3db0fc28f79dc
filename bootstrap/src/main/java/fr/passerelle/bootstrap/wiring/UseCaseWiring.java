package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.profile.UserAccounts;
import fr.passerelle.application.profile.ViewMyProfile;
import fr.passerelle.application.profile.ViewMyProfileService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the use cases of the application layer from the adapters that implement their ports. */
class UseCaseWiring {

    @Produces
    @Singleton
    ViewMyProfile viewMyProfile(UserAccounts userAccounts) {
        return TransactionBoundary.around(ViewMyProfile.class, new ViewMyProfileService(userAccounts));
    }
}
