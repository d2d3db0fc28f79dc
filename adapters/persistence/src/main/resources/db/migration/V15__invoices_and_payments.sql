-- Invoices, payments and training bodies (issue 7).

-- Which training body a training-body account speaks for (one SIRET per account, set by staff): until V15 such
-- accounts were linked to nothing and saw no dossier.
CREATE TABLE training_body_account (
    user_account_id uuid        PRIMARY KEY REFERENCES user_account (id),
    siret           varchar(14) NOT NULL CHECK (siret ~ '^[0-9]{14}$')
);

-- Generated out of the dossier's content, so that a training body's list is an indexed query.
ALTER TABLE dossier
    ADD COLUMN training_body_siret varchar(14) GENERATED ALWAYS AS (content -> 'trainingBody' ->> 'siret') STORED,
    ADD COLUMN subrogation         boolean NOT NULL GENERATED ALWAYS AS (coalesce((content ->> 'subrogation')::boolean, false)) STORED;
CREATE INDEX dossier_training_body_idx ON dossier (training_body_siret, updated_at DESC, id DESC) WHERE subrogation;

-- The bank account a training body is paid on under subrogation. Passerelle keeps no register of training bodies
-- (no establishment, no proof workflow): staff register the RIB the training body sent them, which replaces the
-- previous one; only the active one is paid on.
CREATE TABLE training_body_bank_account (
    id            uuid PRIMARY KEY,
    siret         varchar(14)  NOT NULL CHECK (siret ~ '^[0-9]{14}$'),
    iban          varchar(34)  NOT NULL,
    bic           varchar(11)  NOT NULL,
    holder        varchar(200) NOT NULL,
    active        boolean      NOT NULL,
    registered_by uuid         NOT NULL,
    registered_at timestamptz  NOT NULL
);
CREATE UNIQUE INDEX training_body_bank_account_active_idx ON training_body_bank_account (siret) WHERE active;

-- A payment of one payee: an establishment (employer) or a training body (SIRET). Bank details are copied at ordering.
CREATE TABLE payment (
    id                     uuid PRIMARY KEY,
    payee_establishment_id uuid REFERENCES establishment (id),
    payee_siret            varchar(14) CHECK (payee_siret ~ '^[0-9]{14}$'),
    payee_name             varchar(200)   NOT NULL,
    amount                 numeric(14, 2) NOT NULL CHECK (amount > 0),
    bank_account_id        uuid           NOT NULL,
    iban                   varchar(34)    NOT NULL,
    bic                    varchar(11)    NOT NULL,
    status                 varchar(20)    NOT NULL CHECK (status IN ('ORDERED', 'EXECUTED')),
    ordered_by             uuid           NOT NULL,
    ordered_at             timestamptz    NOT NULL,
    version                bigint         NOT NULL,
    CHECK (num_nonnulls(payee_establishment_id, payee_siret) = 1)
);
CREATE INDEX payment_establishment_idx ON payment (payee_establishment_id, ordered_at DESC, id DESC) WHERE payee_establishment_id IS NOT NULL;
CREATE INDEX payment_siret_idx ON payment (payee_siret, ordered_at DESC, id DESC) WHERE payee_siret IS NOT NULL;
CREATE INDEX payment_ordered_idx ON payment (ordered_at DESC, id DESC);

CREATE TABLE payment_history (
    payment_id  uuid        NOT NULL REFERENCES payment (id),
    seq         integer     NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20) NOT NULL,
    to_status   varchar(20) NOT NULL,
    by_user     uuid        NOT NULL,
    at          timestamptz NOT NULL,
    reason      text,
    PRIMARY KEY (payment_id, seq)
);

-- An invoice on a dossier, by its issuer: the establishment (employer) or, under subrogation, the training body.
-- Its PDF is a file of the dossier in the document table (not listed among the dossier's documents).
CREATE TABLE invoice (
    id                      uuid PRIMARY KEY,
    dossier_id              uuid           NOT NULL REFERENCES dossier (id),
    issuer_establishment_id uuid REFERENCES establishment (id),
    issuer_siret            varchar(14) CHECK (issuer_siret ~ '^[0-9]{14}$'),
    number                  varchar(30)    NOT NULL,
    invoice_date            date           NOT NULL,
    amount                  numeric(12, 2) NOT NULL CHECK (amount > 0),
    status                  varchar(20)    NOT NULL CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'VALIDATED', 'PAID',
                                                                      'REJECTED', 'WITHDRAWN')),
    staff_comment           text,
    payment_id              uuid REFERENCES payment (id),
    document_id             uuid           NOT NULL REFERENCES document (id),
    file_name               varchar(255)   NOT NULL,
    submitted_by            uuid           NOT NULL,
    submitted_at            timestamptz    NOT NULL,
    updated_at              timestamptz    NOT NULL,
    version                 bigint         NOT NULL,
    CHECK (num_nonnulls(issuer_establishment_id, issuer_siret) = 1)
);
-- An issuer never uses a number twice, whatever the dossier and whatever became of the first invoice.
CREATE UNIQUE INDEX invoice_number_per_issuer_idx ON invoice (coalesce(issuer_siret, issuer_establishment_id::text), number);
CREATE INDEX invoice_dossier_idx ON invoice (dossier_id);
CREATE INDEX invoice_establishment_idx ON invoice (issuer_establishment_id, updated_at DESC, id DESC) WHERE issuer_establishment_id IS NOT NULL;
CREATE INDEX invoice_siret_idx ON invoice (issuer_siret, updated_at DESC, id DESC) WHERE issuer_siret IS NOT NULL;
CREATE INDEX invoice_updated_idx ON invoice (updated_at DESC, id DESC);
CREATE INDEX invoice_payment_idx ON invoice (payment_id) WHERE payment_id IS NOT NULL;

CREATE TABLE invoice_history (
    invoice_id  uuid        NOT NULL REFERENCES invoice (id),
    seq         integer     NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20) NOT NULL,
    to_status   varchar(20) NOT NULL,
    by_user     uuid        NOT NULL,
    at          timestamptz NOT NULL,
    reason      text,
    PRIMARY KEY (invoice_id, seq)
);
