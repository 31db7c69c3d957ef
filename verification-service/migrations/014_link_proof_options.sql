-- Issue 13: each proof's options live with the proof in the Link's `proofs` (jsonb `[{type, required, options}]`)
-- instead of columns of their own, so a new proof with options needs no new column.
UPDATE links SET proofs = COALESCE((
  SELECT jsonb_agg(
           CASE p ->> 'type'
             WHEN 'device_passkey' THEN p || jsonb_build_object('options', device_policy)
             WHEN 'location' THEN p || jsonb_build_object('options', jsonb_build_object('allowed_countries', to_jsonb(allowed_countries)))
             WHEN 'face_match' THEN p || jsonb_build_object('options', jsonb_build_object('threshold', round(face_match_threshold::numeric, 3)))
             ELSE p
           END ORDER BY position)
    FROM jsonb_array_elements(proofs) WITH ORDINALITY AS e(p, position)
), '[]'::jsonb);
ALTER TABLE links DROP COLUMN device_policy, DROP COLUMN allowed_countries, DROP COLUMN face_match_threshold;
