package fr.passerelle.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(nullable = false)
    String state;

    @Column(name = "preferred_establishment_id")
    UUID preferredEstablishmentId;

    @Version
    long version;
}
