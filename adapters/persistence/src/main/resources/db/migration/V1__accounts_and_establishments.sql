-- Companies, their establishments, user accounts and the rights that link them.
-- Which establishments a user may act on lives here, never in the access token.

CREATE TABLE company (
    id             uuid PRIMARY KEY,
    siren          varchar(9)   NOT NULL UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
    name           varchar(200) NOT NULL,
    employee_count integer      NOT NULL CHECK (employee_count >= 0)
);

CREATE TABLE establishment (
    id         uuid PRIMARY KEY,
    company_id uuid         NOT NULL REFERENCES company (id),
    siret      varchar(14)  NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
    name       varchar(200) NOT NULL,
    state      varchar(20)  NOT NULL CHECK (state IN ('ACTIVE', 'CHANGE_PENDING', 'CLOSED')),
    version    bigint       NOT NULL DEFAULT 0
);

CREATE INDEX establishment_company_idx ON establishment (company_id);

CREATE TABLE user_account (
    id                         uuid PRIMARY KEY,
    subject                    varchar(64) UNIQUE,
    login_email                varchar(254) NOT NULL UNIQUE,
    display_name               varchar(200) NOT NULL,
    state                      varchar(30)  NOT NULL CHECK (state IN ('PENDING_VERIFICATION', 'PENDING_APPROVAL', 'ACTIVE',
                                                                      'SUSPENDED', 'CLOSED', 'REJECTED')),
    preferred_establishment_id uuid REFERENCES establishment (id),
    version                    bigint       NOT NULL DEFAULT 0
);

CREATE TABLE establishment_right (
    user_account_id  uuid        NOT NULL REFERENCES user_account (id),
    establishment_id uuid        NOT NULL REFERENCES establishment (id),
    access_right     varchar(30) NOT NULL CHECK (access_right IN ('VIEW_DOSSIERS', 'MANAGE_DOSSIERS', 'MANAGE_INVOICES',
                                                                  'MANAGE_EMPLOYEES', 'VIEW_REPORTING', 'MANAGE_COMPANY',
                                                                  'ADMIN')),
    PRIMARY KEY (user_account_id, establishment_id, access_right)
);

CREATE INDEX establishment_right_establishment_idx ON establishment_right (establishment_id);
