-- Owners (the lab's clients) and their animals (the patients).
create sequence owner_seq start with 50 increment by 50;
create sequence patient_seq start with 50 increment by 50;

create table owner (
    id          bigint        default nextval('owner_seq') primary key,
    last_name   varchar(100)  not null,
    -- the last name as searched and sorted: lower case, accents removed ("Müller" -> "muller")
    last_name_key varchar(100) not null,
    first_name  varchar(100),
    phone       varchar(40),
    -- the phone's digits only, what a search by phone number compares
    phone_digits varchar(40),
    email       varchar(320),
    street      varchar(200),
    postal_code varchar(20),
    city        varchar(100),
    country     varchar(2),
    notes       varchar(2000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null default 0
);
create index ix_owner_last_name_key on owner (last_name_key, id);
create index ix_owner_phone_digits on owner (phone_digits);

create table patient (
    id                   bigint        default nextval('patient_seq') primary key,
    owner_id             bigint        not null references owner (id),
    name                 varchar(100)  not null,
    -- the name as searched and sorted: lower case, accents removed
    name_key             varchar(100)  not null,
    species_code         varchar(20)   not null references species (code),
    breed_id             bigint        references breed (id),
    breed_text           varchar(100),
    sex                  varchar(10)   not null,
    neuter_status        varchar(10)   not null,
    -- an estimated age is kept as an approximate date of birth, flagged as estimated
    date_of_birth        date,
    birth_date_estimated boolean       not null default false,
    weight_kg            numeric(9, 3),
    weight_measured_on   date,
    microchip            varchar(23),
    tattoo               varchar(40),
    other_identifier     varchar(60),
    notes                varchar(2000),
    active               boolean       not null default true,
    deceased_on          date,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint        not null default 0,
    constraint uq_patient_microchip unique (microchip),
    constraint ck_patient_sex check (sex in ('MALE', 'FEMALE', 'UNKNOWN')),
    constraint ck_patient_neuter check (neuter_status in ('INTACT', 'NEUTERED', 'UNKNOWN')),
    constraint ck_patient_weight check (weight_kg is null or weight_kg > 0)
);
create index ix_patient_owner on patient (owner_id);
create index ix_patient_name_key on patient (name_key, id);
create index ix_patient_species on patient (species_code);
