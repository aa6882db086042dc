-- Issue 10, item 6: the petitioner's evaluation as the national petition information system records it.

-- Two ratings. The existing rating (satisfaction, evaluation_comment) is the rating of the handling body and stays
-- where it is; the rating of the petition office's own work is new, so no existing matter has one.
alter table matter add column office_satisfaction varchar(24);
alter table matter add column office_evaluation_comment text;

-- The last day to rate, fixed when the opinion is given (xinfang.rating.window-days, by default 30 days after it).
-- Existing opinions get the default window; a matter with an opinion, no rating and this day passed is "not rated in
-- time" (超期未评价).
alter table matter add column rating_due_on date;
update matter set rating_due_on = replied_on + 30 where replied_on is not null;

-- Closure verification (审核认定办结) by the petition office. Closures made before the step existed were final as they
-- were: they count as verified on their closing day, by "V17", so past figures do not change.
alter table matter add column closure_verified_on date;
alter table matter add column closure_verified_by varchar(64);
update matter set closure_verified_on = closed_on, closure_verified_by = 'V17' where closed_on is not null;

create index matter_rating_due on matter (rating_due_on) where satisfaction is null and rating_due_on is not null;
