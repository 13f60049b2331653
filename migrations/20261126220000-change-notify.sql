-- Every server instance learns of a committed change at once: a statement-level trigger sends
-- NOTIFY on the channel `vedich_changes` when audit rows are written (every write of the data
-- writes its audit rows in its own transaction) and, with the payload 'accounts', when sessions,
-- users, roles or units change (a sign-out, a disabled user, a role taken away or a unit moved
-- must reach every instance's session and access caches).
-- The payload of an audit notification is the newest audit id of the statement, so a reader of
-- a replica can tell whether the replica has replayed that change. NOTIFY is sent at commit,
-- never for a rolled-back transaction, and identical payloads of one transaction are folded.
create function vedich_notify_audit() returns trigger language plpgsql as $$
begin
  perform pg_notify('vedich_changes', coalesce((select max(id) from inserted_rows)::text, ''));
  return null;
end;
$$;

create trigger audit_log_notify after insert on audit_log
  referencing new table as inserted_rows
  for each statement execute function vedich_notify_audit();

create function vedich_notify_accounts() returns trigger language plpgsql as $$
begin
  perform pg_notify('vedich_changes', 'accounts');
  return null;
end;
$$;

create trigger sessions_notify after delete on sessions
  for each statement execute function vedich_notify_accounts();
create trigger users_notify after update or delete on users
  for each statement execute function vedich_notify_accounts();
create trigger user_roles_notify after insert or update or delete on user_roles
  for each statement execute function vedich_notify_accounts();
create trigger units_notify after insert or update or delete on units
  for each statement execute function vedich_notify_accounts();
