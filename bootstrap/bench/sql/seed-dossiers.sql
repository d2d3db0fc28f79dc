-- Benchmark data (bootstrap/bench/dossier-load.sh), never in production: establishments :from_est..:to_est (1-based),
-- 100 dossiers each, 10 establishments per company. Run with
--   psql -v from_est=1 -v to_est=100 -f seed-dossiers.sql
-- Idempotent per range (ON CONFLICT DO NOTHING), set-based, so 1,000,000 dossiers take a few minutes.
--
-- Identifiers are derived from the index, so the load scripts can compute them:
--   establishment i: id eb000000-0000-4000-8000-<i in 12 hex digits>, company (i-1)/10+1: cb000000-…
--   dossier n = (i-1)*100 + j (j = 0..99): id db000000-0000-4000-8000-<n in hex>, number 910000000 + n
--   (9 digits, in the 900000000+ range the sequence leaves to imports; the demo data uses 900000001..900000011).
--   Status by n % 20: 0-2 DRAFT, 3-5 SUBMITTED, 6-7 IN_REVIEW, 8 AWAITING_DOCUMENTS, 9-13 GRANTED, 14-15 REFUSED,
--   16-17 CANCELLED, 18-19 CLOSED; so every establishment has 15 drafts, 15 submitted, 25 granted…
--   updated_at spread over the two years before 2026-11-01.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

