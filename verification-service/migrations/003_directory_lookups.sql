-- findEmployee also matches personal contacts (a locked-out employee may only read personal mail
-- or use a personal phone); index them like the work ones so a lookup never scans the directory.
CREATE INDEX employees_personal_email ON employees (org_id, personal_email);
CREATE INDEX employees_personal_phone ON employees (org_id, personal_phone);
