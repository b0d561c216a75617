-- Barcodes of a configured format (prefix, four-digit year) are longer than the default ten digits.
alter table specimen alter column accession set data type varchar(20);

-- What happened to each tube, in order: labelled when the order was placed, collected, received, rejected.
create sequence specimen_event_seq start with 50 increment by 50;
create table specimen_event (
    id          bigint       default nextval('specimen_event_seq') primary key,
    specimen_id bigint       not null references specimen (id),
    event       varchar(12)  not null,
    at          timestamp with time zone not null,
    actor       varchar(64)  not null,
    reason      varchar(30),
    constraint ck_specimen_event check (event in ('LABELLED', 'COLLECTED', 'RECEIVED', 'REJECTED'))
);
create index ix_specimen_event_specimen on specimen_event (specimen_id);

-- the history of specimens already there, from what their own columns recorded
insert into specimen_event (specimen_id, event, at, actor)
select s.id, 'LABELLED', o.created_at, o.created_by from specimen s join lab_order o on o.id = s.order_id;
insert into specimen_event (specimen_id, event, at, actor)
select id, 'COLLECTED', collected_at, coalesce(collected_by, 'unknown') from specimen where collected_at is not null;
insert into specimen_event (specimen_id, event, at, actor)
select id, 'RECEIVED', received_at, received_by from specimen where received_at is not null;
insert into specimen_event (specimen_id, event, at, actor, reason)
select id, 'REJECTED', rejected_at, rejected_by, reject_reason from specimen where rejected_at is not null;
