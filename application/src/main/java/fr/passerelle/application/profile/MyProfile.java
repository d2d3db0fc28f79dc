package fr.passerelle.application.profile;

import fr.passerelle.application.identity.Caller;

/** The caller as they see themselves: who the identity provider says they are, and what they may reach. */
public record MyProfile(Caller caller, AccountAccess access) {
}
