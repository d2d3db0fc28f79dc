-- What the Establishment aggregate carries beyond its identity (change requests, bank accounts, history), the link
-- requests of users who ask to join another establishment, and one table for every stored file.

-- Stored files belong to a dossier (its documents) or to an establishment (the proofs of its bank accounts).
ALTER TABLE dossier_document RENAME TO document;
ALTER INDEX dossier_document_dossier_idx RENAME TO document_dossier_idx;
ALTER TABLE document
    ALTER COLUMN dossier_id DROP NOT NULL,
    ADD COLUMN establishment_id uuid REFERENCES establishment (id),
    ADD CONSTRAINT document_one_owner CHECK (num_nonnulls(dossier_id, establishment_id) = 1);
CREATE INDEX document_establishment_idx ON document (establishment_id) WHERE establishment_id IS NOT NULL;

CREATE TABLE establishment_history (
    establishment_id uuid        NOT NULL REFERENCES establishment (id),
    seq              integer     NOT NULL,
    action           varchar(40) NOT NULL,
    from_status      varchar(20) NOT NULL,
    to_status        varchar(20) NOT NULL,
    by_user          uuid        NOT NULL,
    at               timestamptz NOT NULL,
    reason           text,
    PRIMARY KEY (establishment_id, seq)
);

-- A change asked for by an employer: only the proposed fields are set (a new address comes whole).
CREATE TABLE establishment_change_request (
    id               uuid PRIMARY KEY,
    establishment_id uuid         NOT NULL REFERENCES establishment (id),
    name             varchar(200),
    street           varchar(200),
    postal_code      varchar(5) CHECK (postal_code ~ '^[0-9]{5}$'),
    city             varchar(100),
    siret            varchar(14) CHECK (siret ~ '^[0-9]{14}$'),
    status           varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by     uuid         NOT NULL,
    requested_at     timestamptz  NOT NULL,
    decision_reason  text,
    CHECK (num_nonnulls(name, street, siret) >= 1),
    CHECK (num_nonnulls(street, postal_code, city) IN (0, 3))
);

CREATE INDEX establishment_change_request_establishment_idx ON establishment_change_request (establishment_id, requested_at);
-- At most one pending change per establishment; staff's queue serves the longest waiting first.
CREATE UNIQUE INDEX establishment_change_request_pending_idx ON establishment_change_request (establishment_id)
    WHERE status = 'PENDING';
CREATE INDEX establishment_change_request_queue_idx ON establishment_change_request (requested_at, id)
    WHERE status = 'PENDING';

CREATE TABLE bank_account (
    id               uuid PRIMARY KEY,
    establishment_id uuid         NOT NULL REFERENCES establishment (id),
    iban             varchar(34)  NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]+$'),
    bic              varchar(11)  NOT NULL CHECK (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    holder           varchar(200) NOT NULL,
    proof_id         uuid         NOT NULL REFERENCES document (id),
    status           varchar(20)  NOT NULL CHECK (status IN ('PENDING_VALIDATION', 'ACTIVE', 'DEACTIVATED', 'REJECTED')),
    rejection_reason text,
    proposed_at      timestamptz  NOT NULL
);

CREATE INDEX bank_account_establishment_idx ON bank_account (establishment_id, proposed_at);
-- The OPCO pays on one account per establishment at most (SingleActiveBankAccount), checked here a second time.
CREATE UNIQUE INDEX bank_account_single_active_idx ON bank_account (establishment_id) WHERE status = 'ACTIVE';
CREATE INDEX bank_account_queue_idx ON bank_account (proposed_at, id) WHERE status = 'PENDING_VALIDATION';

CREATE TABLE link_request (
    id               uuid PRIMARY KEY,
    requester_id     uuid        NOT NULL REFERENCES user_account (id),
    establishment_id uuid        NOT NULL REFERENCES establishment (id),
    message          text        NOT NULL,
    status           varchar(20) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    -- The rights staff granted on approval, space-separated (Right names).
    granted_rights   varchar(200) NOT NULL DEFAULT '',
    filed_at         timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);

-- One pending request per user and establishment; a user's requests, newest first; staff's queue, oldest first.
CREATE UNIQUE INDEX link_request_pending_idx ON link_request (requester_id, establishment_id) WHERE status = 'PENDING';
CREATE INDEX link_request_requester_idx ON link_request (requester_id, filed_at DESC, id DESC);
CREATE INDEX link_request_queue_idx ON link_request (filed_at, id) WHERE status = 'PENDING';

CREATE TABLE link_request_history (
    link_request_id uuid        NOT NULL REFERENCES link_request (id),
    seq             integer     NOT NULL,
    action          varchar(40) NOT NULL,
    from_status     varchar(20) NOT NULL,
    to_status       varchar(20) NOT NULL,
    by_user         uuid        NOT NULL,
    at              timestamptz NOT NULL,
    reason          text,
    PRIMARY KEY (link_request_id, seq)
);

-- Lists of establishments go by name (keyset on name and id); staff search them by name or SIRET.
CREATE INDEX establishment_name_idx ON establishment (name, id);
