-- The category model's versions (issue 15): each training a new version, never overwritten. The model is numbers only
-- (hashed features and weights, intelligence.classifier.CategoryModel), the metrics its cross-validation. One version
-- is in use; the administrator may go back to an earlier one.
create table intelligence_category_model (
    version      integer primary key,
    source       varchar(16) not null check (source in ('BUILT_IN', 'HISTORY')),
    trained_at   timestamptz not null,
    trained_by   varchar(100) not null,
    examples     integer not null,
    metrics      jsonb not null,
    model        bytea not null,
    in_use       boolean not null default false
);
create unique index intelligence_category_model_in_use_idx on intelligence_category_model (in_use) where in_use;
