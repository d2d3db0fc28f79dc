-- Messages of a dossier's thread (issue 6), their attachments and read receipts, and the letter document type.

-- One row per message. The author's and the reader's names are kept as they were, so a thread reads the same after
-- an account is renamed or closed. A message is read when the other side first opens the thread: read_at and read_by
-- are set once and never change.
CREATE TABLE dossier_message (
    id                  uuid PRIMARY KEY,
    dossier_id          uuid         NOT NULL REFERENCES dossier (id),
    side                varchar(10)  NOT NULL CHECK (side IN ('COMPANY', 'OPCO')),
    author_id           uuid         NOT NULL,
    author_name         varchar(200) NOT NULL,
    body                text         NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    posted_at           timestamptz  NOT NULL,
    -- The request for documents this message came with: {"types": [...], "dueDate": "2026-12-15"}.
    requested_documents jsonb,
    read_at             timestamptz,
    read_by             uuid,
    read_by_name        varchar(200),
    CHECK ((read_at IS NULL) = (read_by IS NULL) AND (read_by IS NULL) = (read_by_name IS NULL))
);

-- The thread, oldest first (keyset on posted_at, id).
CREATE INDEX dossier_message_thread_idx ON dossier_message (dossier_id, posted_at, id);
-- Unread counts of a page of dossiers: only unread rows are indexed, so the index stays as small as what is unread.
CREATE INDEX dossier_message_unread_idx ON dossier_message (dossier_id, side) WHERE read_at IS NULL;

-- The files sent with a message: stored in the document table, owned by the dossier, like its documents.
CREATE TABLE dossier_message_attachment (
    message_id  uuid         NOT NULL REFERENCES dossier_message (id),
    position    smallint     NOT NULL CHECK (position >= 0),
    document_id uuid         NOT NULL UNIQUE REFERENCES document (id),
    file_name   varchar(255) NOT NULL,
    PRIMARY KEY (message_id, position)
);

-- Idempotency keys of posted messages: a replay by the same caller returns the first message.
CREATE TABLE message_idempotency_key (
    subject         varchar(64)  NOT NULL,
    idempotency_key varchar(100) NOT NULL,
    message_id      uuid         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, idempotency_key)
);

-- A dossier's documents are a JSON array in dossier.documents: every type is one the domain knows, LETTER included
-- (the decision letters Passerelle writes).
ALTER TABLE dossier ADD CONSTRAINT dossier_document_types CHECK (NOT jsonb_path_exists(documents,
    '$[*] ? (!(@.type like_regex "^(PROGRAMME|QUOTE|CALENDAR|CERTIFICATE_OF_COMPLETION|ATTENDANCE|CERFA|OTHER|LETTER)$"))'));
