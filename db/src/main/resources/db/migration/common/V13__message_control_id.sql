-- The sender's own identifier of each message (HL7 MSH-10), kept as sent: a message sent again with the same
-- control ID and the same bytes on the same interface is known at once as the one received before.
alter table inbound_message add column control_id varchar(64);
create index ix_inbound_message_control_id on inbound_message (listener, control_id);
