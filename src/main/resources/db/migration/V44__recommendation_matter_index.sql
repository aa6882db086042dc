-- The matter page lists the recommendations a matter prompted (its "related records"): find them by the matter.
create index recommendation_matter_matter_idx on recommendation_matter (matter_id);
