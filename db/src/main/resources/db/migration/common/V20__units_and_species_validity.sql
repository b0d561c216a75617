-- Units: each test reports in one unit (lab_test.unit). An analyzer set to another unit sends numbers that would be
-- read against the wrong range, so a known conversion brings them into the test's unit (the value as sent is kept
-- beside it) and any other unit holds the result for a person instead of guessing.
-- Factors are the usual conventional-to-SI ones, from the molar masses (glucose 180.16 g/mol, creatinine
-- 113.12 g/mol, urea nitrogen 28.01 g/mol of N2, bilirubin 584.66 g/mol, cholesterol 386.65 g/mol, triglyceride as
-- triolein 885.7 g/mol, calcium 40.08 g/mol, phosphorus 30.97 g/mol, thyroxine 776.87 g/mol, cortisol 362.46 g/mol)
-- and the decimal prefixes (g/dL to g/L, % to L/L, cells per microlitre to cells per litre).
create table unit_conversion (
    test_code varchar(20) not null references lab_test (code),
    from_unit varchar(20) not null,
    factor    numeric(18,9) not null,
    constraint pk_unit_conversion primary key (test_code, from_unit),
    constraint ck_unit_conversion_factor check (factor > 0)
);

insert into unit_conversion (test_code, from_unit, factor) values
    ('GLU',   'mg/dL',   0.055506),
    ('CREA',  'mg/dL',   88.4017),
    ('BUN',   'mg/dL',   0.357015),
    ('TBIL',  'mg/dL',   17.1040),
    ('CHOL',  'mg/dL',   0.025863),
    ('TRIG',  'mg/dL',   0.011290),
    ('CA',    'mg/dL',   0.249501),
    ('PHOS',  'mg/dL',   0.322893),
    ('T4',    'ug/dL',   12.8722),
    ('CORT',  'ug/dL',   27.5890),
    ('TP',    'g/dL',    10),
    ('ALB',   'g/dL',    10),
    ('GLOB',  'g/dL',    10),
    ('HGB',   'g/dL',    10),
    ('MCHC',  'g/dL',    10),
    ('HCT',   '%',       0.01),
    ('WBC',   'K/uL',    1), ('WBC',   '10^3/uL', 1),
    ('NEU',   'K/uL',    1), ('NEU',   '10^3/uL', 1),
    ('LYM',   'K/uL',    1), ('LYM',   '10^3/uL', 1),
    ('MONO',  'K/uL',    1), ('MONO',  '10^3/uL', 1),
    ('EOS',   'K/uL',    1), ('EOS',   '10^3/uL', 1),
    ('BASO',  'K/uL',    1), ('BASO',  '10^3/uL', 1),
    ('RETIC', 'K/uL',    1), ('RETIC', '10^3/uL', 1),
    ('PLT',   'K/uL',    1), ('PLT',   '10^3/uL', 1),
    ('RBC',   'M/uL',    1), ('RBC',   '10^6/uL', 1);

-- The value and unit an analyzer sent when VetLIS converted it.
alter table test_run add column received_value varchar(40);
alter table test_run add column received_unit varchar(20);
-- A result may be held for more than one reason (a delta, a unit, a species).
alter table test_run alter column review_reason set data type varchar(1000);

-- Species a test is valid for; a test without rows is valid for every species. An order of a test for another
-- species is taken, and its result held with the reason, for the lab to decide. SDMA's immunoassay is validated for
-- dogs and cats.
create table lab_test_species (
    test_code    varchar(20) not null references lab_test (code),
    species_code varchar(20) not null references species (code),
    constraint pk_lab_test_species primary key (test_code, species_code)
);

insert into lab_test_species (test_code, species_code) values ('SDMA', 'DOG'), ('SDMA', 'CAT');
