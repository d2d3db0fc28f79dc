package fr.passerelle.application.profile;

import fr.passerelle.application.identity.Caller;

import java.util.Objects;

/**
 * A caller with no account record yet (a partner, or a user before registration) is still answered:
 * they simply reach no establishment.
 */
public final class ViewMyProfileService implements ViewMyProfile {

    private final UserAccounts userAccounts;

    public ViewMyProfileService(UserAccounts userAccounts) {
        this.userAccounts = Objects.requireNonNull(userAccounts);
    }

    @Override
    public MyProfile view(Caller caller) {
        AccountAccess access = userAccounts.accessOf(caller.subject()).orElse(AccountAccess.NONE);
        return new MyProfile(caller, access);
    }
}
