-- Rejection reasons become the lab's own list (a lab adds "NO_REQUEST_FORM", retires one it never uses), and specimen
-- types can be administered like the rest of the catalogue. Codes already recorded on tubes stay valid: the ten
-- reasons the lab started with are the first rows, and the tubes now refer to the list by foreign key.
create table rejection_reason (
    code        varchar(30)  primary key,
    label       varchar(100) not null,
    active      boolean      default true not null,
    sort_order  integer      not null,
    version     bigint       default 0 not null
);

insert into rejection_reason (code, label, sort_order) values
    ('HAEMOLYSED',          'Haemolysed',                    10),
    ('LIPAEMIC',            'Lipaemic',                      20),
    ('ICTERIC',             'Icteric',                       30),
    ('CLOTTED',             'Clotted',                       40),
    ('WRONG_CONTAINER',     'Wrong container',               50),
    ('INSUFFICIENT_VOLUME', 'Insufficient volume',           60),
    ('WRONG_SPECIES_TUBE',  'Tube labelled for another species', 70),
    ('UNLABELLED',          'Unlabelled',                    80),
    ('LEAKED',              'Leaked in transit',             90),
    ('TOO_OLD',             'Too old to analyse',           100);

alter table specimen drop constraint ck_specimen_reject_reason;
alter table specimen add constraint fk_specimen_reject_reason foreign key (reject_reason) references rejection_reason (code);
alter table specimen_event add constraint fk_specimen_event_reason foreign key (reason) references rejection_reason (code);

alter table specimen_type add column active boolean default true not null;
alter table specimen_type add column version bigint default 0 not null;
