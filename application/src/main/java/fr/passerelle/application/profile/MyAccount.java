package fr.passerelle.application.profile;

import fr.passerelle.application.account.StoredAccount;

import java.util.Objects;

/** The caller's own account as the profile page shows it: what they may change, its version, and their establishments. */
public record MyAccount(StoredAccount account, AccountAccess access) {

    public MyAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(access, "access");
    }
}
