-- Hand-written: privileges and row-level security for the marketplace tables added in marketplace_versions.

-- Versions and dist-tags are tenant-owned; the published versions of public agents are public.
GRANT SELECT, INSERT, UPDATE, DELETE ON agent_versions, agent_dist_tags TO nexus_app, nexus_worker;

ALTER TABLE agent_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_versions_tenant ON agent_versions
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
-- The subquery runs under the agents policies too, so only PUBLIC agents qualify.
CREATE POLICY agent_versions_public_read ON agent_versions FOR SELECT
  USING (status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_id AND a.visibility = 'PUBLIC'));

ALTER TABLE agent_dist_tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_dist_tags FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_dist_tags_tenant ON agent_dist_tags
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
CREATE POLICY agent_dist_tags_public_read ON agent_dist_tags FOR SELECT
  USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_id AND a.visibility = 'PUBLIC'));

-- Reviews belong to their author: anyone reads the reviews of agents they can see; only the author writes.
GRANT SELECT, INSERT, UPDATE, DELETE ON agent_reviews TO nexus_app, nexus_worker;
ALTER TABLE agent_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_reviews_read ON agent_reviews FOR SELECT
  USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_id));
CREATE POLICY agent_reviews_author_insert ON agent_reviews FOR INSERT
  WITH CHECK (user_id = app_user_id() AND EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_id));
CREATE POLICY agent_reviews_author_update ON agent_reviews FOR UPDATE
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
CREATE POLICY agent_reviews_author_delete ON agent_reviews FOR DELETE
  USING (user_id = app_user_id());

-- Usage counters: readable where the agent is; written only by the worker's usage consumer.
GRANT SELECT ON agent_usage_days TO nexus_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON agent_usage_days TO nexus_worker;
ALTER TABLE agent_usage_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_usage_days FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_usage_days_read ON agent_usage_days FOR SELECT
  USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_id));

-- Publisher standing: public to read (the verified badge); a tenant may create its own row but only
-- the worker (platform moderation) changes verification and review policy.
GRANT SELECT, INSERT ON publishers TO nexus_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON publishers TO nexus_worker;
ALTER TABLE publishers ENABLE ROW LEVEL SECURITY;
ALTER TABLE publishers FORCE ROW LEVEL SECURITY;
CREATE POLICY publishers_read ON publishers FOR SELECT USING (true);
CREATE POLICY publishers_own_insert ON publishers FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND verified = false AND auto_approve = false);

-- Moderation publishes on behalf of other tenants through the worker, which then appends outbox events.
GRANT USAGE ON SEQUENCE outbox_events_seq_seq TO nexus_worker;
