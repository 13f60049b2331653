-- A notification of audit rows also names the units whose data changed, so every server
-- instance's read engine (src/engine) re-evaluates exactly those units and nothing else:
-- the payload is "<newest audit id>|<unit code>,<unit code>…", or "<newest audit id>|*" when a
-- row names no unit or the list would not fit in a notification (8.000 bytes). A change of the
-- units themselves is sent as "accounts:units" (the unit tree moves every roll-up); sessions,
-- users and roles stay "accounts" (what is evaluated does not depend on them).
create or replace function vedich_notify_audit() returns trigger language plpgsql as $$
declare
  newest bigint;
  units text;
begin
  select max(id),
         case when bool_or(unit_code is null) then '*'
              else string_agg(distinct unit_code, ',') end
    into newest, units
    from inserted_rows;
  if units is null or length(units) > 7000 then
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
