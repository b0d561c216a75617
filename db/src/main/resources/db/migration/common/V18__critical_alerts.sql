-- A result beyond a critical limit raises an alert that stays open until a person acknowledges it, saying whom they
-- told; until then the result cannot be verified. What it says of the result is copied onto it.
create sequence critical_alert_seq start with 1000 increment by 50;
create table critical_alert (
    id              bigint        default nextval('critical_alert_seq') primary key,
    test_run_id     bigint        not null references test_run (id),
    order_id        bigint        not null references lab_order (id),
    patient_name    varchar(100)  not null,
    test_code       varchar(20)   not null,
    result          varchar(60)   not null,
    flag            varchar(2)    not null,
    raised_at       timestamp with time zone not null,
    acknowledged_at timestamp with time zone,
    acknowledged_by varchar(64),
    notified        varchar(200),
    version         bigint        default 0 not null,
    constraint ck_critical_alert_flag check (flag in ('LL', 'HH')),
    constraint ck_critical_alert_acknowledged check ((acknowledged_at is null) = (acknowledged_by is null)
        and (acknowledged_at is null) = (notified is null))
);
create index ix_critical_alert_run on critical_alert (test_run_id);
create index ix_critical_alert_open on critical_alert (acknowledged_at, raised_at);
