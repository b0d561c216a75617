-- Each instrument owns the TCP port its analyzer connects to. The application opens and closes the listeners from
-- this table while it runs; a port belongs to one instrument.
alter table instrument add column port integer;
alter table instrument add constraint ck_instrument_port check (port between 1 and 65535);
alter table instrument add constraint uq_instrument_port unique (port);
