-- The catalogue is administered in the running lab: versions so that two administrators cannot silently overwrite
-- each other's edits, and species and breeds that can be retired without deleting what patients refer to.
alter table lab_test add column version bigint default 0 not null;
alter table panel add column version bigint default 0 not null;
alter table species add column active boolean default true not null;
alter table species add column version bigint default 0 not null;
alter table breed add column active boolean default true not null;
