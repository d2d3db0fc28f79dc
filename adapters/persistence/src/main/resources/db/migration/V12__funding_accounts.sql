-- Funding accounts ("Mes comptes", issue 7): per company, year and funding source, the envelope staff set aside.
-- Committed, invoiced and paid amounts are never stored here: they are added up from the dossiers (and their
-- invoices) drawing on the envelope, so they cannot drift. A grant locks its envelope row (SELECT ... FOR UPDATE)
-- while it reads what is left and commits: two grants racing for the last euros are served one after the other.

CREATE TABLE funding_envelope (
    company_id uuid           NOT NULL REFERENCES company (id),
    year       integer        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    source     varchar(20)    NOT NULL CHECK (source IN ('LEGAL', 'VOLUNTARY', 'CONVENTIONAL')),
    amount     numeric(14, 2) NOT NULL CHECK (amount >= 0),
    updated_by uuid,
    updated_at timestamptz    NOT NULL,
    PRIMARY KEY (company_id, year, source)
);

-- The envelope a dossier draws on: its scheme's source in the year its training starts (training_start_year). The
-- source follows from the scheme, which never changes: the same rule as FundingSource.of in the domain (a store test
-- checks that both agree), generated so that no insert (demo data, benchmark seeds) can get it wrong.
ALTER TABLE dossier ADD COLUMN funding_source varchar(20) NOT NULL GENERATED ALWAYS AS (
    CASE scheme WHEN 'PLAN' THEN 'LEGAL' WHEN 'ACTION_COLLECTIVE' THEN 'VOLUNTARY' ELSE 'CONVENTIONAL' END) STORED;
CREATE INDEX dossier_envelope_idx ON dossier (establishment_id, training_start_year, funding_source) WHERE granted_amount IS NOT NULL;

-- The single training budget the envelopes replace becomes this year's legal envelope.
INSERT INTO funding_envelope (company_id, year, source, amount, updated_at)
SELECT id, extract(year FROM now())::integer, 'LEGAL', training_budget, now() FROM company WHERE training_budget > 0;
ALTER TABLE company DROP COLUMN training_budget;
