-- The message log: every complete message an analyzer delivers, stored exactly as received
-- (raw bytes, never decoded) before anything interprets it.
create sequence inbound_message_seq start with 50 increment by 50;

create table inbound_message (
    id             bigint       default nextval('inbound_message_seq') primary key,
    received_at    timestamp with time zone not null,
    listener       varchar(64)  not null,
    protocol       varchar(16)  not null,
    peer_address   varchar(128) not null,
    payload        bytea        not null,
    payload_size   integer      not null,
    payload_sha256 char(64)     not null
);
create index ix_inbound_message_received_at on inbound_message (received_at);
