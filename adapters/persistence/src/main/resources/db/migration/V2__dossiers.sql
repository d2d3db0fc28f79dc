-- Dossiers (funding requests), their history, the employees trainees are chosen from, the companies' training
-- budget that grants commit, and the idempotency keys of creations.

ALTER TABLE company
    ADD COLUMN training_budget numeric(14, 2) NOT NULL DEFAULT 0 CHECK (training_budget >= 0);

-- The establishment's postal address and registration date, which the Establishment aggregate carries.
ALTER TABLE establishment
    ADD COLUMN street        varchar(200),
    ADD COLUMN postal_code   varchar(5) CHECK (postal_code ~ '^[0-9]{5}$'),
    ADD COLUMN city          varchar(100),
    ADD COLUMN registered_at timestamptz NOT NULL DEFAULT now();

CREATE TABLE employee (
    id            uuid PRIMARY KEY,
    company_id    uuid         NOT NULL REFERENCES company (id),
    last_name     varchar(100) NOT NULL,
    first_name    varchar(100) NOT NULL,
    birth_date    date         NOT NULL,
    category      varchar(20)  NOT NULL CHECK (category IN ('WORKER', 'CLERK', 'SUPERVISOR', 'EXECUTIVE')),
    contract_type varchar(20)  NOT NULL CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'PROFESSIONALISATION'))
);

CREATE INDEX employee_company_idx ON employee (company_id, last_name, first_name);

-- Dossier numbers: 9 digits, handed out by the sequence (numbers from 900000000 on are left to imports and demo data).
CREATE SEQUENCE dossier_number_seq START WITH 100000001 MINVALUE 100000001 MAXVALUE 899999999 NO CYCLE;

CREATE TABLE dossier (
    id                  uuid PRIMARY KEY,
    number              varchar(9)     NOT NULL UNIQUE CHECK (number ~ '^[0-9]{9}$'),
    establishment_id    uuid           NOT NULL REFERENCES establishment (id),
    scheme              varchar(20)    NOT NULL CHECK (scheme IN ('PLAN', 'CONTRAT_PRO', 'APPRENTISSAGE', 'PRO_A', 'ACTION_COLLECTIVE')),
    status              varchar(20)    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'AWAITING_DOCUMENTS', 'GRANTED',
                                                                  'REFUSED', 'CANCELLED', 'TERMINATED', 'CLOSED', 'DELETED')),
    -- Copied out of the content, for lists and filters.
    title               varchar(300),
    training_start_date date,
    training_start_year integer,
    amount_requested    numeric(12, 2),
    -- What the employer typed: every field optional while the dossier is a draft.
    content             jsonb          NOT NULL,
    documents           jsonb          NOT NULL,
    document_request    jsonb,
    pending_request     jsonb,
    granted_amount      numeric(12, 2),
    released_amount     numeric(12, 2) NOT NULL,
    refusal_reason      text,
    termination         jsonb,
    created_by          uuid           NOT NULL,
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL,
    -- When the dossier entered its current status: the staff queue serves the longest waiting first.
    status_since        timestamptz    NOT NULL,
    version             bigint         NOT NULL
);

-- Keyset pagination: lists by last change, most recent first, per establishment (and state) or overall.
CREATE INDEX dossier_establishment_status_updated_idx ON dossier (establishment_id, status, updated_at DESC, id DESC);
CREATE INDEX dossier_establishment_updated_idx ON dossier (establishment_id, updated_at DESC, id DESC);
CREATE INDEX dossier_updated_idx ON dossier (updated_at DESC, id DESC);
-- Staff queue: submitted dossiers, longest waiting first.
CREATE INDEX dossier_submitted_queue_idx ON dossier (status_since, id) WHERE status = 'SUBMITTED';

CREATE TABLE dossier_history (
    dossier_id  uuid        NOT NULL REFERENCES dossier (id),
    seq         integer     NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20) NOT NULL,
    to_status   varchar(20) NOT NULL,
    by_user     uuid        NOT NULL,
    at          timestamptz NOT NULL,
    reason      text,
    PRIMARY KEY (dossier_id, seq)
);

CREATE TABLE idempotency_key (
    subject         varchar(64)  NOT NULL,
    idempotency_key varchar(100) NOT NULL,
    dossier_number  varchar(9)   NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, idempotency_key)
);
