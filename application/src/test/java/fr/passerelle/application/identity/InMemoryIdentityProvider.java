package fr.passerelle.application.identity;

import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.domain.shared.Email;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The identity provider's users of a use-case test: who exists, who is enabled; it can be switched off. */
public final class InMemoryIdentityProvider implements IdentityProvider {

    private final Map<String, Email> emails = new HashMap<>();
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private boolean down;
    private boolean mailServerDown;
    private int deletions;

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public void loseMailServer() {
        mailServerDown = true;
    }

    /** A user the provider knows although Passerelle does not (e.g. created in its console). */
    public String existing(Email email) {
        return create(email, Role.EMPLOYER).subject();
    }

    public Optional<Boolean> enabled(String subject) {
        return Optional.ofNullable(enabled.get(subject));
    }

    public Optional<String> subjectOf(Email email) {
        return emails.entrySet().stream().filter(user -> user.getValue().equals(email)).map(Map.Entry::getKey).findFirst();
    }

    public int users() {
        return emails.size();
    }

    /** How many users were deleted to undo a creation whose Passerelle side failed. */
    public int deletions() {
        return deletions;
    }

    /** Users Passerelle still has accounts for, gone from the provider (e.g. deleted in its console). */
    public void forgetEveryone() {
        emails.clear();
        enabled.clear();
        roles.clear();
    }

    @Override
    public CreatedIdentity register(NewIdentity identity, Password password) {
        return create(identity.email(), identity.role());
    }

    @Override
    public CreatedIdentity invite(NewIdentity identity) {
        return create(identity.email(), identity.role());
    }

    private CreatedIdentity create(Email email, Role role) {
        requireUp();
        if (emails.containsValue(email)) {
            throw new EmailAlreadyRegisteredException(email);
        }
        String subject = UUID.randomUUID().toString();
        emails.put(subject, email);
        enabled.put(subject, true);
        roles.put(subject, role);
        return new CreatedIdentity(subject, !mailServerDown);
    }

    public Optional<Role> roleOf(String subject) {
        return Optional.ofNullable(roles.get(subject));
    }

    @Override
    public void disable(String subject) {
        requireUp();
        enabled.put(subject, false);
    }

    @Override
    public void enable(String subject) {
        requireUp();
        enabled.put(subject, true);
    }

    @Override
    public void deleteAfterFailedCreation(String subject) {
        requireUp();
        deletions++;
        emails.remove(subject);
        enabled.remove(subject);
        roles.remove(subject);
    }

    private void requireUp() {
        if (down) {
            throw new IdentityProviderUnavailableException("switched off by the test", null);
        }
    }
}
