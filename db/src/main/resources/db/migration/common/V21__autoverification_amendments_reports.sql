-- Autoverification: off unless the lab writes a rule for a test and enables it. What a rule requires is fixed in
-- code (AutoverificationRule); the row says whether it applies, and its version is recorded on every result it
-- verifies, so that what verified a result is known after the rule is changed.
create table autoverification_rule (
    test_code  varchar(20) primary key references lab_test (code),
    enabled    boolean not null,
    changed_by varchar(64) not null,
    changed_at timestamp with time zone not null,
    version    bigint not null
);

-- Amendments: the current result of a run is its version result_version; each earlier one is a row here.
alter table test_run add column result_version integer default 1 not null;
alter table test_run add column amend_reason varchar(500);
create sequence result_version_seq start with 50 increment by 50;
create table result_version (
    id              bigint primary key,
    test_run_id     bigint not null references test_run (id),
    version_number  integer not null,
    result_value    varchar(2000),
    unit            varchar(20),
    flag            varchar(10),
    reference_range varchar(80),
    entered_by      varchar(64),
    entered_at      timestamp with time zone,
    verified_by     varchar(64),
    verified_at     timestamp with time zone,
    amend_reason    varchar(500),
    constraint uq_result_version unique (test_run_id, version_number)
);

-- Reports: released once every result is verified; each issue (the final one, then one per amendment) is kept as
-- the PDF that went out.
alter table lab_order add column reported_at timestamp with time zone;
alter table lab_order add column reported_by varchar(64);
-- the event feed reads the chain by action from a position
create index ix_audit_event_action_seq on audit_event (action, chain_seq);

create sequence lab_report_seq start with 50 increment by 50;
create table lab_report (
    id           bigint primary key,
    order_id     bigint not null references lab_order (id),
    issue_number integer not null,
    kind         varchar(10) not null,
    issued_at    timestamp with time zone not null,
    issued_by    varchar(64) not null,
    pdf          bytea not null,
    constraint uq_lab_report_issue unique (order_id, issue_number),
    constraint ck_lab_report_kind check (kind in ('FINAL', 'AMENDED'))
);
