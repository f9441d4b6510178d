-- Agreements saved before owners (负责人) existed: their creator, else whoever the audit log says created them,
-- else the first active admin. Sample agreements on a fresh database have none of these and stay unowned.
UPDATE agreements a
   SET owner_id = coalesce(
         a.created_by,
         (SELECT l.actor_id FROM audit_log l
           WHERE l.entity = 'agreement' AND l.entity_id = a.id::text AND l.action = 'create' AND l.actor_id IS NOT NULL
           ORDER BY l.id LIMIT 1),
         (SELECT u.id FROM users u WHERE u.role = 'admin' AND u.active ORDER BY u.id LIMIT 1))
 WHERE a.owner_id IS NULL;
--> statement-breakpoint
INSERT INTO reminder_settings (id) VALUES (1) ON CONFLICT DO NOTHING;
