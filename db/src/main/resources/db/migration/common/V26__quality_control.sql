-- Quality control. A control lot is one level of one lot of a control material, run on one analyzer for one test,
-- with its target (the manufacturer's, or the lab's own from its first runs); a new lot retires the old one, which
-- keeps its results. Each QC result keeps its z-score and what the Westgard rules made of its run. The state says
-- whether the analyzer and test are in control; the events say what happened (rejections, corrective actions,
-- look-backs) and are never changed.
create sequence qc_lot_seq start with 50 increment by 50;
create table qc_lot (
    id                bigint primary key,
    instrument_code   varchar(20)  not null references instrument (code),
    test_code         varchar(20)  not null references lab_test (code),
    material          varchar(100) not null,
    lot_number        varchar(40)  not null,
    level             varchar(20)  not null,
    expires_on        date         not null,
    unit              varchar(30),
    target_mean       numeric(18, 6),
    target_sd         numeric(18, 6),
    target_source     varchar(12)  not null,
    establishing_runs integer      not null,
    specimen_pattern  varchar(100) not null,
    active            boolean      not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    version           bigint       not null,
    constraint uq_qc_lot unique (instrument_code, test_code, lot_number, level),
    constraint ck_qc_lot_source check (target_source in ('MANUFACTURER', 'LAB')),
    constraint ck_qc_lot_sd check (target_sd is null or target_sd > 0)
);
create index ix_qc_lot_instrument on qc_lot (instrument_code, active);

create sequence qc_result_seq start with 50 increment by 50;
create table qc_result (
    id              bigint primary key,
    lot_id          bigint       not null references qc_lot (id),
    instrument_code varchar(20)  not null,
    test_code       varchar(20)  not null,
    lot_number      varchar(40)  not null,
    level           varchar(20)  not null,
    run_key         varchar(80)  not null,
    measured_at     timestamp with time zone not null,
    result_value    numeric(18, 6) not null,
    z               double precision,
    source          varchar(10)  not null,
    message_id      bigint,
    entered_by      varchar(64)  not null,
    verdict         varchar(12)  not null,
    violations      varchar(1000),
    constraint ck_qc_result_source check (source in ('ANALYZER', 'MANUAL')),
    constraint ck_qc_result_verdict check (verdict in ('ACCEPTED', 'WARNING', 'REJECTED', 'ESTABLISHING'))
);
-- the series the rules read, and the Levey-Jennings chart's range
create index ix_qc_result_series on qc_result (instrument_code, test_code, measured_at);
create index ix_qc_result_lot on qc_result (lot_id, measured_at);

create sequence qc_rule_seq start with 50 increment by 50;
create table qc_rule (
    id              bigint primary key,
    instrument_code varchar(20) not null,
    test_code       varchar(20) not null,
    rule_name       varchar(10) not null,
    enabled         boolean     not null,
    severity        varchar(10) not null,
    constraint uq_qc_rule unique (instrument_code, test_code, rule_name),
    constraint ck_qc_rule_severity check (severity in ('WARNING', 'REJECTION'))
);

create sequence qc_state_seq start with 50 increment by 50;
create table qc_state (
    id               bigint primary key,
    instrument_code  varchar(20) not null,
    test_code        varchar(20) not null,
    last_accepted_at timestamp with time zone,
    last_run_at      timestamp with time zone,
    failed_since     timestamp with time zone,
    failed_event     bigint,
    failed_because   varchar(1000),
    corrected        boolean     not null,
    warnings         varchar(1000),
    version          bigint      not null,
    constraint uq_qc_state unique (instrument_code, test_code)
);

create sequence qc_event_seq start with 50 increment by 50;
create table qc_event (
    id               bigint primary key,
    instrument_code  varchar(20) not null,
    test_code        varchar(20) not null,
    kind             varchar(20) not null,
    at               timestamp with time zone not null,
    actor            varchar(64) not null,
    run_key          varchar(80),
    last_accepted_at timestamp with time zone,
    detail           varchar(1000),
    reason           varchar(200),
    comment_text     varchar(2000),
    about_event      bigint references qc_event (id),
    constraint ck_qc_event_kind check (kind in ('REJECTED', 'CORRECTIVE_ACTION', 'ACCEPTED_AGAIN', 'LOOKBACK_MARKED'))
);
create index ix_qc_event_of on qc_event (instrument_code, test_code, at);

-- a patient result received while its analyzer's QC of the test had failed: never verified, rerun instead
alter table test_run add column qc_held boolean default false not null;
-- the look-back reads an analyzer's verified results of a test by when they arrived
create index ix_test_run_instrument_entered on test_run (instrument_code, test_code, entered_at);
