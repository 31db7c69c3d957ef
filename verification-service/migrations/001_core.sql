-- Every row belongs to one organisation; every query filters on org_id.
-- Times are written by the service from its injected clock, never by now(), so tests control time.

CREATE TABLE organizations (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  scopes text[] NOT NULL,
  prefix text NOT NULL,
  key_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_org ON api_keys (org_id, created_at DESC, id DESC);

CREATE TABLE templates (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  subject text NOT NULL,
  text text NOT NULL,
  html text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX templates_org ON templates (org_id, created_at DESC, id DESC);

CREATE TABLE links (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  description text NOT NULL,
  proofs jsonb NOT NULL,
  assurance text NOT NULL,
  lifetime_seconds integer NOT NULL,
  single_use boolean NOT NULL,
  channels text[] NOT NULL,
  email_template_id text REFERENCES templates (id),
  sms_template_id text REFERENCES templates (id),
  archived boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX links_org ON links (org_id, created_at DESC, id DESC);

CREATE TABLE employees (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  email text NOT NULL,
  external_id text,
  login text,
  display_name text NOT NULL,
  legal_name text,
  personal_email text,
  phone text,
  personal_phone text,
  manager_email text,
  department text,
  status text NOT NULL CHECK (status IN ('active', 'disabled')),
  reference_photo bytea,
  reference_photo_type text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (org_id, email)
);
CREATE INDEX employees_org ON employees (org_id, created_at DESC, id DESC);
CREATE INDEX employees_login ON employees (org_id, lower(login));
CREATE INDEX employees_phone ON employees (org_id, phone);

CREATE TABLE verifications (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  link_id text NOT NULL REFERENCES links (id),
  employee_id text NOT NULL REFERENCES employees (id),
  status text NOT NULL CHECK (status IN ('pending', 'opened', 'passed', 'failed', 'expired', 'cancelled')),
  agent jsonb NOT NULL,
  ticket_system text NOT NULL,
  ticket_id text NOT NULL,
  ticket_url text,
  reason text NOT NULL,
  metadata jsonb NOT NULL,
  contacts jsonb NOT NULL,
  channels text[] NOT NULL,
  match_code text NOT NULL,
  token_hash bytea UNIQUE,
  token_used_at timestamptz,
  assurance_required text NOT NULL,
  assurance_reached text,
  risk jsonb,
  outcome_reason text,
  device jsonb,
  location jsonb,
  expires_at timestamptz NOT NULL,
  opened_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX verifications_org ON verifications (org_id, created_at DESC, id DESC);
CREATE INDEX verifications_live ON verifications (expires_at) WHERE status IN ('pending', 'opened');
CREATE INDEX verifications_ticket ON verifications (org_id, ticket_system, ticket_id);
CREATE INDEX verifications_employee ON verifications (employee_id, created_at DESC);

CREATE TABLE verification_events (
  id bigserial PRIMARY KEY,
  org_id text NOT NULL,
  verification_id text NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
  status text NOT NULL,
  detail text,
  at timestamptz NOT NULL
);
CREATE INDEX verification_events_verification ON verification_events (verification_id, id);

CREATE TABLE verification_deliveries (
  id bigserial PRIMARY KEY,
  org_id text NOT NULL,
  verification_id text NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
  channel text NOT NULL,
  contact text NOT NULL,
  destination text NOT NULL,
  status text NOT NULL,
  error text,
  sent_at timestamptz NOT NULL
);
CREATE INDEX verification_deliveries_verification ON verification_deliveries (verification_id, id);

CREATE TABLE verification_proofs (
  org_id text NOT NULL,
  verification_id text NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
  position integer NOT NULL,
  type text NOT NULL,
  required boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'passed', 'failed', 'skipped')),
  assurance text,
  attempts integer NOT NULL DEFAULT 0,
  state jsonb NOT NULL DEFAULT '{}',
  detail text,
  completed_at timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (verification_id, type)
);

CREATE TABLE employee_sessions (
  id_hash bytea PRIMARY KEY,
  org_id text NOT NULL,
  verification_id text NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
  user_agent text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE idempotency_keys (
  org_id text NOT NULL,
  key text NOT NULL,
  request_hash bytea NOT NULL,
  verification_id text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (org_id, key)
);

CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  url text NOT NULL,
  description text NOT NULL,
  event_types text[] NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  disabled_reason text,
  failing_since timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX webhook_endpoints_org ON webhook_endpoints (org_id, created_at DESC, id DESC);

-- Secrets are encrypted with the service key (AES-256-GCM); during rotation two are live.
CREATE TABLE webhook_secrets (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  secret_encrypted bytea NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz
);
CREATE INDEX webhook_secrets_endpoint ON webhook_secrets (endpoint_id);

-- The transactional outbox: written in the same transaction as the state change it reports.
CREATE TABLE webhook_messages (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  event_type text NOT NULL,
  verification_id text,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  org_id text NOT NULL,
  message_id text NOT NULL REFERENCES webhook_messages (id),
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempt_count integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (message_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  org_id text NOT NULL,
  delivery_id text NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempted_at timestamptz NOT NULL,
  status_code integer,
  latency_ms integer NOT NULL,
  response_excerpt text,
  error text
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
