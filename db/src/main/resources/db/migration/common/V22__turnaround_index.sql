-- Turnaround figures read the runs ordered in a period (a day, a month): by the run's own order time, not through
-- the worklist's indexes, which lead with status and urgency.
create index ix_test_run_ordered_at on test_run (ordered_at);
