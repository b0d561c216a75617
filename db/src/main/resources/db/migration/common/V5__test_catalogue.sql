-- The test catalogue: what the lab can measure, in which specimen, grouped into panels (profiles).

create table specimen_type (
    code        varchar(20)  primary key,
    name        varchar(80)  not null,
    -- the container (tube) it is collected in; "one specimen per specimen type per order" follows from this
    container   varchar(80)  not null,
    cap_colour  varchar(20),
    sort_order  integer      not null
);

insert into specimen_type (code, name, container, cap_colour, sort_order) values
    ('EDTA',  'Whole blood, EDTA',     'EDTA tube',                  'lavender', 10),
    ('SERUM', 'Serum',                 'Serum tube with clot activator', 'red',  20),
    ('HEP',   'Plasma, lithium heparin', 'Lithium heparin tube',     'green',    30),
    ('URINE', 'Urine',                 'Sterile urine container',    'yellow',   40);

create table lab_test (
    code          varchar(20)  primary key,
    name          varchar(100) not null,
    section       varchar(20)  not null,
    unit          varchar(20),
    result_type   varchar(10)  not null,
    decimals      integer      not null default 0,
    specimen_type varchar(20)  not null references specimen_type (code),
    method        varchar(100),
    active        boolean      not null default true,
    sort_order    integer      not null,
    constraint ck_lab_test_result_type check (result_type in ('NUMERIC', 'TEXT', 'CHOICE')),
    constraint ck_lab_test_decimals check (decimals between 0 and 6)
);

insert into lab_test (code, name, section, unit, result_type, decimals, specimen_type, method, sort_order) values
    ('WBC',   'White blood cells',              'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry / impedance', 100),
    ('RBC',   'Red blood cells',                'HAEMATOLOGY', '10^12/L', 'NUMERIC', 2, 'EDTA', 'Impedance',                  110),
    ('HGB',   'Haemoglobin',                    'HAEMATOLOGY', 'g/L',     'NUMERIC', 0, 'EDTA', 'Photometry',                 120),
    ('HCT',   'Haematocrit',                    'HAEMATOLOGY', 'L/L',     'NUMERIC', 3, 'EDTA', 'Calculated',                 130),
    ('MCV',   'Mean cell volume',               'HAEMATOLOGY', 'fL',      'NUMERIC', 1, 'EDTA', 'Impedance',                  140),
    ('MCH',   'Mean cell haemoglobin',          'HAEMATOLOGY', 'pg',      'NUMERIC', 1, 'EDTA', 'Calculated',                 150),
    ('MCHC',  'Mean cell haemoglobin concentration', 'HAEMATOLOGY', 'g/L', 'NUMERIC', 0, 'EDTA', 'Calculated',                160),
    ('PLT',   'Platelets',                      'HAEMATOLOGY', '10^9/L',  'NUMERIC', 0, 'EDTA', 'Impedance / optical',        170),
    ('NEU',   'Neutrophils',                    'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry',             180),
    ('LYM',   'Lymphocytes',                    'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry',             190),
    ('MONO',  'Monocytes',                      'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry',             200),
    ('EOS',   'Eosinophils',                    'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry',             210),
    ('BASO',  'Basophils',                      'HAEMATOLOGY', '10^9/L',  'NUMERIC', 2, 'EDTA', 'Flow cytometry',             220),
    ('RETIC', 'Reticulocytes',                  'HAEMATOLOGY', '10^9/L',  'NUMERIC', 1, 'EDTA', 'Flow cytometry',             230),
    ('ALT',   'Alanine aminotransferase',       'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (IFCC)',          300),
    ('AST',   'Aspartate aminotransferase',     'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (IFCC)',          310),
    ('ALP',   'Alkaline phosphatase',           'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (IFCC)',          320),
    ('GGT',   'Gamma-glutamyl transferase',     'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (IFCC)',          330),
    ('TBIL',  'Total bilirubin',                'CHEMISTRY',   'umol/L',  'NUMERIC', 1, 'SERUM', 'Diazo',                     340),
    ('BUN',   'Urea',                           'CHEMISTRY',   'mmol/L',  'NUMERIC', 1, 'SERUM', 'Urease',                    350),
    ('CREA',  'Creatinine',                     'CHEMISTRY',   'umol/L',  'NUMERIC', 0, 'SERUM', 'Enzymatic',                 360),
    ('SDMA',  'Symmetric dimethylarginine',     'CHEMISTRY',   'ug/dL',   'NUMERIC', 0, 'SERUM', 'Immunoassay',               370),
    ('GLU',   'Glucose',                        'CHEMISTRY',   'mmol/L',  'NUMERIC', 1, 'SERUM', 'Hexokinase',                380),
    ('TP',    'Total protein',                  'CHEMISTRY',   'g/L',     'NUMERIC', 0, 'SERUM', 'Biuret',                    390),
    ('ALB',   'Albumin',                        'CHEMISTRY',   'g/L',     'NUMERIC', 0, 'SERUM', 'Bromocresol green',         400),
    ('GLOB',  'Globulin',                       'CHEMISTRY',   'g/L',     'NUMERIC', 0, 'SERUM', 'Calculated (TP - ALB)',     410),
    ('CHOL',  'Cholesterol',                    'CHEMISTRY',   'mmol/L',  'NUMERIC', 2, 'SERUM', 'Enzymatic',                 420),
    ('TRIG',  'Triglycerides',                  'CHEMISTRY',   'mmol/L',  'NUMERIC', 2, 'SERUM', 'Enzymatic',                 430),
    ('CA',    'Calcium',                        'CHEMISTRY',   'mmol/L',  'NUMERIC', 2, 'SERUM', 'Arsenazo III',              440),
    ('PHOS',  'Phosphate',                      'CHEMISTRY',   'mmol/L',  'NUMERIC', 2, 'SERUM', 'Molybdate',                 450),
    ('NA',    'Sodium',                         'CHEMISTRY',   'mmol/L',  'NUMERIC', 0, 'SERUM', 'Ion-selective electrode',   460),
    ('K',     'Potassium',                      'CHEMISTRY',   'mmol/L',  'NUMERIC', 1, 'SERUM', 'Ion-selective electrode',   470),
    ('CL',    'Chloride',                       'CHEMISTRY',   'mmol/L',  'NUMERIC', 0, 'SERUM', 'Ion-selective electrode',   480),
    ('AMYL',  'Amylase',                        'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic',                 490),
    ('LIPA',  'Lipase',                         'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (DGGR)',          500),
    ('CK',    'Creatine kinase',                'CHEMISTRY',   'U/L',     'NUMERIC', 0, 'SERUM', 'Enzymatic (IFCC)',          510),
    ('T4',    'Total thyroxine',                'ENDOCRINE',   'nmol/L',  'NUMERIC', 1, 'SERUM', 'Chemiluminescent immunoassay', 600),
    ('CORT',  'Cortisol',                       'ENDOCRINE',   'nmol/L',  'NUMERIC', 0, 'SERUM', 'Chemiluminescent immunoassay', 610),
    ('USG',   'Urine specific gravity',         'URINALYSIS',  null,      'NUMERIC', 3, 'URINE', 'Refractometry',             700),
    ('UPH',   'Urine pH',                       'URINALYSIS',  null,      'NUMERIC', 1, 'URINE', 'Dipstick',                  710),
    ('UPC',   'Urine protein:creatinine ratio', 'URINALYSIS',  null,      'NUMERIC', 2, 'URINE', 'Calculated',                720);

