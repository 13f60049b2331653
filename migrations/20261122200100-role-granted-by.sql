-- Roles may be granted by the command line or the system, not only by a user: keep who granted
-- it as text (a user id or a name), like recorded_by elsewhere, without a foreign key.
alter table user_roles drop constraint if exists user_roles_granted_by_fkey;
alter table user_roles alter column granted_by type text using granted_by::text;
