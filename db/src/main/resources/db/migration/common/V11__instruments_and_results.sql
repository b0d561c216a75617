-- Analyzers, the codes they use for the catalogue's tests, and what became of each message they sent.
create table instrument (
    code             varchar(20)   primary key,
    name             varchar(100)  not null,
    protocol         varchar(8)    not null,
    listener         varchar(64)   not null,
    profile          varchar(20)   not null default 'strict',
    profile_settings varchar(2000),
    enabled          boolean       not null default true,
    capture_only     boolean       not null default false,
    version          bigint        not null default 0,
    constraint ck_instrument_protocol check (protocol in ('ASTM', 'HL7')),
    -- one listener (port) belongs to one instrument
    constraint uq_instrument_listener unique (listener)
);

create table instrument_test_code (
    instrument_code varchar(20) not null references instrument (code),
    analyzer_code   varchar(40) not null,
    test_code       varchar(20) not null references lab_test (code),
    primary key (instrument_code, analyzer_code)
);

-- the outcome of reading a stored message: what it was, what it did, and why not when it could not
alter table inbound_message add column instrument_code varchar(20);
alter table inbound_message add column kind varchar(12);
alter table inbound_message add column outcome varchar(12);
alter table inbound_message add column outcome_detail varchar(2000);
alter table inbound_message add column specimen_ids varchar(400);
alter table inbound_message add column processed_at timestamp with time zone;
create index ix_inbound_message_outcome on inbound_message (outcome, id);

-- Exactly once: one row per result an instrument reported (specimen, its test code, its completion time, its
-- value). A message sent again finds its results here and changes nothing; a rerun, with a new time or another
-- value, is a new result.
create sequence result_receipt_seq start with 50 increment by 50;
create table result_receipt (
    id              bigint        default nextval('result_receipt_seq') primary key,
    instrument_code varchar(20)   not null references instrument (code),
    accession       varchar(20)   not null,
    analyzer_code   varchar(40)   not null,
    reported_at     varchar(20)   not null,
    reported_value  varchar(60)   not null,
    test_run_id     bigint        not null references test_run (id),
    message_id      bigint        not null references inbound_message (id),
    constraint uq_result_receipt unique (instrument_code, accession, analyzer_code, reported_at, reported_value)
);

alter table test_run add column instrument_code varchar(20);
alter table test_run add column analyzer_flags varchar(40);
alter table test_run add column analyzer_status varchar(4);
