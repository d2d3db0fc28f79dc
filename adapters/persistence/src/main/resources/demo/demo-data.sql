-- Demo data of the embedded defaults only (never in production), loaded at each start by DemoDataSeeder: the companies, establishments and
-- accounts behind the demo logins of the embedded Keycloak realm, whose user ids are fixed in its realm file.

INSERT INTO company (id, siren, name, employee_count) VALUES
    ('c0000000-0000-4000-8000-000000000001', '812345676', 'Démo Industrie', 42),
    ('c0000000-0000-4000-8000-000000000002', '908765431', 'Atelier Petit', 8)
ON CONFLICT (id) DO NOTHING;

INSERT INTO establishment (id, company_id, siret, name, state) VALUES
    ('e0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '81234567600009', 'Démo Industrie – Lyon', 'ACTIVE'),
    ('e0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', '81234567600017', 'Démo Industrie – Grenoble', 'ACTIVE'),
    ('e0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002', '90876543100006', 'Atelier Petit – Nantes', 'ACTIVE')
ON CONFLICT (id) DO NOTHING;

INSERT INTO user_account (id, subject, login_email, contact_email, first_name, last_name, state, preferred_establishment_id) VALUES
    ('a0000000-0000-4000-8000-000000000001', '5a55e12e-0000-4000-8000-000000000001', 'gestionnaire@demo.passerelle.fr', 'gestionnaire@demo.passerelle.fr', 'Gabriel', 'Lefèvre', 'ACTIVE', NULL),
    ('a0000000-0000-4000-8000-000000000002', '5a55e12e-0000-4000-8000-000000000002', 'employeur@demo.passerelle.fr', 'employeur@demo.passerelle.fr', 'Émilie', 'Durand', 'ACTIVE', 'e0000000-0000-4000-8000-000000000001'),
    ('a0000000-0000-4000-8000-000000000003', '5a55e12e-0000-4000-8000-000000000003', 'employeur2@demo.passerelle.fr', 'employeur2@demo.passerelle.fr', 'Marc', 'Petit', 'ACTIVE', 'e0000000-0000-4000-8000-000000000003'),
    ('a0000000-0000-4000-8000-000000000004', '5a55e12e-0000-4000-8000-000000000004', 'organisme@demo.passerelle.fr', 'organisme@demo.passerelle.fr', 'Odile', 'Bernard', 'ACTIVE', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO establishment_right (user_account_id, establishment_id, access_right)
SELECT account.id, establishment.id, granted.access_right
FROM (VALUES
          ('a0000000-0000-4000-8000-000000000002'::uuid, 'e0000000-0000-4000-8000-000000000001'::uuid),
          ('a0000000-0000-4000-8000-000000000002'::uuid, 'e0000000-0000-4000-8000-000000000002'::uuid),
          ('a0000000-0000-4000-8000-000000000003'::uuid, 'e0000000-0000-4000-8000-000000000003'::uuid)
     ) AS link (account_id, establishment_id)
JOIN user_account account ON account.id = link.account_id
JOIN establishment establishment ON establishment.id = link.establishment_id
CROSS JOIN (VALUES ('VIEW_DOSSIERS'), ('MANAGE_DOSSIERS'), ('MANAGE_INVOICES'), ('MANAGE_EMPLOYEES'),
                   ('VIEW_REPORTING'), ('MANAGE_COMPANY'), ('ADMIN')) AS granted (access_right)
ON CONFLICT DO NOTHING;

-- Dossiers (V2): the establishments' addresses, the employees trainees are chosen from, and a dozen dossiers in every
-- state so that no screen is empty. Updates only fill what is still missing.
UPDATE establishment SET street = '25 quai Perrache', postal_code = '69002', city = 'Lyon'
WHERE id = 'e0000000-0000-4000-8000-000000000001' AND street IS NULL;
UPDATE establishment SET street = '8 avenue Alsace-Lorraine', postal_code = '38000', city = 'Grenoble'
WHERE id = 'e0000000-0000-4000-8000-000000000002' AND street IS NULL;
UPDATE establishment SET street = '3 rue de Strasbourg', postal_code = '44000', city = 'Nantes'
WHERE id = 'e0000000-0000-4000-8000-000000000003' AND street IS NULL;

INSERT INTO employee (id, company_id, last_name, first_name, birth_date, category, contract_type) VALUES
    ('b0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Martin', 'Léa', DATE '1991-04-12', 'WORKER', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'Bernard', 'Hugo', DATE '1987-09-03', 'SUPERVISOR', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', 'Thomas', 'Chloé', DATE '1995-01-27', 'CLERK', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000001', 'Petit', 'Lucas', DATE '2005-06-15', 'WORKER', 'APPRENTICESHIP'),
    ('b0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000001', 'Robert', 'Manon', DATE '1983-11-08', 'EXECUTIVE', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000006', 'c0000000-0000-4000-8000-000000000001', 'Richard', 'Nathan', DATE '1999-02-19', 'WORKER', 'FIXED_TERM'),
    ('b0000000-0000-4000-8000-000000000007', 'c0000000-0000-4000-8000-000000000001', 'Durand', 'Camille', DATE '1990-07-30', 'CLERK', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000008', 'c0000000-0000-4000-8000-000000000001', 'Dubois', 'Enzo', DATE '2006-03-02', 'WORKER', 'PROFESSIONALISATION'),
    ('b0000000-0000-4000-8000-000000000009', 'c0000000-0000-4000-8000-000000000001', 'Moreau', 'Inès', DATE '1978-12-21', 'SUPERVISOR', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000010', 'c0000000-0000-4000-8000-000000000001', 'Laurent', 'Théo', DATE '1993-05-05', 'WORKER', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000011', 'c0000000-0000-4000-8000-000000000001', 'Simon', 'Jade', DATE '1988-10-14', 'EXECUTIVE', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000012', 'c0000000-0000-4000-8000-000000000001', 'Michel', 'Louis', DATE '2001-08-09', 'CLERK', 'FIXED_TERM'),
    ('b0000000-0000-4000-8000-000000000101', 'c0000000-0000-4000-8000-000000000002', 'Petit', 'Marc', DATE '1975-03-18', 'EXECUTIVE', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000102', 'c0000000-0000-4000-8000-000000000002', 'Roux', 'Sarah', DATE '1996-09-25', 'WORKER', 'PERMANENT'),
    ('b0000000-0000-4000-8000-000000000103', 'c0000000-0000-4000-8000-000000000002', 'Fournier', 'Adam', DATE '2004-01-11', 'WORKER', 'APPRENTICESHIP')
ON CONFLICT (id) DO NOTHING;

INSERT INTO dossier (id, number, establishment_id, scheme, status, title, training_start_date, training_start_year,
                     amount_requested, content, documents, document_request, pending_request, granted_amount, released_amount,
                     refusal_reason, termination, created_by, created_at, updated_at, status_since, version) VALUES
    ('d0000000-0000-4000-8000-000000000001', '900000001', 'e0000000-0000-4000-8000-000000000001', 'PLAN', 'DRAFT', 'Excel perfectionnement', DATE '2027-01-18', 2027, NULL,
     '{"training": {"title": "Excel perfectionnement", "objectives": null, "startDate": "2027-01-18", "endDate": null, "hours": null, "modality": null, "external": null}, "trainingBody": {"siret": null, "nda": null, "name": null}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000003", "lastName": null, "firstName": null, "birthDate": null, "category": "CLERK", "contractType": "PERMANENT"}], "costs": {"teaching": null, "related": null, "salaries": null}, "amountRequested": null, "subrogation": null, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-20T09:00:00Z', TIMESTAMPTZ '2026-11-20T09:12:00Z', TIMESTAMPTZ '2026-11-20T09:00:00Z', 1),
    ('d0000000-0000-4000-8000-000000000002', '900000002', 'e0000000-0000-4000-8000-000000000002', 'CONTRAT_PRO', 'DRAFT', 'Technicien de maintenance industrielle', DATE '2027-02-01', 2027, NULL,
     '{"training": {"title": "Technicien de maintenance industrielle", "objectives": null, "startDate": "2027-02-01", "endDate": null, "hours": null, "modality": null, "external": null}, "trainingBody": {"siret": null, "nda": null, "name": null}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000008", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PROFESSIONALISATION"}], "costs": {"teaching": null, "related": null, "salaries": null}, "amountRequested": null, "subrogation": null, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-22T14:00:00Z', TIMESTAMPTZ '2026-11-22T14:30:00Z', TIMESTAMPTZ '2026-11-22T14:00:00Z', 1),
    ('d0000000-0000-4000-8000-000000000003', '900000003', 'e0000000-0000-4000-8000-000000000001', 'PLAN', 'SUBMITTED', 'Habilitation électrique B1V', DATE '2027-01-11', 2027, 1450.00,
     '{"training": {"title": "Habilitation électrique B1V", "objectives": "Acquérir les compétences de habilitation électrique b1v", "startDate": "2027-01-11", "endDate": "2027-01-13", "hours": 21, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000001", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PERMANENT"}, {"employeeId": "b0000000-0000-4000-8000-000000000010", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PERMANENT"}], "costs": {"teaching": 1160.00, "related": 72.50, "salaries": 217.50}, "amountRequested": 1450.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-03T09:40:00Z', TIMESTAMPTZ '2026-11-04T09:30:00Z', TIMESTAMPTZ '2026-11-04T09:30:00Z', 2),
    ('d0000000-0000-4000-8000-000000000004', '900000004', 'e0000000-0000-4000-8000-000000000002', 'PLAN', 'SUBMITTED', 'Management d’équipe', DATE '2027-03-02', 2027, 3200.00,
     '{"training": {"title": "Management d’équipe", "objectives": "Acquérir les compétences de management d’équipe", "startDate": "2027-03-02", "endDate": "2027-04-27", "hours": 35, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000002", "lastName": null, "firstName": null, "birthDate": null, "category": "SUPERVISOR", "contractType": "PERMANENT"}, {"employeeId": "b0000000-0000-4000-8000-000000000009", "lastName": null, "firstName": null, "birthDate": null, "category": "SUPERVISOR", "contractType": "PERMANENT"}], "costs": {"teaching": 2560.00, "related": 160.00, "salaries": 480.00}, "amountRequested": 3200.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-10T15:00:00Z', TIMESTAMPTZ '2026-11-12T08:45:00Z', TIMESTAMPTZ '2026-11-12T08:45:00Z', 2),
    ('d0000000-0000-4000-8000-000000000005', '900000005', 'e0000000-0000-4000-8000-000000000001', 'PRO_A', 'IN_REVIEW', 'Soudure TIG', DATE '2027-01-04', 2027, 9800.00,
     '{"training": {"title": "Soudure TIG", "objectives": "Acquérir les compétences de soudure tig", "startDate": "2027-01-04", "endDate": "2027-06-25", "hours": 420, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000006", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "FIXED_TERM"}], "costs": {"teaching": 7840.00, "related": 490.00, "salaries": 1470.00}, "amountRequested": 9800.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-14T08:00:00Z', TIMESTAMPTZ '2026-10-20T08:30:00Z', TIMESTAMPTZ '2026-10-20T08:30:00Z', 3),
    ('d0000000-0000-4000-8000-000000000006', '900000006', 'e0000000-0000-4000-8000-000000000001', 'PLAN', 'AWAITING_DOCUMENTS', 'Anglais professionnel', DATE '2027-01-25', 2027, 2700.00,
     '{"training": {"title": "Anglais professionnel", "objectives": "Acquérir les compétences de anglais professionnel", "startDate": "2027-01-25", "endDate": "2027-05-31", "hours": 60, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000005", "lastName": null, "firstName": null, "birthDate": null, "category": "EXECUTIVE", "contractType": "PERMANENT"}, {"employeeId": "b0000000-0000-4000-8000-000000000011", "lastName": null, "firstName": null, "birthDate": null, "category": "EXECUTIVE", "contractType": "PERMANENT"}], "costs": {"teaching": 2160.00, "related": 135.00, "salaries": 405.00}, "amountRequested": 2700.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, '{"types": ["PROGRAMME", "QUOTE"], "dueDate": "2026-12-15", "message": "Merci de joindre le devis et le programme détaillé.", "requestedBy": "a0000000-0000-4000-8000-000000000001", "requestedAt": "2026-10-07T10:00:00Z"}'::jsonb, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-01T08:00:00Z', TIMESTAMPTZ '2026-10-07T10:00:00Z', TIMESTAMPTZ '2026-10-07T10:00:00Z', 4),
    ('d0000000-0000-4000-8000-000000000007', '900000007', 'e0000000-0000-4000-8000-000000000002', 'PLAN', 'GRANTED', 'CACES R489 chariots élévateurs', DATE '2026-12-07', 2026, 2400.00,
     '{"training": {"title": "CACES R489 chariots élévateurs", "objectives": "Acquérir les compétences de caces r489 chariots élévateurs", "startDate": "2026-12-07", "endDate": "2026-12-11", "hours": 35, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000004", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "APPRENTICESHIP"}, {"employeeId": "b0000000-0000-4000-8000-000000000012", "lastName": null, "firstName": null, "birthDate": null, "category": "CLERK", "contractType": "FIXED_TERM"}], "costs": {"teaching": 1920.00, "related": 120.00, "salaries": 360.00}, "amountRequested": 2400.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     2400.00, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-10T08:00:00Z', TIMESTAMPTZ '2026-09-18T11:00:00Z', TIMESTAMPTZ '2026-09-18T11:00:00Z', 4),
    ('d0000000-0000-4000-8000-000000000008', '900000008', 'e0000000-0000-4000-8000-000000000001', 'ACTION_COLLECTIVE', 'REFUSED', 'Sécurité incendie', DATE '2026-11-16', 2026, 900.00,
     '{"training": {"title": "Sécurité incendie", "objectives": "Acquérir les compétences de sécurité incendie", "startDate": "2026-11-16", "endDate": "2026-11-16", "hours": 7, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000007", "lastName": null, "firstName": null, "birthDate": null, "category": "CLERK", "contractType": "PERMANENT"}], "costs": {"teaching": 720.00, "related": 45.00, "salaries": 135.00}, "amountRequested": 900.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, 'Action collective déjà financée pour cet établissement cette année.', NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-20T08:00:00Z', TIMESTAMPTZ '2026-09-25T15:00:00Z', TIMESTAMPTZ '2026-09-25T15:00:00Z', 4),
    ('d0000000-0000-4000-8000-000000000009', '900000009', 'e0000000-0000-4000-8000-000000000001', 'PLAN', 'CANCELLED', 'Bureautique Word', DATE '2026-12-01', 2026, 700.00,
     '{"training": {"title": "Bureautique Word", "objectives": "Acquérir les compétences de bureautique word", "startDate": "2026-12-01", "endDate": "2026-12-02", "hours": 14, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000003", "lastName": null, "firstName": null, "birthDate": null, "category": "CLERK", "contractType": "PERMANENT"}], "costs": {"teaching": 560.00, "related": 35.00, "salaries": 105.00}, "amountRequested": 700.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-10T08:00:00Z', TIMESTAMPTZ '2026-10-12T09:00:00Z', TIMESTAMPTZ '2026-10-12T09:00:00Z', 3),
    ('d0000000-0000-4000-8000-000000000010', '900000010', 'e0000000-0000-4000-8000-000000000002', 'PLAN', 'IN_REVIEW', 'Lean management', DATE '2027-02-15', 2027, 2100.00,
     '{"training": {"title": "Lean management", "objectives": "Acquérir les compétences de lean management", "startDate": "2027-02-15", "endDate": "2027-03-19", "hours": 28, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000002", "lastName": null, "firstName": null, "birthDate": null, "category": "SUPERVISOR", "contractType": "PERMANENT"}], "costs": {"teaching": 1680.00, "related": 105.00, "salaries": 315.00}, "amountRequested": 2100.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, '{"kind": "MODIFICATION", "message": "Les dates de session ont changé : 15 mars au 16 avril.", "requestedBy": "a0000000-0000-4000-8000-000000000002", "requestedAt": "2026-11-02T09:00:00Z"}'::jsonb,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-20T08:00:00Z', TIMESTAMPTZ '2026-11-02T09:00:00Z', TIMESTAMPTZ '2026-10-23T09:00:00Z', 4),
    ('d0000000-0000-4000-8000-000000000011', '900000011', 'e0000000-0000-4000-8000-000000000003', 'PLAN', 'SUBMITTED', 'Menuiserie agencement', DATE '2027-01-18', 2027, 4200.00,
     '{"training": {"title": "Menuiserie agencement", "objectives": "Acquérir les compétences de menuiserie agencement", "startDate": "2027-01-18", "endDate": "2027-02-26", "hours": 140, "modality": "IN_PERSON", "external": true}, "trainingBody": {"siret": "55208131700034", "nda": "11755555575", "name": "Institut de Formation Rhône-Alpes"}, "trainees": [{"employeeId": "b0000000-0000-4000-8000-000000000102", "lastName": null, "firstName": null, "birthDate": null, "category": "WORKER", "contractType": "PERMANENT"}], "costs": {"teaching": 3360.00, "related": 210.00, "salaries": 630.00}, "amountRequested": 4200.00, "subrogation": false, "contract": {"startDate": null, "endDate": null, "tutorName": null, "beneficiaryBirthDate": null}}'::jsonb, '[]'::jsonb, NULL, NULL,
     NULL, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000003', TIMESTAMPTZ '2026-11-05T08:00:00Z', TIMESTAMPTZ '2026-11-06T09:00:00Z', TIMESTAMPTZ '2026-11-06T09:00:00Z', 2)
ON CONFLICT (id) DO NOTHING;

INSERT INTO dossier_history (dossier_id, seq, action, from_status, to_status, by_user, at, reason) VALUES
    ('d0000000-0000-4000-8000-000000000001', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-20T09:12:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000002', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-22T14:30:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000003', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-03T10:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000003', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-04T09:30:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000004', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-10T16:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000004', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-12T08:45:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000005', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-14T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000005', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-15T10:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000005', 2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-20T08:30:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000006', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-01T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000006', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-02T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000006', 2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-06T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000006', 3, 'REQUEST_DOCUMENTS', 'IN_REVIEW', 'AWAITING_DOCUMENTS', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-07T10:00:00Z', 'Merci de joindre le devis et le programme détaillé.'),
    ('d0000000-0000-4000-8000-000000000007', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-10T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000007', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-11T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000007', 2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-09-15T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000007', 3, 'GRANT', 'IN_REVIEW', 'GRANTED', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-09-18T11:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000008', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-20T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000008', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-09-21T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000008', 2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-09-23T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000008', 3, 'REFUSE', 'IN_REVIEW', 'REFUSED', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-09-25T15:00:00Z', 'Action collective déjà financée pour cet établissement cette année.'),
    ('d0000000-0000-4000-8000-000000000009', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-10T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000009', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-11T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000009', 2, 'CANCEL', 'SUBMITTED', 'CANCELLED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-12T09:00:00Z', 'Formation reportée à l’an prochain.'),
    ('d0000000-0000-4000-8000-000000000010', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-20T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000010', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-21T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000010', 2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-23T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000010', 3, 'REQUEST_MODIFICATION', 'IN_REVIEW', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-02T09:00:00Z', 'Les dates de session ont changé : 15 mars au 16 avril.'),
    ('d0000000-0000-4000-8000-000000000011', 0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000003', TIMESTAMPTZ '2026-11-05T09:00:00Z', NULL),
    ('d0000000-0000-4000-8000-000000000011', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000003', TIMESTAMPTZ '2026-11-06T09:00:00Z', NULL)
ON CONFLICT DO NOTHING;

-- Funding accounts (V12, issue 7): each company's envelopes, one per funding source, for last year, this year and next
-- year (relative to the day the demo starts, so that dossiers starting soon always find theirs). Grants draw on the
-- envelope of their scheme's source in the year their training starts (PLAN: legal contribution; collective actions:
-- voluntary contributions; work-study contracts and Pro-A: conventional contributions).
INSERT INTO funding_envelope (company_id, year, source, amount, updated_at)
SELECT envelope.company_id::uuid, year, envelope.source, envelope.amount, now()
FROM (VALUES ('c0000000-0000-4000-8000-000000000001', 'LEGAL', 150000.00),
             ('c0000000-0000-4000-8000-000000000001', 'VOLUNTARY', 30000.00),
             ('c0000000-0000-4000-8000-000000000001', 'CONVENTIONAL', 80000.00),
             ('c0000000-0000-4000-8000-000000000002', 'LEGAL', 20000.00),
             ('c0000000-0000-4000-8000-000000000002', 'VOLUNTARY', 5000.00),
             ('c0000000-0000-4000-8000-000000000002', 'CONVENTIONAL', 15000.00)
     ) AS envelope (company_id, source, amount)
CROSS JOIN generate_series(extract(year FROM now())::int - 1, extract(year FROM now())::int + 1) AS year
ON CONFLICT DO NOTHING;

-- Establishment contacts (V6): who the membership records know for each establishment. Registering with one of these
-- emails is approved automatically; any other email waits for staff.
INSERT INTO establishment_contact (establishment_id, email) VALUES
    ('e0000000-0000-4000-8000-000000000001', 'employeur@demo.passerelle.fr'),
    ('e0000000-0000-4000-8000-000000000001', 'rh.lyon@demo-industrie.example'),
    ('e0000000-0000-4000-8000-000000000002', 'accueil.grenoble@demo-industrie.example'),
    ('e0000000-0000-4000-8000-000000000003', 'employeur2@demo.passerelle.fr')
ON CONFLICT DO NOTHING;

-- Establishments, bank accounts and link requests (V8). Atelier Petit has two more establishments: Rezé, managed by
-- employeur2 (its change requests and closing are what the end-to-end tests try), and Saint-Nazaire, which nobody
-- manages yet (users ask to be linked to it). Grenoble has a validated bank account and a new one waiting for staff.
INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city) VALUES
    ('e0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000002', '90876543100014', 'Atelier Petit – Rezé', 'ACTIVE', '12 rue de la Commune', '44400', 'Rezé'),
    ('e0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000002', '90876543100022', 'Atelier Petit – Saint-Nazaire', 'ACTIVE', '5 avenue de la République', '44600', 'Saint-Nazaire')
ON CONFLICT (id) DO NOTHING;

INSERT INTO establishment_right (user_account_id, establishment_id, access_right)
SELECT 'a0000000-0000-4000-8000-000000000003'::uuid, 'e0000000-0000-4000-8000-000000000004'::uuid, granted.access_right
FROM (VALUES ('VIEW_DOSSIERS'), ('MANAGE_DOSSIERS'), ('MANAGE_INVOICES'), ('MANAGE_EMPLOYEES'),
             ('VIEW_REPORTING'), ('MANAGE_COMPANY'), ('ADMIN')) AS granted (access_right)
ON CONFLICT DO NOTHING;

INSERT INTO document (id, establishment_id, content_type, size, sha256, content)
SELECT proof.id, 'e0000000-0000-4000-8000-000000000002', 'application/pdf', length(proof.content), encode(sha256(proof.content), 'hex'), proof.content
FROM (VALUES ('f0000000-0000-4000-8000-000000000001'::uuid, convert_to(E'%PDF-1.4\n% RIB Demo Industrie Grenoble (Credit Agricole)\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000002'::uuid, convert_to(E'%PDF-1.4\n% RIB Demo Industrie Grenoble (Societe Generale)\n%%EOF\n', 'UTF8'))
     ) AS proof (id, content)
ON CONFLICT (id) DO NOTHING;

INSERT INTO bank_account (id, establishment_id, iban, bic, holder, proof_id, status, rejection_reason, proposed_at) VALUES
    ('ba000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002', 'FR7630006000011234567890189', 'AGRIFRPP882', 'DEMO INDUSTRIE SAS', 'f0000000-0000-4000-8000-000000000001', 'ACTIVE', NULL, TIMESTAMPTZ '2026-06-02T09:00:00Z'),
    ('ba000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002', 'FR4430003035420005000000187', 'SOGEFRPP', 'DEMO INDUSTRIE SAS', 'f0000000-0000-4000-8000-000000000002', 'PENDING_VALIDATION', NULL, TIMESTAMPTZ '2026-11-24T14:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO establishment_history (establishment_id, seq, action, from_status, to_status, by_user, at, reason) VALUES
    ('e0000000-0000-4000-8000-000000000002', 0, 'ADD_BANK_ACCOUNT', 'ACTIVE', 'ACTIVE', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-06-02T09:00:00Z', NULL),
    ('e0000000-0000-4000-8000-000000000002', 1, 'VALIDATE_BANK_ACCOUNT', 'ACTIVE', 'ACTIVE', 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-06-03T10:00:00Z', NULL),
    ('e0000000-0000-4000-8000-000000000002', 2, 'ADD_BANK_ACCOUNT', 'ACTIVE', 'ACTIVE', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-24T14:00:00Z', NULL)
ON CONFLICT DO NOTHING;

-- Messages of the dossiers' threads (V11): the request for documents of 900000006 waits to be read by the company,
-- a question on 900000005 waits to be read by the OPCO, and the thread of the granted 900000007 is read on both sides.
INSERT INTO dossier_message (id, dossier_id, side, author_id, author_name, body, posted_at, requested_documents, read_at, read_by, read_by_name) VALUES
    ('f0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000006', 'OPCO', 'a0000000-0000-4000-8000-000000000001', 'Gabriel Lefèvre',
     'Merci de joindre le devis et le programme détaillé.', TIMESTAMPTZ '2026-10-07T10:00:00Z', '{"types": ["PROGRAMME", "QUOTE"], "dueDate": "2026-12-15"}'::jsonb,
     NULL, NULL, NULL),
    ('f0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000005', 'COMPANY', 'a0000000-0000-4000-8000-000000000002', 'Émilie Durand',
     'Bonjour, l’organisme nous confirme la session du 4 janvier. Avez-vous besoin d’autre chose pour instruire le dossier ?', TIMESTAMPTZ '2026-10-22T14:10:00Z', NULL,
     NULL, NULL, NULL),
    ('f0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000007', 'COMPANY', 'a0000000-0000-4000-8000-000000000002', 'Émilie Durand',
     'Les deux stagiaires sont inscrits à la session du 7 décembre.', TIMESTAMPTZ '2026-09-16T09:30:00Z', NULL,
     TIMESTAMPTZ '2026-09-17T08:05:00Z', 'a0000000-0000-4000-8000-000000000001', 'Gabriel Lefèvre'),
    ('f0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000007', 'OPCO', 'a0000000-0000-4000-8000-000000000001', 'Gabriel Lefèvre',
     'Merci, le dossier est complet : la décision suit.', TIMESTAMPTZ '2026-09-17T08:06:00Z', NULL,
     TIMESTAMPTZ '2026-09-18T12:00:00Z', 'a0000000-0000-4000-8000-000000000002', 'Émilie Durand')
ON CONFLICT (id) DO NOTHING;

-- Notifications (issue 6): what the demo dossiers and establishments went through, so that the bell is not empty on
-- first run. Émilie has two unread and two read; staff share the submitted dossiers waiting for them.
INSERT INTO notification (id, recipient_id, for_staff, event_type, title, body, target_kind, target_id, dedup_key, created_at, alerted_at) VALUES
    ('f6000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', false, 'DOCUMENTS_REQUESTED',
     'Pièces demandées avant le 15/12/2026 : dossier 900000006',
     'L’OPCO attend pour le dossier « Anglais professionnel » (n° 900000006), au plus tard le 15/12/2026 : devis.',
     'DOSSIER', '900000006', 'demo:documents-requested:900000006', TIMESTAMPTZ '2026-11-25T10:00:00Z', TIMESTAMPTZ '2026-11-25T10:00:00Z'),
    ('f6000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000002', false, 'DOSSIER_STATUS_CHANGED',
     'Dossier 900000005 en instruction',
     'Le dossier « Soudure TIG » (n° 900000005) est passé de l’état « déposé » à « en instruction ».',
     'DOSSIER', '900000005', 'demo:review:900000005', TIMESTAMPTZ '2026-11-18T14:00:00Z', TIMESTAMPTZ '2026-11-18T14:00:00Z'),
    ('f6000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', false, 'DOSSIER_STATUS_CHANGED',
     'Dossier 900000007 accordé',
     'Le dossier « CACES R489 chariots élévateurs » (n° 900000007) est passé de l’état « en instruction » à « accordé ».',
     'DOSSIER', '900000007', 'demo:grant:900000007', TIMESTAMPTZ '2026-10-30T09:00:00Z', TIMESTAMPTZ '2026-10-30T09:00:00Z'),
    ('f6000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', false, 'BANK_ACCOUNT_DECIDED',
     'RIB validé : Démo Industrie – Grenoble',
     'Le compte bancaire proposé pour l’établissement « Démo Industrie – Grenoble » a été validé : les paiements de l’OPCO y seront désormais versés.',
     'ESTABLISHMENT', 'e0000000-0000-4000-8000-000000000002', 'demo:bank-account:grenoble', TIMESTAMPTZ '2026-06-03T10:00:00Z', TIMESTAMPTZ '2026-06-03T10:00:00Z'),
    ('f6000000-0000-4000-8000-000000000005', NULL, true, 'DOSSIER_STATUS_CHANGED', 'Nouveau dossier déposé : 900000003',
     'Le dossier « Habilitation électrique B1V » (n° 900000003) a été déposé et attend d’être pris en instruction.',
     'DOSSIER', '900000003', 'demo:submit:900000003', TIMESTAMPTZ '2026-11-04T09:30:00Z', NULL),
    ('f6000000-0000-4000-8000-000000000006', NULL, true, 'DOSSIER_STATUS_CHANGED', 'Nouveau dossier déposé : 900000004',
     'Le dossier « Management d’équipe » (n° 900000004) a été déposé et attend d’être pris en instruction.',
     'DOSSIER', '900000004', 'demo:submit:900000004', TIMESTAMPTZ '2026-11-12T08:45:00Z', NULL)
ON CONFLICT (id) DO NOTHING;

INSERT INTO notification_read (notification_id, account_id, read_at) VALUES
    ('f6000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-10-30T12:00:00Z'),
    ('f6000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-06-03T12:00:00Z')
ON CONFLICT DO NOTHING;

-- Invoices (V15, issue 7). The demo training-body account speaks for "Institut de Formation Rhône-Alpes" (SIRET
-- 55208131700034), the training body of every demo dossier. Three more granted dossiers of "Démo Industrie", each with
-- its certificate of completion: two under subrogation (the training body invoices them: 900000012 not yet, 900000013
-- has one paid and one waiting for staff) and one without (900000014, Grenoble: one invoice paid, one validated that
-- staff can pay on Grenoble's active bank account).
INSERT INTO training_body_account (user_account_id, siret) VALUES ('a0000000-0000-4000-8000-000000000004', '55208131700034')
ON CONFLICT DO NOTHING;

INSERT INTO dossier (id, number, establishment_id, scheme, status, title, training_start_date, training_start_year,
                     amount_requested, content, documents, document_request, pending_request, granted_amount, released_amount,
                     refusal_reason, termination, created_by, created_at, updated_at, status_since, version)
SELECT granted.id::uuid, granted.number, granted.establishment_id::uuid, 'PLAN', 'GRANTED', granted.title, granted.start_date,
       extract(year FROM granted.start_date)::int, granted.requested,
       jsonb_build_object(
           'training', jsonb_build_object('title', granted.title, 'objectives', 'Acquérir les compétences de ' || lower(granted.title),
                                          'startDate', granted.start_date, 'endDate', granted.start_date + 11, 'hours', 70,
                                          'modality', 'IN_PERSON', 'external', true),
           'trainingBody', jsonb_build_object('siret', '55208131700034', 'nda', '11755555575', 'name', 'Institut de Formation Rhône-Alpes'),
           'trainees', jsonb_build_array(jsonb_build_object('employeeId', granted.employee, 'lastName', NULL, 'firstName', NULL,
                                                            'birthDate', NULL, 'category', 'WORKER', 'contractType', 'PERMANENT')),
           'costs', jsonb_build_object('teaching', granted.requested, 'related', 0.00, 'salaries', 0.00),
           'amountRequested', granted.requested, 'subrogation', granted.subrogation,
           'contract', jsonb_build_object('startDate', NULL, 'endDate', NULL, 'tutorName', NULL, 'beneficiaryBirthDate', NULL)),
       jsonb_build_array(jsonb_build_object('id', granted.certificate, 'type', 'CERTIFICATE_OF_COMPLETION',
                                            'fileName', 'certificat-de-realisation.pdf', 'version', 1, 'supersedes', NULL,
                                            'superseded', false, 'attachedBy', 'a0000000-0000-4000-8000-000000000002',
                                            'attachedAt', to_char(granted.certified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))),
       NULL, NULL, granted.granted, 0, NULL, NULL, 'a0000000-0000-4000-8000-000000000002',
       granted.granted_at - interval '10 days', granted.certified_at, granted.granted_at, 5
FROM (VALUES ('d0000000-0000-4000-8000-000000000012', '900000012', 'e0000000-0000-4000-8000-000000000001', 'Soudage semi-automatique MAG',
              DATE '2026-10-05', 3600.00, 3600.00, true, 'b0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000012',
              TIMESTAMPTZ '2026-09-01T10:00:00Z', TIMESTAMPTZ '2026-10-20T09:00:00Z'),
             ('d0000000-0000-4000-8000-000000000013', '900000013', 'e0000000-0000-4000-8000-000000000001', 'Lean management',
              DATE '2026-09-14', 5200.00, 5000.00, true, 'b0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000013',
              TIMESTAMPTZ '2026-08-20T10:00:00Z', TIMESTAMPTZ '2026-10-02T09:00:00Z'),
             ('d0000000-0000-4000-8000-000000000014', '900000014', 'e0000000-0000-4000-8000-000000000002', 'Sauveteur secouriste du travail',
              DATE '2026-06-08', 1800.00, 1800.00, false, 'b0000000-0000-4000-8000-000000000010', 'f0000000-0000-4000-8000-000000000014',
              TIMESTAMPTZ '2026-05-12T10:00:00Z', TIMESTAMPTZ '2026-06-20T09:00:00Z')
     ) AS granted (id, number, establishment_id, title, start_date, requested, granted, subrogation, employee, certificate,
                   granted_at, certified_at)
ON CONFLICT (id) DO NOTHING;

INSERT INTO dossier_history (dossier_id, seq, action, from_status, to_status, by_user, at, reason)
SELECT dossier.id, step.seq, step.action, step.from_status, step.to_status, step.by_user::uuid,
       CASE WHEN step.action = 'ATTACH_DOCUMENT' THEN dossier.updated_at ELSE dossier.created_at + step.after END, NULL
FROM dossier
CROSS JOIN (VALUES (0, 'SAVE_DRAFT', 'DRAFT', 'DRAFT', 'a0000000-0000-4000-8000-000000000002', interval '1 hour'),
                   (1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'a0000000-0000-4000-8000-000000000002', interval '1 day'),
                   (2, 'TAKE_INTO_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'a0000000-0000-4000-8000-000000000001', interval '3 days'),
                   (3, 'GRANT', 'IN_REVIEW', 'GRANTED', 'a0000000-0000-4000-8000-000000000001', interval '10 days'),
                   (4, 'ATTACH_DOCUMENT', 'GRANTED', 'GRANTED', 'a0000000-0000-4000-8000-000000000002', NULL)
     ) AS step (seq, action, from_status, to_status, by_user, after)
WHERE dossier.id IN ('d0000000-0000-4000-8000-000000000012', 'd0000000-0000-4000-8000-000000000013',
                     'd0000000-0000-4000-8000-000000000014')
ON CONFLICT DO NOTHING;

-- The certificates and invoices' PDFs (tiny placeholders: the demo only lists and downloads them).
INSERT INTO document (id, dossier_id, content_type, size, sha256, content)
SELECT file.id::uuid, file.dossier_id::uuid, 'application/pdf', length(file.content), encode(sha256(file.content), 'hex'), file.content
FROM (VALUES ('f0000000-0000-4000-8000-000000000012', 'd0000000-0000-4000-8000-000000000012', convert_to(E'%PDF-1.4\n% Certificat de realisation 900000012\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000013', 'd0000000-0000-4000-8000-000000000013', convert_to(E'%PDF-1.4\n% Certificat de realisation 900000013\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000014', 'd0000000-0000-4000-8000-000000000014', convert_to(E'%PDF-1.4\n% Certificat de realisation 900000014\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000113', 'd0000000-0000-4000-8000-000000000013', convert_to(E'%PDF-1.4\n% Facture IFRA-2026-0412\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000114', 'd0000000-0000-4000-8000-000000000014', convert_to(E'%PDF-1.4\n% Facture DI-2026-118\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000115', 'd0000000-0000-4000-8000-000000000014', convert_to(E'%PDF-1.4\n% Facture DI-2026-131\n%%EOF\n', 'UTF8')),
             ('f0000000-0000-4000-8000-000000000116', 'd0000000-0000-4000-8000-000000000013', convert_to(E'%PDF-1.4\n% Facture IFRA-2026-0398\n%%EOF\n', 'UTF8'))
     ) AS file (id, dossier_id, content)
ON CONFLICT (id) DO NOTHING;

-- Payments ("Règlements"): one to Grenoble, one to the training body, on the bank account staff registered for it.
INSERT INTO training_body_bank_account (id, siret, iban, bic, holder, active, registered_by, registered_at) VALUES
    ('ba000000-0000-4000-8000-000000000101', '55208131700034', 'FR7610107001011234567890129', 'BREDFRPP', 'INSTITUT DE FORMATION RHONE-ALPES',
     true, 'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-09-01T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO payment (id, payee_establishment_id, payee_siret, payee_name, amount, bank_account_id, iban, bic, status, ordered_by,
                     ordered_at, version) VALUES
    ('20000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002', NULL, 'Démo Industrie – Grenoble', 1000.00,
     'ba000000-0000-4000-8000-000000000001', 'FR7630006000011234567890189', 'AGRIFRPP882', 'ORDERED',
     'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-07-03T10:00:00Z', 0),
    ('20000000-0000-4000-8000-000000000002', NULL, '55208131700034', 'Institut de Formation Rhône-Alpes', 1500.00,
     'ba000000-0000-4000-8000-000000000101', 'FR7610107001011234567890129', 'BREDFRPP', 'ORDERED',
     'a0000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-15T10:00:00Z', 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO invoice (id, dossier_id, issuer_establishment_id, issuer_siret, number, invoice_date, amount, status, staff_comment,
                     payment_id, document_id, file_name, submitted_by, submitted_at, updated_at, version) VALUES
    ('10000000-0000-4000-8000-000000000013', 'd0000000-0000-4000-8000-000000000013', NULL, '55208131700034', 'IFRA-2026-0412',
     DATE '2026-10-05', 2500.00, 'SUBMITTED', NULL, NULL, 'f0000000-0000-4000-8000-000000000113', 'facture-IFRA-2026-0412.pdf',
     'a0000000-0000-4000-8000-000000000004', TIMESTAMPTZ '2026-10-06T08:30:00Z', TIMESTAMPTZ '2026-10-06T08:30:00Z', 0),
    ('10000000-0000-4000-8000-000000000014', 'd0000000-0000-4000-8000-000000000014', 'e0000000-0000-4000-8000-000000000002', NULL, 'DI-2026-118',
     DATE '2026-06-22', 1000.00, 'PAID', NULL, '20000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000114',
     'facture-DI-2026-118.pdf', 'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-06-23T10:00:00Z',
     TIMESTAMPTZ '2026-07-03T10:00:00Z', 2),
    ('10000000-0000-4000-8000-000000000015', 'd0000000-0000-4000-8000-000000000014', 'e0000000-0000-4000-8000-000000000002', NULL, 'DI-2026-131',
     DATE '2026-07-10', 800.00, 'VALIDATED', NULL, NULL, 'f0000000-0000-4000-8000-000000000115', 'facture-DI-2026-131.pdf',
     'a0000000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-07-11T10:00:00Z', TIMESTAMPTZ '2026-07-15T14:00:00Z', 1),
    ('10000000-0000-4000-8000-000000000016', 'd0000000-0000-4000-8000-000000000013', NULL, '55208131700034', 'IFRA-2026-0398',
     DATE '2026-09-30', 1500.00, 'PAID', NULL, '20000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000116',
     'facture-IFRA-2026-0398.pdf', 'a0000000-0000-4000-8000-000000000004', TIMESTAMPTZ '2026-10-01T08:30:00Z',
     TIMESTAMPTZ '2026-10-15T10:00:00Z', 2)
ON CONFLICT (id) DO NOTHING;

INSERT INTO invoice_history (invoice_id, seq, action, from_status, to_status, by_user, at, reason) VALUES
    ('10000000-0000-4000-8000-000000000014', 0, 'VALIDATE', 'SUBMITTED', 'VALIDATED', 'a0000000-0000-4000-8000-000000000001',
     TIMESTAMPTZ '2026-06-25T14:00:00Z', NULL),
    ('10000000-0000-4000-8000-000000000014', 1, 'PAY', 'VALIDATED', 'PAID', 'a0000000-0000-4000-8000-000000000001',
     TIMESTAMPTZ '2026-07-03T10:00:00Z', NULL),
    ('10000000-0000-4000-8000-000000000015', 0, 'VALIDATE', 'SUBMITTED', 'VALIDATED', 'a0000000-0000-4000-8000-000000000001',
     TIMESTAMPTZ '2026-07-15T14:00:00Z', NULL),
    ('10000000-0000-4000-8000-000000000016', 0, 'VALIDATE', 'SUBMITTED', 'VALIDATED', 'a0000000-0000-4000-8000-000000000001',
     TIMESTAMPTZ '2026-10-10T14:00:00Z', NULL),
    ('10000000-0000-4000-8000-000000000016', 1, 'PAY', 'VALIDATED', 'PAID', 'a0000000-0000-4000-8000-000000000001',
     TIMESTAMPTZ '2026-10-15T10:00:00Z', NULL)
ON CONFLICT DO NOTHING;
