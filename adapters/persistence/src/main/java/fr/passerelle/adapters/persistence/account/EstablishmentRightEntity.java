package fr.passerelle.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "establishment_right")
@IdClass(EstablishmentRightEntity.Key.class)
class EstablishmentRightEntity extends PanacheEntityBase {

    @Id
    @Column(name = "user_account_id")
    UUID userAccountId;

    @Id
    @Column(name = "establishment_id")
    UUID establishmentId;

    @Id
    @Column(name = "access_right")
    String accessRight;

    record Key(UUID userAccountId, UUID establishmentId, String accessRight) implements Serializable {
    }
}
