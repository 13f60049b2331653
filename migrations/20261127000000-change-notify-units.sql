-- A notification of audit rows also names the units whose data changed, so every server
-- instance's read engine (src/engine) re-evaluates exactly those units and nothing else:
-- the payload is "<newest audit id>|<unit code>,<unit code>…" (empty for account events only),
-- or "<newest audit id>|*" when a row names no unit or the list would not fit in a notification
-- (8.000 bytes). A change of the
-- units themselves is sent as "accounts:units" (the unit tree moves every roll-up); sessions,
-- users and roles stay "accounts" (what is evaluated does not depend on them).
-- Which unit an audit row changed the data of: none for account events (sign-ins, roles: their
-- own notifications reach the session caches), '*' for a row that names no unit. The one rule,
-- used by the trigger below and by the read engine when it reads the rows itself.
create function vedich_changed_unit(entity text, unit_code text) returns text
  language sql immutable as $$
  select case when entity = 'user' then null when unit_code is null then '*' else unit_code end
$$;

create or replace function vedich_notify_audit() returns trigger language plpgsql as $$
declare
  newest bigint;
  units text;
begin
  select max(id),
         case when bool_or(vedich_changed_unit(entity, unit_code) = '*') then '*'
              else coalesce(string_agg(distinct vedich_changed_unit(entity, unit_code), ','), '') end
    into newest, units
    from inserted_rows;
  if length(units) > 7000 then
    units := '*';
  end if;
  perform pg_notify('vedich_changes', coalesce(newest::text, '') || '|' || units);
  return null;
end;
$$;

create function vedich_notify_units() returns trigger language plpgsql as $$
begin
  perform pg_notify('vedich_changes', 'accounts:units');
  return null;
end;
$$;

drop trigger units_notify on units;
create trigger units_notify after insert or update or delete on units
  for each statement execute function vedich_notify_units();
