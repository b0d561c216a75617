-- PostgreSQL only: indexes for the case-insensitive "starts with" searches of reception
-- (lower(name) like 'mim%'); text_pattern_ops lets LIKE prefixes use them whatever the collation.
create index ix_patient_name_lower on patient (lower(name) text_pattern_ops);
create index ix_owner_last_name_lower on owner (lower(last_name) text_pattern_ops);
