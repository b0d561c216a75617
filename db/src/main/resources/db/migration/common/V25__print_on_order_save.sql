-- A workstation may print an order's labels as soon as the order is saved there (the reception desk, typically);
-- a bench that relabels tubes now and then does not.
alter table workstation add column print_on_order boolean default false not null;
