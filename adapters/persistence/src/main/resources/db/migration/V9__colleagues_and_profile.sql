-- The profile's phone (registration adds the same column: IF NOT EXISTS lets either migration come first), and the
-- colleague lists: accounts read by name page after page, and an establishment's users and admins found by the
-- establishment (establishment_right_establishment_idx, V1, already serves the latter).

ALTER TABLE user_account ADD COLUMN IF NOT EXISTS phone varchar(30);

CREATE INDEX user_account_name_idx ON user_account (last_name, first_name, id);
