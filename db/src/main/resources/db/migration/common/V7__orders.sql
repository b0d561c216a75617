-- Orders: what a clinic asks for, the specimens it needs (one per specimen type) and one test run per test.
create sequence lab_order_seq start with 50 increment by 50;
create sequence specimen_seq start with 50 increment by 50;
create sequence test_run_seq start with 50 increment by 50;
-- accession numbers: two digits of the year, the last seven digits of this sequence, a check digit
create sequence accession_seq start with 1 increment by 1;

create table lab_order (
    id               bigint        default nextval('lab_order_seq') primary key,
    patient_id       bigint        not null references patient (id),
    clinic           varchar(200),
    veterinarian     varchar(200),
    placer           varchar(64)   not null,
    placer_order_id  varchar(64),
    idempotency_key  varchar(100),
    urgency          varchar(10)   not null,
    comment          varchar(2000),
    status           varchar(20)   not null,
    cancel_reason    varchar(500),
    created_at       timestamp with time zone not null,
    created_by       varchar(64)   not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null default 0,
    constraint ck_lab_order_urgency check (urgency in ('ROUTINE', 'URGENT', 'STAT')),
    -- the same integrator never gets two orders for one order number or one idempotency key
    constraint uq_lab_order_placer unique (placer, placer_order_id),
    constraint uq_lab_order_idempotency unique (placer, idempotency_key)
);
create index ix_lab_order_patient on lab_order (patient_id);
create index ix_lab_order_status_created on lab_order (status, created_at);

create table specimen (
    id             bigint       default nextval('specimen_seq') primary key,
    order_id       bigint       not null references lab_order (id),
    accession      varchar(10)  not null,
    specimen_type  varchar(20)  not null references specimen_type (code),
    status         varchar(10)  not null,
    collected_at   timestamp with time zone,
    collected_by   varchar(64),
    received_at    timestamp with time zone,
    received_by    varchar(64),
    rejected_at    timestamp with time zone,
    rejected_by    varchar(64),
    reject_reason  varchar(30),
    version        bigint       not null default 0,
    constraint uq_specimen_accession unique (accession),
    constraint uq_specimen_order_type unique (order_id, specimen_type),
    constraint ck_specimen_status check (status in ('EXPECTED', 'RECEIVED', 'REJECTED')),
    constraint ck_specimen_reject_reason check (reject_reason is null or reject_reason in ('HAEMOLYSED', 'LIPAEMIC',
        'ICTERIC', 'CLOTTED', 'WRONG_CONTAINER', 'INSUFFICIENT_VOLUME', 'WRONG_SPECIES_TUBE', 'UNLABELLED', 'LEAKED', 'TOO_OLD'))
);

create table test_run (
    id            bigint       default nextval('test_run_seq') primary key,
    order_id      bigint       not null references lab_order (id),
    specimen_id   bigint       not null references specimen (id),
    test_code     varchar(20)  not null references lab_test (code),
    run_number    integer      not null,
    previous_run  bigint       references test_run (id),
    reportable    boolean      not null,
    status        varchar(10)  not null,
    -- the result: a number or a text, as entered or as the analyzer sent it; never verified by the analyzer
    value_numeric numeric(18, 6),
    value_text    varchar(2000),
    unit          varchar(20),
    flags         varchar(40),
    source        varchar(12),
    entered_by    varchar(64),
    entered_at    timestamp with time zone,
    verified_by   varchar(64),
    verified_at   timestamp with time zone,
    version       bigint       not null default 0,
    constraint ck_test_run_source check (source is null or source in ('MANUAL', 'INSTRUMENT')),
    constraint ck_test_run_status check (status in ('PENDING', 'SENT', 'RESULTED', 'VERIFIED', 'CANCELLED')),
    constraint uq_test_run_number unique (order_id, test_code, run_number)
);
create index ix_test_run_specimen on test_run (specimen_id);

-- remarks on an order by the clinic or the lab, kept in the order they were made
create sequence order_comment_seq start with 50 increment by 50;
create table order_comment (
    id         bigint        default nextval('order_comment_seq') primary key,
    order_id   bigint        not null references lab_order (id),
    author     varchar(64)   not null,
    created_at timestamp with time zone not null,
    text       varchar(2000) not null
);
create index ix_order_comment_order on order_comment (order_id);
