-- The public disclosure list counts and pages through the disclosed matters: with the place path in the index and
-- the decision in its predicate, both are answered from the index alone once the table is vacuumed.
drop index if exists matter_disclosed_idx;
create index matter_disclosed_idx on matter (received_on desc, id desc) include (place_path)
    where disclosure_consent and decided_on is not null;
