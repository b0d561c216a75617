-- Demo mode only: a chemistry analyzer on the demo listener (port 20100 with ./vetlis run), speaking strict ASTM
-- and naming the catalogue's chemistry tests by the same codes, plus a few codes of its own.
insert into instrument (code, name, protocol, listener, profile)
select 'DEMO-CHEM', 'Demo chemistry analyzer', 'ASTM', 'demo', 'strict'
where not exists (select 1 from instrument where code = 'DEMO-CHEM');

insert into instrument_test_code (instrument_code, analyzer_code, test_code)
select 'DEMO-CHEM', v.analyzer_code, v.test_code
from (values
        ('ALB', 'ALB'), ('ALP', 'ALP'), ('ALT', 'ALT'), ('AMYL', 'AMYL'), ('AST', 'AST'), ('BUN', 'BUN'), ('CA', 'CA'),
        ('CHOL', 'CHOL'), ('CREA', 'CREA'), ('GGT', 'GGT'), ('GLOB', 'GLOB'), ('GLU', 'GLU'), ('LIPA', 'LIPA'),
        ('PHOS', 'PHOS'), ('TBIL', 'TBIL'), ('TP', 'TP'), ('CK', 'CK'), ('SDMA', 'SDMA'), ('T4', 'T4'),
        ('GLUC', 'GLU'), ('CRE', 'CREA'), ('UREA', 'BUN')
     ) as v (analyzer_code, test_code)
where not exists (select 1 from instrument_test_code m where m.instrument_code = 'DEMO-CHEM' and m.analyzer_code = v.analyzer_code);
