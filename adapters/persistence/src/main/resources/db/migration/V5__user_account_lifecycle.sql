-- What the UserAccount aggregate carries beyond the walking skeleton's columns: the person's names (the display name
-- is derived from them, in one place), the contact email (the login email never changes), the establishment asked
-- for at registration, who invited the account (like history authors, no foreign key: the platform itself may act),
-- whether its password is still to be chosen, and its history.

ALTER TABLE user_account
    ADD COLUMN last_name                  varchar(100),
    ADD COLUMN first_name                 varchar(100),
    ADD COLUMN contact_email              varchar(254),
    ADD COLUMN requested_establishment_id uuid REFERENCES establishment (id),
    ADD COLUMN invited_by                 uuid,
    ADD COLUMN password_setup_pending     boolean     NOT NULL DEFAULT false,
    ADD COLUMN created_at                 timestamptz NOT NULL DEFAULT now();

UPDATE user_account
SET contact_email = login_email,
    first_name    = split_part(display_name, ' ', 1),
    last_name     = CASE WHEN strpos(display_name, ' ') > 0 THEN substr(display_name, strpos(display_name, ' ') + 1)
                         ELSE display_name END;

ALTER TABLE user_account
    ALTER COLUMN last_name SET NOT NULL,
    ALTER COLUMN first_name SET NOT NULL,
    ALTER COLUMN contact_email SET NOT NULL,
    DROP COLUMN display_name,
    ADD COLUMN display_name varchar(201) GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED;

CREATE TABLE user_account_history (
    user_account_id uuid        NOT NULL REFERENCES user_account (id),
    seq             integer     NOT NULL,
    action          varchar(40) NOT NULL,
    from_status     varchar(30) NOT NULL,
    to_status       varchar(30) NOT NULL,
    by_user         uuid        NOT NULL,
    at              timestamptz NOT NULL,
    reason          text,
    PRIMARY KEY (user_account_id, seq)
);
