-- Issue 6/7: per-Link device, location and face policy; organisation settings (data retention).
ALTER TABLE links ADD COLUMN device_policy jsonb NOT NULL DEFAULT '{"require_attested": false, "allowed_aaguids": []}';
ALTER TABLE links ADD COLUMN allowed_countries text[] NOT NULL DEFAULT '{}';
ALTER TABLE links ADD COLUMN face_match_threshold real NOT NULL DEFAULT 0.6;
ALTER TABLE organizations ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';
