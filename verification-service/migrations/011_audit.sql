-- Issue 7: the audit log. Append-only and tamper-evident: each entry's hash covers a canonical
-- encoding of the entry and the previous entry's hash (per organisation, seq 1, 2, 3…); a trigger
-- refuses UPDATE, DELETE and TRUNCATE on both PostgreSQL and PGlite. Entries carry no secrets and
-- no personal details of employees, so retention can delete verifications and keep their audit trail.
CREATE TABLE audit_entries (
  org_id text NOT NULL REFERENCES organizations (id),
  seq bigint NOT NULL CHECK (seq > 0),
  at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('api_key', 'user', 'employee', 'system')),
  actor_id text,
  actor_label text NOT NULL,
  action text NOT NULL,
  target_type text,
  target_id text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (org_id, seq)
);
CREATE INDEX audit_entries_target ON audit_entries (org_id, target_type, target_id, seq DESC);
CREATE INDEX audit_entries_action ON audit_entries (org_id, action, seq DESC);
CREATE INDEX audit_entries_actor ON audit_entries (org_id, actor_id, seq DESC);
CREATE INDEX audit_entries_at ON audit_entries (org_id, at DESC);

-- Function bodies stay on one line: the migration runner splits statements on a semicolon at a line end.
CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;

CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
