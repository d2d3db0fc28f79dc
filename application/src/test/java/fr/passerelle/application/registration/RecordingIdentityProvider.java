package fr.passerelle.application.registration;

import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An identity provider in memory: its users by subject, and switches for the outages and refusals of a real one. */
final class RecordingIdentityProvider implements IdentityProvider {

    final Map<String, NewIdentity> users = new LinkedHashMap<>();
    final List<String> deleted = new ArrayList<>();
    boolean down;
    boolean mailServerDown;

    @Override
    public CreatedIdentity register(NewIdentity identity, Password password) {
        if (down) {
            throw new IdentityProviderUnavailableException("create user: connection refused", null);
        }
        if (users.values().stream().anyMatch(user -> user.email().equals(identity.email()))) {
            throw new EmailAlreadyRegisteredException(identity.email());
        }
        String subject = UUID.randomUUID().toString();
        users.put(subject, identity);
        return new CreatedIdentity(subject, !mailServerDown);
    }

    @Override
    public CreatedIdentity invite(NewIdentity identity) {
        throw new UnsupportedOperationException("Registration never invites");
    }

    @Override
    public void disable(String subject) {
        throw new UnsupportedOperationException("Registration never disables");
    }

    @Override
    public void enable(String subject) {
        throw new UnsupportedOperationException("Registration never enables");
    }

    @Override
    public void deleteAfterFailedCreation(String subject) {
        users.remove(subject);
        deleted.add(subject);
    }
}
