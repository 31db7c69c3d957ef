-- Issue 6: location proof and "I did not request this".
-- The stored location is region and country only, never finer: the database refuses any other key
-- (coordinates, address, city), whatever the code tries to write.
ALTER TABLE verifications ADD CONSTRAINT verifications_location_coarse
  CHECK (location IS NULL OR (jsonb_typeof(location) = 'object' AND (location - 'region' - 'country' - 'source') = '{}'::jsonb));
-- The employee's usual countries: the countries of their earlier passed verifications (risk score).
CREATE INDEX verifications_employee_countries ON verifications (org_id, employee_id) WHERE status = 'passed' AND location IS NOT NULL;
