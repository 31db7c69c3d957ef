-- Issue 6: device risk signals. The verification's device jsonb keeps, besides what the API shows,
-- the hashed first-party device cookie of the browser that opened the link (opened_device) and of the
-- one that acted last (completed_device); "first verification from this device" looks them up per employee.
CREATE INDEX verifications_employee_opened_device ON verifications (org_id, employee_id, (device->>'opened_device'));
