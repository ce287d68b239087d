-- Smart Municipality: roles and row-level security for one study schema in PostGIS.
--
-- Run it as a database administrator (a role with CREATEROLE that owns the schema, or a superuser), AFTER the
-- store exists (open it once with the plugin as its owner), and again after every plugin upgrade that adds tables:
--
--     psql "service=gis" -v schema=smart_municipality -f postgis_roles.sql
--
-- It is idempotent. It creates (when missing):
--   * group role sm_viewer  - may read the study, only the municipalities granted in store_access, and copy it
--                             out (smart_municipality:copy_store reads the fid counters);
--   * group role sm_editor  - may also insert, update and delete records of the municipalities granted with
--                             can_edit = true; it can read change_history but never write it (the history triggers
--                             run as the schema owner);
--   * table <schema>.store_access (role_name, niscode, can_edit): who may see and edit which municipality;
--     niscode '*' means every municipality of the region;
--   * row-level security policies on every table of the schema that has a niscode column.
-- The schema owner (the role that created the store) is not restricted; it runs upgrades.
--
-- Example, after running this script:
--     CREATE ROLE an_peeters LOGIN IN ROLE sm_editor;            -- password via your usual policy
--     CREATE ROLE regio_viewer LOGIN IN ROLE sm_viewer;
--     INSERT INTO smart_municipality.store_access VALUES ('an_peeters', '44021', true);   -- edits Gent
--     INSERT INTO smart_municipality.store_access VALUES ('an_peeters', '*', false);      -- reads the region
--     INSERT INTO smart_municipality.store_access VALUES ('regio_viewer', '*', false);
-- A group role works too: grant the municipality to a role "gent_editors" and make people members of it.

\set ON_ERROR_STOP on
SELECT set_config('sm.schema', :'schema', false) AS schema \gset

BEGIN;

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sm_viewer') THEN
        CREATE ROLE sm_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sm_editor') THEN
        CREATE ROLE sm_editor NOLOGIN;
    END IF;
END
$roles$;

DO $setup$
DECLARE
    s text := current_setting('sm.schema');
    t record;
    may_read text;
    may_edit text;
BEGIN
    IF to_regclass(format('%I.store_meta', s)) IS NULL THEN
        RAISE EXCEPTION 'Schema % holds no Smart Municipality store; open it once with the plugin first.', s;
    END IF;

    EXECUTE format($sql$
        CREATE TABLE IF NOT EXISTS %I.store_access (
            role_name text NOT NULL,
            niscode text NOT NULL CHECK (niscode = '*' OR niscode ~ '^[0-9]{5}$'),
            can_edit boolean NOT NULL DEFAULT false,
            PRIMARY KEY (role_name, niscode))$sql$, s);
    EXECUTE format('COMMENT ON TABLE %I.store_access IS %L', s,
                   'Smart Municipality: which role may read (and with can_edit, change) which municipality; * = all.');

    -- The NIS codes the current user may read (for_edit = false) or change (true); '*' stands for all.
    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION %1$I.sm_niscodes(for_edit boolean) RETURNS text[]
        LANGUAGE sql STABLE AS $body$
            SELECT coalesce(array_agg(DISTINCT a.niscode), '{}'::text[])
            FROM %1$I.store_access a JOIN pg_catalog.pg_roles r ON r.rolname = a.role_name
            WHERE (a.can_edit OR NOT for_edit) AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
        $body$$sql$, s);

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO sm_viewer, sm_editor', s);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO sm_viewer, sm_editor', s);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO sm_editor', s);
    -- SELECT (not USAGE: no nextval) lets a viewer read the fid counters, which a copy of the study out needs
    EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA %I TO sm_viewer', s);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %I.sm_niscodes(boolean) TO sm_viewer, sm_editor', s);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.store_access, %I.store_meta, %I.change_history '
                   'FROM sm_viewer, sm_editor', s, s, s);

    -- (SELECT ...)::text[] is evaluated once per query (an init plan), not once per row
    may_read := format('(''*'' = ANY ((SELECT %1$I.sm_niscodes(false))::text[]) '
                       'OR niscode = ANY ((SELECT %1$I.sm_niscodes(false))::text[]))', s);
    may_edit := format('(''*'' = ANY ((SELECT %1$I.sm_niscodes(true))::text[]) '
                       'OR niscode = ANY ((SELECT %1$I.sm_niscodes(true))::text[]))', s);

    FOR t IN
        SELECT c.relname
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'niscode' AND NOT a.attisdropped
        WHERE n.nspname = s AND c.relkind IN ('r', 'p') AND c.relname <> 'store_access'
        ORDER BY c.relname
    LOOP
        IF t.relname <> 'change_history' THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO sm_editor', s, t.relname);
        END IF;
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', s, t.relname);
        EXECUTE format('DROP POLICY IF EXISTS sm_read ON %I.%I', s, t.relname);
        EXECUTE format('DROP POLICY IF EXISTS sm_insert ON %I.%I', s, t.relname);
        EXECUTE format('DROP POLICY IF EXISTS sm_update ON %I.%I', s, t.relname);
        EXECUTE format('DROP POLICY IF EXISTS sm_delete ON %I.%I', s, t.relname);
        EXECUTE format('CREATE POLICY sm_read ON %I.%I FOR SELECT TO sm_viewer, sm_editor USING %s',
                       s, t.relname, may_read);
        EXECUTE format('CREATE POLICY sm_insert ON %I.%I FOR INSERT TO sm_editor WITH CHECK %s',
                       s, t.relname, may_edit);
        EXECUTE format('CREATE POLICY sm_update ON %I.%I FOR UPDATE TO sm_editor USING %s WITH CHECK %s',
                       s, t.relname, may_edit, may_edit);
        EXECUTE format('CREATE POLICY sm_delete ON %I.%I FOR DELETE TO sm_editor USING %s',
                       s, t.relname, may_edit);
    END LOOP;
END
$setup$;

COMMIT;
