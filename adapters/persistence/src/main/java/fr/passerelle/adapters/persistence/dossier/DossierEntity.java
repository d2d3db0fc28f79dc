package fr.passerelle.adapters.persistence.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "dossier")
class DossierEntity extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    String number;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    UUID establishmentId;

    @Column(nullable = false, updatable = false)
    String scheme;

    @Column(nullable = false)
    String status;

    String title;

    @Column(name = "training_start_date")
    LocalDate trainingStartDate;

    @Column(name = "training_start_year")
    Integer trainingStartYear;

    @Column(name = "amount_requested")
    BigDecimal amountRequested;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String content;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String documents;

    @Column(name = "document_request", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String documentRequest;

    @Column(name = "pending_request", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String pendingRequest;

    @Column(name = "granted_amount")
    BigDecimal grantedAmount;

    @Column(name = "released_amount", nullable = false)
    BigDecimal releasedAmount;

    @Column(name = "refusal_reason")
    String refusalReason;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String termination;

    @Column(name = "created_by", nullable = false, updatable = false)
    UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "status_since", nullable = false)
    Instant statusSince;

    @Version
    long version;
}
