-- What an analyzer printed beside a result, kept as sent: its reference range (ASTM R.6, HL7 OBX-7), which is the
-- analyzer's and not the species range VetLIS reports by, and its comments on the result (ASTM C, HL7 NTE).
alter table test_run add column analyzer_range varchar(60);
alter table test_run add column analyzer_comment varchar(2000);
