-- Users, roles and the audit trail: the starting schema every other part builds on.
-- PostgreSQL dialect; also runs on H2 in PostgreSQL mode (the zero-setup database of a demo).

-- Roles are a closed catalogue: authorisation rules in the code refer to these codes.
create table app_role (
    code        varchar(40)  primary key,
    name        varchar(100) not null,
    description varchar(400) not null
);

insert into app_role (code, name, description) values
    ('ADMIN',       'Administrator',          'Users, catalogues, instruments and system configuration'),
    ('LAB_MANAGER', 'Lab manager',            'Runs the laboratory: worklists, QC review, turnaround, release'),
    ('VERIFIER',    'Verifier (pathologist)', 'Verifies and amends results, releases reports'),
    ('TECHNICIAN',  'Laboratory technician',  'Receives specimens, enters and reruns results, runs QC'),
    ('RECEPTION',   'Reception',              'Registers owners and animals, enters orders, prints labels'),
    ('INTEGRATION', 'Integration client',     'Machine access for practice-management systems through the API'),
    ('VIEWER',      'Viewer',                 'Reads patients, orders and released results; changes nothing');

-- Keys come from sequences (not identity columns): the same on PostgreSQL and H2, and JPA can
-- allocate them in blocks of 50 (the increment) instead of one round trip per row. A value read from
-- a sequence is the top of its block (EclipseLink's convention), hence START WITH 50.
create sequence app_user_seq start with 50 increment by 50;
create sequence audit_event_seq start with 50 increment by 50;

create table app_user (
    id                  bigint       default nextval('app_user_seq') primary key,
    username            varchar(64)  not null,
    display_name        varchar(200) not null,
    email               varchar(320),
    -- Jakarta Security PBKDF2 hash; null means no password has been set yet, so the user cannot log in
    password_hash       varchar(512),
    active              boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamp with time zone,
    last_login_at       timestamp with time zone,
    password_changed_at timestamp with time zone,
    created_at          timestamp with time zone not null default current_timestamp,
    version             bigint       not null default 0,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id   bigint      not null references app_user (id) on delete cascade,
    role_code varchar(40) not null references app_role (code),
    primary key (user_id, role_code)
);

-- Append-only: rows are inserted and read, never updated or deleted
-- (the application has no such code; PostgreSQL also refuses it, see postgresql/V1_1).
create table audit_event (
    id           bigint        default nextval('audit_event_seq') primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(80)   not null,
    entity_type  varchar(80),
    entity_id    varchar(80),
    before_state text,
    after_state  text,
    detail       varchar(1000),
    origin       varchar(128)
);
create index ix_audit_event_occurred_at on audit_event (occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
