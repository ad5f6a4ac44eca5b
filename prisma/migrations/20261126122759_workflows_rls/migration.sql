-- Hand-written: privileges and row-level security for the workflow tables.
-- Request paths run as nexus_app inside withTenant(); the run workers, the schedule ticker, the webhook
-- look-up (before the tenant is known) and the lease sweeper run as nexus_worker (BYPASSRLS) via withSystem().

GRANT SELECT, INSERT, UPDATE, DELETE ON workflows, workflow_versions, workflow_runs, workflow_node_runs,
  workflow_run_events, workflow_schedules, tenant_secrets, workflow_settings TO nexus_app, nexus_worker;

ALTER TABLE workflows ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflows FORCE ROW LEVEL SECURITY;
CREATE POLICY workflows_tenant ON workflows
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_versions_tenant ON workflow_versions
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_runs_tenant ON workflow_runs
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_node_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_node_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_node_runs_tenant ON workflow_node_runs
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_run_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_run_events FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_run_events_tenant ON workflow_run_events
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_schedules ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_schedules FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_schedules_tenant ON workflow_schedules
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE tenant_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_secrets_tenant ON tenant_secrets
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE workflow_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_settings_tenant ON workflow_settings
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

-- Versions are immutable once saved: nobody (owner included) may change one; deleting the workflow cascades.
CREATE FUNCTION workflow_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'workflow versions are immutable';
END $$;
CREATE TRIGGER workflow_versions_no_update BEFORE UPDATE ON workflow_versions
  FOR EACH ROW EXECUTE FUNCTION workflow_versions_immutable();
