-- Face biometric (issue 6). Each decision of the face_match proof is recorded with its numbers; the
-- embeddings (biometric templates) are sealed with the service key; images are kept, sealed, only
-- when the organisation set a face image retention, and erased by a job when `images_delete_at` passes.
CREATE TABLE face_attempts (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  verification_id text NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
  employee_id text NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
  challenge jsonb NOT NULL,
  decision text NOT NULL CHECK (decision IN ('passed', 'failed')),
  reason text,
  detail text NOT NULL,
  similarity real,
  threshold real NOT NULL,
  frame_count integer NOT NULL,
  frames jsonb NOT NULL,
  embeddings_sealed bytea NOT NULL,
  images_sealed bytea,
  images_delete_at timestamptz,
  analysis_ms integer NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX face_attempts_verification ON face_attempts (org_id, verification_id);
CREATE INDEX face_attempts_images_due ON face_attempts (images_delete_at) WHERE images_sealed IS NOT NULL;

-- The reference photo's embedding, computed once and reused while the photo stays the same (its hash).
CREATE TABLE face_reference_embeddings (
  org_id text NOT NULL REFERENCES organizations (id),
  employee_id text NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
  photo_sha256 bytea NOT NULL,
  embedding_sealed bytea NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (org_id, employee_id)
);
