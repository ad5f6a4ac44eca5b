-- Hand-written: privileges and row-level security for the tables added in tenancy_enterprise.
-- Look-ups that happen before the tenant is known (a custom domain's host, an ACME token, an OIDC issuer,
-- an invitation token) and the scheduled jobs (verification, renewal, provisioning) run on the worker
-- database (nexus_worker, BYPASSRLS) through withSystem(); the application role stays tenant-bound.

GRANT SELECT, INSERT, UPDATE, DELETE ON invitations, custom_roles, domains, domain_certificates,
  identity_providers, tenant_usage_gauges, tenant_usage_samples, tenant_isolation TO nexus_app, nexus_worker;

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_tenant ON invitations
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE custom_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY custom_roles_tenant ON custom_roles
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE domains FORCE ROW LEVEL SECURITY;
CREATE POLICY domains_tenant ON domains
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE domain_certificates ENABLE ROW LEVEL SECURITY;
ALTER TABLE domain_certificates FORCE ROW LEVEL SECURITY;
CREATE POLICY domain_certificates_tenant ON domain_certificates
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE identity_providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity_providers FORCE ROW LEVEL SECURITY;
CREATE POLICY identity_providers_tenant ON identity_providers
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE tenant_usage_gauges ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_usage_gauges FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_usage_gauges_tenant ON tenant_usage_gauges
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE tenant_usage_samples ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_usage_samples FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_usage_samples_tenant ON tenant_usage_samples
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

ALTER TABLE tenant_isolation ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_isolation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation_tenant ON tenant_isolation
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

-- Global tables written only by system paths (worker role): ACME tokens and the JWT signing keys.
GRANT SELECT, INSERT, UPDATE, DELETE ON acme_challenges, signing_keys TO nexus_worker;

-- Audit log: append-only. The application may insert rows of its tenant and read them; nobody updates
-- them (the trigger below also stops the owner), and only the worker may delete (retention).
GRANT SELECT, INSERT ON audit_events TO nexus_app;
GRANT SELECT, INSERT, DELETE ON audit_events TO nexus_worker;
GRANT USAGE, SELECT ON SEQUENCE audit_events_seq_seq TO nexus_app, nexus_worker;
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_append ON audit_events FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id());
CREATE POLICY audit_events_tenant_read ON audit_events FOR SELECT
  USING (tenant_id = app_tenant_id());

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
