-- A delta check per test: how far a result may move from the same animal's previous verified one within a window of
-- days (an absolute change, a percent of the previous value, or either) before it is held for a person to look at
-- both; and the reason a result is held. Starting values for a few tests where a jump means a mixed-up tube or a
-- sick animal; the lab sets its own.
alter table lab_test add column delta_absolute numeric(18,6);
alter table lab_test add column delta_percent numeric(6,2);
alter table lab_test add column delta_window_days integer;
alter table lab_test add constraint ck_lab_test_delta check (delta_window_days is null and delta_absolute is null and delta_percent is null
    or delta_window_days > 0 and (delta_absolute is not null or delta_percent is not null));
alter table test_run add column review_reason varchar(300);

update lab_test set delta_percent = 50, delta_window_days = 30 where code = 'CREA';
update lab_test set delta_percent = 50, delta_window_days = 30 where code = 'BUN';
update lab_test set delta_absolute = 0.10, delta_window_days = 7 where code = 'HCT';
update lab_test set delta_percent = 50, delta_window_days = 7 where code = 'PLT';
update lab_test set delta_absolute = 1.0, delta_window_days = 7 where code = 'K';
