package fr.passerelle.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "user_account")
class UserAccountEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(unique = true)
    String subject;

    @Column(name = "login_email", nullable = false, unique = true)
    String loginEmail;

    /** Derived by PostgreSQL from the names (a generated column). */
    @Column(name = "display_name", insertable = false, updatable = false)
    String displayName;

    @Column(name = "last_name", nullable = false)
    String lastName;

    @Column(name = "first_name", nullable = false)
    String firstName;

    @Column(name = "contact_email", nullable = false)
    String contactEmail;

    @Column
    String phone;

    @Column(name = "requested_establishment_id")
    UUID requestedEstablishmentId;

    @Column(name = "invited_by")
    UUID invitedBy;

    @Column(name = "password_setup_pending", nullable = false)
    boolean passwordSetupPending;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    String state;

    @Column(name = "preferred_establishment_id")
    UUID preferredEstablishmentId;

    @Version
    long version;
}
