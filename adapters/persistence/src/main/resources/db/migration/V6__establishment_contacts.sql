-- The contact emails the OPCO's membership records hold for each establishment. A newcomer who registers with one of
-- them is approved without waiting for staff (AutomaticApprovalPolicy). Emails are stored as logins are: trimmed and
-- lower-cased, so that equality is plain equality.

CREATE TABLE establishment_contact (
    establishment_id uuid         NOT NULL REFERENCES establishment (id),
    email            varchar(254) NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    PRIMARY KEY (establishment_id, email)
);
