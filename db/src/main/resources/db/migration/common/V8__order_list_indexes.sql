-- The order list pages newest first (ORDER BY created_at DESC, id DESC): with these, a page reads 50 index entries
-- backwards instead of sorting every order, with or without a status filter, and a time window is an index range.
create index ix_lab_order_created on lab_order (created_at, id);
drop index ix_lab_order_status_created;
create index ix_lab_order_status_created on lab_order (status, created_at, id);
