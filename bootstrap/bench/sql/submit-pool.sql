-- Benchmark data (bootstrap/bench/dossier-load.sh): :pool complete PLAN drafts, numbers :first_number onwards, in the
-- demo establishment "Démo Industrie – Lyon" (42 employees, so PLAN is allowed), where the demo employer
-- (employeur@demo.passerelle.fr) has MANAGE_DOSSIERS. Their content is that of demo dossier 900000003, which passes
-- every submission rule (trainees taken from the company's register). Each run of the submit scenario consumes one pool.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO dossier (id, number, establishment_id, scheme, status, title, training_start_date, training_start_year,
                     amount_requested, content, documents, document_request, pending_request, granted_amount,
                     released_amount, refusal_reason, termination, created_by, created_at, updated_at, status_since, version)
SELECT ('dc000000-0000-4000-8000-' || lpad(to_hex(number), 12, '0'))::uuid,
       number::text, 'e0000000-0000-4000-8000-000000000001', 'PLAN', 'DRAFT', 'Habilitation électrique B1V',
       DATE '2027-01-11', 2027, 1450.00,
       '{"training": {"title": "Habilitation électrique B1V", "objectives": "Acquérir les compétences de habilitation électrique b1v", "startDate": "2027-01-11", "endDate": "2027-01-13", "hours": 21, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000001", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PERMANENT"}, {"employeeId": "b0000000-0000-4000-8000-000000000010", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PERMANENT"}], "costs": {"teaching": 1160.00, "related": 72.50, "salaries": 217.50}, "amountRequested": 1450.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb,
       '[]'::jsonb, NULL, NULL, NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002',
       TIMESTAMPTZ '2025-01-01T09:00:00Z', TIMESTAMPTZ '2025-01-01T09:00:00Z', TIMESTAMPTZ '2025-01-01T09:00:00Z', 1
FROM generate_series(:first_number, :first_number + :pool - 1) AS number
ON CONFLICT (id) DO NOTHING;

INSERT INTO dossier_history (dossier_id, seq, action, from_status, to_status, by_user, at, reason)
SELECT ('dc000000-0000-4000-8000-' || lpad(to_hex(number), 12, '0'))::uuid, 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT',
       'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2025-01-01T09:00:00Z', NULL
FROM generate_series(:first_number, :first_number + :pool - 1) AS number
ON CONFLICT DO NOTHING;
