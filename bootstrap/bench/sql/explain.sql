-- The list and fetch queries exactly as the app issues them (Hibernate 6's SQL, seen with
-- QUARKUS_HIBERNATE_ORM_LOG_SQL=true; from DossierPanacheRepository.search for staff, whose scope adds
-- "status <> 'DRAFT'" and which selects only the columns of a summary, and DossierPanacheRepository.find, a native
-- statement that reads the dossier with its history), with the values of one request.
-- The app runs them as JDBC prepared statements: after five executions PostgreSQL may switch to a generic plan,
-- so the list query is also shown with plan_cache_mode = force_generic_plan.
-- psql -v establishment="'<uuid>'" -v status="'GRANTED'" -v number="'910004203'" -f explain.sql
\set ON_ERROR_STOP on
\pset pager off

\echo '--- list: GET /api/v1/dossiers?establishmentId=…&status=…&limit=20 (fetches limit + 1 rows)'
PREPARE list_dossiers(uuid, varchar, int) AS
select de1_0.id, de1_0.number, de1_0.establishment_id, de1_0.scheme, de1_0.status, de1_0.title, de1_0.training_start_date,
       de1_0.amount_requested, de1_0.updated_at, de1_0.status_since
from dossier de1_0
where de1_0.status<>'DELETED' and de1_0.status<>'DRAFT' and de1_0.establishment_id=$1 and de1_0.status=$2
order by de1_0.updated_at desc, de1_0.id desc
fetch first $3 rows only;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_dossiers(:establishment, :status, 21);
\echo '--- list, generic plan (what a prepared statement may get after five executions)'
SET plan_cache_mode = force_generic_plan;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_dossiers(:establishment, :status, 21);
RESET plan_cache_mode;

\echo '--- fetch: GET /api/v1/dossiers/{number}: the dossier with its history in one statement, then its documents'
EXPLAIN (ANALYZE, BUFFERS)
SELECT d.id, d.number, d.establishment_id, d.scheme, d.status, d.content::text, d.documents::text,
       d.document_request::text, d.pending_request::text, d.granted_amount, d.released_amount,
       d.refusal_reason, d.termination::text, d.created_by, d.created_at, d.updated_at, d.version,
       (SELECT json_agg(json_build_array(action, from_status, to_status, by_user, at, reason) ORDER BY seq)::text
        FROM dossier_history WHERE dossier_id = d.id)
FROM dossier d WHERE d.number = :number;
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, content_type, size, sha256 FROM document WHERE dossier_id = (SELECT id FROM dossier WHERE number = :number);