-- SIREN and SIRET end with a Luhn check digit; the app reads establishments back through Siret.of.
CREATE OR REPLACE FUNCTION pg_temp.luhn(payload text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT payload || ((10 - sum(CASE WHEN (length(payload) - p) % 2 = 0
                                      THEN CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END
                                      ELSE d END) % 10) % 10)::text
    FROM (SELECT p, substr(payload, p, 1)::int AS d FROM generate_series(1, length(payload)) AS p) AS digits
$$;

INSERT INTO company (id, siren, name, employee_count)
SELECT ('cb000000-0000-4000-8000-' || lpad(to_hex(c), 12, '0'))::uuid,
       pg_temp.luhn((70000000 + c)::text),
       'Bench company ' || c,
       5 + c % 40
FROM generate_series((:from_est - 1) / 10 + 1, (:to_est - 1) / 10 + 1) AS c
ON CONFLICT (id) DO NOTHING;

INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city, registered_at)
SELECT ('eb000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('cb000000-0000-4000-8000-' || lpad(to_hex((i - 1) / 10 + 1), 12, '0'))::uuid,
       pg_temp.luhn(pg_temp.luhn((70000000 + (i - 1) / 10 + 1)::text) || lpad(((i - 1) % 10 + 1)::text, 4, '0')),
       'Bench establishment ' || i, 'ACTIVE', i || ' rue du Banc', lpad((10000 + i % 85000)::text, 5, '0'), 'Bancville',
       TIMESTAMPTZ '2020-01-01T00:00:00Z'
FROM generate_series(:from_est, :to_est) AS i
ON CONFLICT (id) DO NOTHING;

-- The dossier rows, then their history (one row per step up to IN_REVIEW; enough for the reads measured here).
INSERT INTO dossier (id, number, establishment_id, scheme, status, title, training_start_date, training_start_year,
                     amount_requested, content, documents, document_request, pending_request, granted_amount,
                     released_amount, refusal_reason, termination, created_by, created_at, updated_at, status_since, version)
SELECT ('db000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (910000000 + n)::text,
       ('eb000000-0000-4000-8000-' || lpad(to_hex(n / 100 + 1), 12, '0'))::uuid,
       scheme, status, title, start_date, extract(year FROM start_date)::int, amount,
       jsonb_build_object(
           'training', jsonb_build_object('title', title, 'objectives', 'Acquérir les compétences de ' || lower(title),
                                          'startDate', start_date, 'endDate', start_date + 30, 'hours', 14 + n % 200,
                                          'modality', 'IN_PERSON', 'external', true),
           'trainingBody', jsonb_build_object('siret', '55208131700034', 'nda', '11755555575', 'name', 'Institut de Formation Rhône-Alpes'),
           'trainees', jsonb_build_array(jsonb_build_object('employeeId', NULL, 'lastName', 'Martin', 'firstName', 'Léa',
                                                            'birthDate', '1991-04-12', 'category', 'WORKER', 'contractType', 'PERMANENT')),
           'costs', jsonb_build_object('teaching', amount * 0.80, 'related', amount * 0.05, 'salaries', amount * 0.15),
           'amountRequested', amount, 'subrogation', false,
           'contract', CASE WHEN scheme IN ('CONTRAT_PRO', 'APPRENTISSAGE')
                            THEN jsonb_build_object('startDate', start_date - 10, 'endDate', start_date + 400,
                                                    'tutorName', 'Jean Tuteur', 'beneficiaryBirthDate', '2004-05-06')
                            ELSE jsonb_build_object('startDate', NULL, 'endDate', NULL, 'tutorName', NULL, 'beneficiaryBirthDate', NULL) END),
       '[]'::jsonb,
       CASE WHEN status = 'AWAITING_DOCUMENTS'
            THEN '{"types": ["PROGRAMME", "QUOTE"], "dueDate": "2026-12-15", "message": "Merci de joindre le devis et le programme détaillé.", "requestedBy": "a0000000-0000-4000-8000-000000000001", "requestedAt": "2026-10-07T10:00:00Z"}'::jsonb END,
       NULL,
       CASE WHEN status IN ('GRANTED', 'CLOSED') THEN amount END,
       0,
       CASE WHEN status = 'REFUSED' THEN 'Hors critères de prise en charge.' END,
       NULL,
       'a0000000-0000-4000-8000-000000000002'::uuid,
       updated_at - interval '3 days', updated_at, updated_at,
       CASE WHEN status = 'DRAFT' THEN 1 ELSE 3 END
FROM (SELECT n,
             (ARRAY['PLAN', 'PLAN', 'PRO_A', 'CONTRAT_PRO', 'ACTION_COLLECTIVE'])[n % 5 + 1] AS scheme,
             (ARRAY['DRAFT', 'DRAFT', 'DRAFT', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'IN_REVIEW', 'IN_REVIEW',
                    'AWAITING_DOCUMENTS', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'REFUSED', 'REFUSED',
                    'CANCELLED', 'CANCELLED', 'CLOSED', 'CLOSED'])[n % 20 + 1] AS status,
             (ARRAY['Habilitation électrique B1V', 'Management d’équipe', 'Soudure TIG', 'Anglais professionnel',
                    'CACES R489 chariots élévateurs', 'Sécurité incendie', 'Bureautique Excel', 'Lean management',
                    'Gestes et postures', 'Comptabilité analytique'])[n % 10 + 1] AS title,
             DATE '2025-01-06' + (n * 37) % 700 AS start_date,
             (500 + (n * 13) % 90 * 100)::numeric(12, 2) AS amount,
             TIMESTAMPTZ '2026-11-01T00:00:00Z' - make_interval(secs => (n::bigint * 7919) % 63072000) AS updated_at
      FROM generate_series((:from_est - 1) * 100, :to_est * 100 - 1) AS n) AS generated
ON CONFLICT (id) DO NOTHING;

INSERT INTO dossier_history (dossier_id, seq, action, from_status, to_status, by_user, at, reason)
SELECT d.id, h.seq, h.action, h.from_status, h.to_status, h.by_user, d.created_at + h.seq * interval '1 day', NULL
FROM dossier d
CROSS JOIN LATERAL (VALUES
    (0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002'::uuid),
    (1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002'::uuid),
    (2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001'::uuid)
) AS h (seq, action, from_status, to_status, by_user)
WHERE d.number BETWEEN (910000000 + (:from_est - 1) * 100)::text AND (910000000 + :to_est * 100 - 1)::text
  AND (h.seq = 0 OR (d.status <> 'DRAFT' AND (h.seq = 1 OR d.status <> 'SUBMITTED')))
ON CONFLICT DO NOTHING;
