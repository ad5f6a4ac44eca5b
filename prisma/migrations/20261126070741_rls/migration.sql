-- Hand-written: privileges for the application and worker roles, and row-level security.
-- Roles are cluster-wide and created beforehand by ensureRoles() (packages/db/src/roles.ts):
--   nexus_owner  owns the schema, runs migrations (RLS is FORCEd, so it is tenant-bound too)
--   nexus_app    the application: NOSUPERUSER NOBYPASSRLS, not owner
--   nexus_worker BYPASSRLS: outbox relay and system jobs only
-- A new tenant-owned table needs the same three things as below: GRANTs, ENABLE + FORCE RLS, policies.

-- Settings the policies read; set per transaction by withTenant() with set_config(..., true).
-- NULLIF: after a transaction-local setting ends, the session still sees '' rather than NULL.
CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_api_key_prefix() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.api_key_prefix', true), '') $$;

GRANT USAGE ON SCHEMA public TO nexus_app, nexus_worker;
GRANT EXECUTE ON FUNCTION app_tenant_id(), app_user_id(), app_api_key_prefix() TO nexus_app, nexus_worker;

-- Global tables (no tenant): the application manages organisations and accounts.
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, users TO nexus_app, nexus_worker;
ALTER TABLE users ADD CONSTRAINT users_email_lower_case CHECK (email = lower(email));

-- Tenant-owned tables.
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships, api_keys, agents TO nexus_app, nexus_worker;

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_tenant ON memberships
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
-- A signed-in user lists their own organisations, whatever the current tenant.
CREATE POLICY memberships_own_user_read ON memberships FOR SELECT
  USING (user_id = app_user_id());

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY api_keys_tenant ON api_keys
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
-- Authentication finds a key by its public prefix before the tenant is known ...
CREATE POLICY api_keys_prefix_read ON api_keys FOR SELECT
  USING (prefix = app_api_key_prefix());
-- ... and stamps last_used_at on it; the trigger below keeps that path to that one column.
CREATE POLICY api_keys_prefix_touch ON api_keys FOR UPDATE
  USING (prefix = app_api_key_prefix()) WITH CHECK (prefix = app_api_key_prefix());

CREATE FUNCTION api_keys_prefix_touch_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.tenant_id IS DISTINCT FROM app_tenant_id()
     AND OLD.prefix = app_api_key_prefix()
     AND (to_jsonb(NEW) - 'last_used_at') IS DISTINCT FROM (to_jsonb(OLD) - 'last_used_at') THEN
    RAISE EXCEPTION 'api key % may only have last_used_at changed outside its tenant', OLD.prefix
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER api_keys_prefix_touch_only BEFORE UPDATE ON api_keys
  FOR EACH ROW EXECUTE FUNCTION api_keys_prefix_touch_only();

ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
ALTER TABLE agents FORCE ROW LEVEL SECURITY;
CREATE POLICY agents_tenant ON agents
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
-- The public catalogue: anyone may read PUBLIC agents; changing them stays with their tenant.
CREATE POLICY agents_public_read ON agents FOR SELECT
  USING (visibility = 'PUBLIC');

-- Outbox: the application appends events of its tenant (or global ones) in its own transaction;
-- only the worker reads across tenants, marks rows published and cleans up.
GRANT SELECT, INSERT ON outbox_events TO nexus_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_events TO nexus_worker;
ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_events FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_events_append ON outbox_events FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() OR tenant_id IS NULL);
CREATE POLICY outbox_events_tenant_read ON outbox_events FOR SELECT
  USING (tenant_id = app_tenant_id());

-- Consumers' dedup ledger: written by processOnce() in the consumer's own transaction.
GRANT SELECT, INSERT ON processed_events TO nexus_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON processed_events TO nexus_worker;
