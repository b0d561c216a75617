-- Tamper evidence for the audit trail: events form a hash chain in the order they were appended
-- (chain_seq); each stores the hash of the one before it and its own, so a changed, removed or inserted
-- row breaks the chain where it happened. The head row holds the end of the chain; appenders lock it,
-- which also orders them.
alter table audit_event add column chain_seq bigint;
alter table audit_event add column previous_hash char(64);
alter table audit_event add column event_hash char(64);
create unique index uq_audit_event_chain_seq on audit_event (chain_seq);

create table audit_chain_head (
    id        integer  primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null,
    constraint ck_audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
