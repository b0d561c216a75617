-- Photos of the animals, taken at reception to tell them apart. The images live in the media directory under
-- names VetLIS makes (never a name from the upload); the table holds what they are, their hash, and who added or
-- removed them. A removed photo is only marked removed: it stays on disk and in the trail.
create sequence patient_photo_seq start with 50 increment by 50;
create table patient_photo (
    id            bigint primary key,
    patient_id    bigint       not null references patient (id),
    stored_name   varchar(64)  not null unique,
    thumb_name    varchar(64)  not null unique,
    content_type  varchar(20)  not null,
    sent_format   varchar(10)  not null,
    width         integer      not null,
    height        integer      not null,
    byte_size     integer      not null,
    sha256        varchar(64)  not null,
    is_primary    boolean      not null,
    added_at      timestamp with time zone not null,
    added_by      varchar(64)  not null,
    removed_at    timestamp with time zone,
    removed_by    varchar(64),
    version       bigint       not null,
    constraint ck_patient_photo_type check (content_type in ('image/jpeg', 'image/png')),
    constraint ck_patient_photo_format check (sent_format in ('JPEG', 'PNG', 'WEBP'))
);
create index ix_patient_photo_patient on patient_photo (patient_id);

-- Who registered an animal: a practice system sees the photos of the animals it registered or ordered for.
alter table patient add column registered_by varchar(64);
