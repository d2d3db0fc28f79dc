package fr.passerelle.application.account;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.Optional;

/** Outbound port: every user account, with its links to establishments, its history and an optimistic version. */
public interface Accounts {

    Optional<StoredAccount> find(UserId id);

    /** The account whose login is this email; logins are unique, case and spaces aside. */
    Optional<StoredAccount> findByLogin(Email login);

    /** Stores a new account at version 0, known to the identity provider as {@code subject}. */
    StoredAccount add(UserAccountSnapshot account, String subject);

    /** The account speaks for the training body of this SIRET from now on ({@code training_body_account}). */
    void linkToTrainingBody(UserId account, Siret trainingBody);

    /** The training body the account speaks for, if it is a training body's account. */
    Optional<Siret> trainingBodyOf(UserId account);

    /**
     * Stores the account's new state, links included, provided it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when another command changed it meanwhile
     */
    StoredAccount update(UserAccountSnapshot account, long expectedVersion);
}
