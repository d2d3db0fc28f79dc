-- The files attached to dossiers. A row is never updated; once the dossier is sent it is never deleted either:
-- a new version is a new row, and the dossier's documents list says which one supersedes which.
-- bytea suits the configured limit (20 MB by default); the content is streamed in and out with JDBC.

CREATE TABLE dossier_document (
    id           uuid PRIMARY KEY,
    dossier_id   uuid         NOT NULL REFERENCES dossier (id),
    content_type varchar(100) NOT NULL,
    size         bigint       NOT NULL CHECK (size >= 0),
    sha256       char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea        NOT NULL,
    stored_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX dossier_document_dossier_idx ON dossier_document (dossier_id);
