-- PostgreSQL only: the search keys compare byte by byte (collation "C"), so one b-tree index serves both a
-- "starts with" LIKE and the ORDER BY of a page, and a page of a million rows stops after its 20 rows.
-- The index also carries "active", so counting the matches of a search reads the index only.
-- (H2 compares that way already.)
drop index ix_patient_name_key;
drop index ix_owner_last_name_key;
alter table patient alter column name_key type varchar(100) collate "C";
alter table owner alter column last_name_key type varchar(100) collate "C";
create index ix_patient_name_key on patient (name_key, id) include (active);
create index ix_owner_last_name_key on owner (last_name_key, id);
