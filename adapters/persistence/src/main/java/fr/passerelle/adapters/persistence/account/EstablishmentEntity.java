package fr.passerelle.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "establishment")
class EstablishmentEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "company_id", nullable = false)
    UUID companyId;

    @Column(nullable = false, unique = true)
    String siret;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String state;

    @Version
    long version;
}
