-- A worklist is read STAT first, then oldest order first. Those two keys lived on the order, so a page of the worklist
-- joined every matching run to its order and sorted them all before taking fifty (about a second on 1.8 million runs).
-- A run now carries its order's urgency rank (0 STAT, 1 URGENT, 2 ROUTINE) and time: neither changes after the order
-- is placed, and one index on the run gives a page of any status in the order it is read (and counts the page's
-- matches from the index alone: "reportable" is in it).
alter table test_run add column urgency_rank integer;
alter table test_run add column ordered_at timestamp with time zone;
update test_run set
    urgency_rank = (select case o.urgency when 'STAT' then 0 when 'URGENT' then 1 else 2 end from lab_order o where o.id = test_run.order_id),
    ordered_at = (select o.created_at from lab_order o where o.id = test_run.order_id);
alter table test_run alter column urgency_rank set not null;
alter table test_run alter column ordered_at set not null;
create index ix_test_run_worklist on test_run (status, reportable, urgency_rank, ordered_at, id);
-- the same for a worklist of any status (one index more to keep per run written: a page of "any status" otherwise
-- sorts every run, half a second at 1.8 million)
create index ix_test_run_worklist_any on test_run (reportable, urgency_rank, ordered_at, id);
