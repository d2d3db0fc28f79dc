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

INSERT INTO user_account (id, subject, login_email, display_name, state, preferred_establishment_id) VALUES
    ('a0000000-0000-4000-8000-000000000001', '5a55e12e-0000-4000-8000-000000000001', 'gestionnaire@demo.passerelle.fr', 'Gabriel Lefèvre', 'ACTIVE', NULL),
    ('a0000000-0000-4000-8000-000000000002', '5a55e12e-0000-4000-8000-000000000002', 'employeur@demo.passerelle.fr', 'Émilie Durand', 'ACTIVE', 'e0000000-0000-4000-8000-000000000001'),
    ('a0000000-0000-4000-8000-000000000003', '5a55e12e-0000-4000-8000-000000000003', 'employeur2@demo.passerelle.fr', 'Marc Petit', 'ACTIVE', 'e0000000-0000-4000-8000-000000000003'),
    ('a0000000-0000-4000-8000-000000000004', '5a55e12e-0000-4000-8000-000000000004', 'organisme@demo.passerelle.fr', 'Odile Bernard', 'ACTIVE', NULL)
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
