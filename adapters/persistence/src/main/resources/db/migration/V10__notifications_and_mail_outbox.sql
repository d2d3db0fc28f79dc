-- Notifications and email delivery (issue 6).

-- What happened, for one account or for every staff member (recipient_id null, for_staff true). The dedup key names
-- the event: the same event never notifies the same audience twice, whatever retries or jobs run again.
CREATE TABLE notification (
    id           uuid PRIMARY KEY,
    recipient_id uuid REFERENCES user_account (id),
    for_staff    boolean      NOT NULL DEFAULT false,
    event_type   varchar(40)  NOT NULL,
    title        varchar(200) NOT NULL,
    body         text         NOT NULL,
    target_kind  varchar(20)  NOT NULL CHECK (target_kind IN ('DOSSIER', 'ESTABLISHMENT', 'LINK_REQUEST', 'ACCOUNT', 'INVOICE')),
    target_id    varchar(64)  NOT NULL,
    dedup_key    varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL,
    -- When the unread alert of this notification was put in the outbox: never twice.
    alerted_at   timestamptz,
    CHECK ((recipient_id IS NULL) = for_staff)
);

CREATE UNIQUE INDEX notification_recipient_dedup_idx ON notification (recipient_id, dedup_key) WHERE recipient_id IS NOT NULL;
CREATE UNIQUE INDEX notification_staff_dedup_idx ON notification (dedup_key) WHERE for_staff;
-- Keyset lists, the newest first, per recipient and for staff.
CREATE INDEX notification_recipient_list_idx ON notification (recipient_id, created_at DESC, id DESC) WHERE recipient_id IS NOT NULL;
CREATE INDEX notification_staff_list_idx ON notification (created_at DESC, id DESC) WHERE for_staff;
-- The unread-alert job: personal notifications not alerted yet, the oldest first.
CREATE INDEX notification_alert_due_idx ON notification (created_at) WHERE alerted_at IS NULL AND recipient_id IS NOT NULL;

-- Who read what: one row per reader, so that each staff member reads the staff notifications for themselves.
CREATE TABLE notification_read (
    notification_id uuid        NOT NULL REFERENCES notification (id),
    account_id      uuid        NOT NULL REFERENCES user_account (id),
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (account_id, notification_id)
);

-- Per account: the event types also sent by email (absent: the defaults), and the unread-alert delay (null: none).
CREATE TABLE notification_preference (
    account_id                 uuid PRIMARY KEY REFERENCES user_account (id),
    email_event_types          text    NOT NULL,
    in_app_only_event_types    text    NOT NULL,
    unread_alert_delay_minutes integer CHECK (unread_alert_delay_minutes BETWEEN 15 AND 43200)
);

-- Emails to send, written in the transaction of the change that causes them; a worker sends them (at least once: see
-- MailOutboxSqlStore). The dedup key (recipient + event) makes a second write of the same email a no-op.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    dedup_key       varchar(300) NOT NULL UNIQUE,
    recipient       varchar(254) NOT NULL,
    subject         varchar(200) NOT NULL,
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    sent_at         timestamptz
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;

-- The documents-due reminder job: dossiers waiting for documents, and which requests were already reminded of.
CREATE INDEX dossier_awaiting_documents_idx ON dossier (id) WHERE status = 'AWAITING_DOCUMENTS';

CREATE TABLE documents_due_reminder (
    dossier_id   uuid        NOT NULL REFERENCES dossier (id),
    requested_at timestamptz NOT NULL,
    reminded_at  timestamptz NOT NULL,
    PRIMARY KEY (dossier_id, requested_at)
);