create table panel (
    code       varchar(20)  primary key,
    name       varchar(100) not null,
    active     boolean      not null default true,
    sort_order integer      not null
);

-- the tests of a panel (reports list them in the tests' own sort order)
create table panel_test (
    panel_code varchar(20) not null references panel (code),
    test_code  varchar(20) not null references lab_test (code),
    primary key (panel_code, test_code)
);

insert into panel (code, name, sort_order) values
    ('CBC',    'Complete blood count', 10),
    ('CHEM17', 'Chem-17',              20),
    ('PREOP',  'Pre-anaesthetic',      30),
    ('SENIOR', 'Senior profile',       40);

insert into panel_test (panel_code, test_code)
select 'CBC', code from lab_test
 where code in ('WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'PLT', 'NEU', 'LYM', 'MONO', 'EOS', 'BASO');

insert into panel_test (panel_code, test_code)
select 'CHEM17', code from lab_test
 where code in ('ALB', 'ALP', 'ALT', 'AMYL', 'AST', 'BUN', 'CA', 'CHOL', 'CREA', 'GGT', 'GLOB', 'GLU', 'LIPA', 'PHOS',
                'TBIL', 'TP', 'CK');

-- a quick look before sedation: packed cell volume, kidneys, liver, glucose, protein
insert into panel_test (panel_code, test_code)
select 'PREOP', code from lab_test
 where code in ('HCT', 'ALT', 'ALP', 'BUN', 'CREA', 'GLU', 'TP');

insert into panel_test (panel_code, test_code)
select 'SENIOR', code from lab_test
 where code in ('WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'PLT', 'NEU', 'LYM', 'MONO', 'EOS', 'BASO',
                'ALB', 'ALP', 'ALT', 'BUN', 'CREA', 'SDMA', 'GLU', 'TP', 'PHOS', 'T4', 'USG', 'UPC');
