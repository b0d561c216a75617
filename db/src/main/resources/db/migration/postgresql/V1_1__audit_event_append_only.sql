-- PostgreSQL only: the database itself refuses to change or remove audit history.
-- H2 (demo database) has no procedural triggers in SQL; there the application's lack of any such code is the guard.
create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
