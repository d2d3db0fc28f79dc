-- Self-registration: a newcomer gives a phone number where the OPCO can call them back, and may ask to join several
-- establishments at once. The establishments asked for move from one column to their own table; they never change
-- after registration, and staff's approval decides which of them the account is linked to (establishment_right).

ALTER TABLE user_account
    ADD COLUMN phone varchar(16) CHECK (phone ~ '^(0[1-9][0-9]{8}|\+[1-9][0-9]{7,14})$');

CREATE TABLE user_account_requested_establishment (
    user_account_id  uuid NOT NULL REFERENCES user_account (id),
    establishment_id uuid NOT NULL REFERENCES establishment (id),
    PRIMARY KEY (user_account_id, establishment_id)
);

INSERT INTO user_account_requested_establishment (user_account_id, establishment_id)
SELECT id, requested_establishment_id FROM user_account WHERE requested_establishment_id IS NOT NULL;

ALTER TABLE user_account DROP COLUMN requested_establishment_id;

-- Staff's queue: the accounts waiting for approval, oldest registration first.
CREATE INDEX user_account_pending_approval_idx ON user_account (created_at, id) WHERE state = 'PENDING_APPROVAL';
