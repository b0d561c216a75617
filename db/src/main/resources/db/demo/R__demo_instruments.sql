-- Demo mode only: a chemistry analyzer speaking strict ASTM (port 20100 with ./vetlis run) and a haematology
-- analyzer speaking tolerant ASTM (20101), naming the catalogue's tests by codes of their own. The ports are the
-- installation's (vetlis.demo.analyzer-port and the next one).
insert into instrument (code, name, protocol, listener, profile, port)
select 'DEMO-CHEM', 'Demo chemistry analyzer', 'ASTM', 'demo', 'strict', ${demo_chemistry_port}
where not exists (select 1 from instrument where code = 'DEMO-CHEM');

-- installations from before instruments had ports
update instrument set port = ${demo_chemistry_port} where code = 'DEMO-CHEM' and port is null;

insert into instrument_test_code (instrument_code, analyzer_code, test_code)
select 'DEMO-CHEM', v.analyzer_code, v.test_code
from (values
        ('ALB', 'ALB'), ('ALP', 'ALP'), ('ALT', 'ALT'), ('AMYL', 'AMYL'), ('AST', 'AST'), ('BUN', 'BUN'), ('CA', 'CA'),
        ('CHOL', 'CHOL'), ('CREA', 'CREA'), ('GGT', 'GGT'), ('GLOB', 'GLOB'), ('GLU', 'GLU'), ('LIPA', 'LIPA'),
        ('PHOS', 'PHOS'), ('TBIL', 'TBIL'), ('TP', 'TP'), ('CK', 'CK'), ('SDMA', 'SDMA'), ('T4', 'T4'),
        ('GLUC', 'GLU'), ('CRE', 'CREA'), ('UREA', 'BUN')
     ) as v (analyzer_code, test_code)
where not exists (select 1 from instrument_test_code m where m.instrument_code = 'DEMO-CHEM' and m.analyzer_code = v.analyzer_code);

insert into instrument (code, name, protocol, listener, profile, port)
select 'DEMO-HEM', 'Demo haematology analyzer', 'ASTM', 'demo-hem', 'tolerant', ${demo_haematology_port}
where not exists (select 1 from instrument where code = 'DEMO-HEM')
  and not exists (select 1 from instrument where port = ${demo_haematology_port});

insert into instrument_test_code (instrument_code, analyzer_code, test_code)
select 'DEMO-HEM', v.analyzer_code, v.test_code
from (values
        ('WBC', 'WBC'), ('RBC', 'RBC'), ('HGB', 'HGB'), ('HCT', 'HCT'), ('MCV', 'MCV'), ('MCH', 'MCH'), ('MCHC', 'MCHC'),
        ('PLT', 'PLT'), ('NEU#', 'NEU'), ('LYM#', 'LYM'), ('MON#', 'MONO'), ('EOS#', 'EOS'), ('BAS#', 'BASO'), ('RET#', 'RETIC')
     ) as v (analyzer_code, test_code)
where exists (select 1 from instrument where code = 'DEMO-HEM')
  and not exists (select 1 from instrument_test_code m where m.instrument_code = 'DEMO-HEM' and m.analyzer_code = v.analyzer_code);

-- an HL7 v2 haematology analyzer over MLLP (port 20200 with ./vetlis run: the demo analyzer port + 100)
insert into instrument (code, name, protocol, listener, profile, port)
select 'DEMO-HL7', 'Demo HL7 haematology analyzer', 'HL7', 'demo-hl7', 'hl7', ${demo_hl7_port}
where not exists (select 1 from instrument where code = 'DEMO-HL7')
  and not exists (select 1 from instrument where port = ${demo_hl7_port});

insert into instrument_test_code (instrument_code, analyzer_code, test_code)
select 'DEMO-HL7', v.analyzer_code, v.test_code
from (values
        ('WBC', 'WBC'), ('RBC', 'RBC'), ('HGB', 'HGB'), ('HCT', 'HCT'), ('MCV', 'MCV'), ('MCH', 'MCH'), ('MCHC', 'MCHC'),
        ('PLT', 'PLT'), ('NEU#', 'NEU'), ('LYM#', 'LYM'), ('MON#', 'MONO'), ('EOS#', 'EOS'), ('BAS#', 'BASO')
     ) as v (analyzer_code, test_code)
where exists (select 1 from instrument where code = 'DEMO-HL7')
  and not exists (select 1 from instrument_test_code m where m.instrument_code = 'DEMO-HL7' and m.analyzer_code = v.analyzer_code);
