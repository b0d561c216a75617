-- Specimen labels printed over the network: the lab's label printers (ZPL over raw TCP, port 9100 by default), its
-- workstations (a bench or PC and the printer beside it), and the print queue. A job keeps the ZPL it sends, so a
-- reprint sends what was printed; a printer that is off or busy leaves the job queued, tried again with a growing
-- pause, until it answers.
create table label_printer (
    code         varchar(20)  primary key,
    name         varchar(100) not null,
    host         varchar(255) not null,
    port         integer      not null,
    dpi          integer      not null,
    width_mm     integer      not null,
    height_mm    integer      not null,
    enabled      boolean      not null,
    version      bigint       not null,
    constraint ck_label_printer_port check (port between 1 and 65535),
    constraint ck_label_printer_dpi check (dpi in (203, 300, 600)),
    constraint ck_label_printer_size check (width_mm between 20 and 120 and height_mm between 10 and 120)
);

create table workstation (
    code         varchar(20)  primary key,
    name         varchar(100) not null,
    printer_code varchar(20)  references label_printer (code),
    version      bigint       not null
);

create sequence print_job_seq start with 50 increment by 50;
create table print_job (
    id              bigint primary key,
    printer_code    varchar(20)  not null references label_printer (code),
    order_id        bigint       not null references lab_order (id),
    accession       varchar(40)  not null,
    zpl             varchar(4000) not null,
    state           varchar(10)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(64)  not null,
    sent_at         timestamp with time zone,
    reprint_of      bigint references print_job (id),
    version         bigint       not null,
    constraint ck_print_job_state check (state in ('QUEUED', 'SENT', 'FAILED'))
);
-- the queue reads the jobs that are due
create index ix_print_job_due on print_job (state, next_attempt_at);
create index ix_print_job_order on print_job (order_id);
