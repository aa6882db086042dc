-- The delivery (送达) of each written document a matter has issued to the petitioner: how, when, whether signed for or
-- refused (拒收, with what happened), who delivered it and, by post, the tracking number. One row per matter and document;
-- a document without a row is issued but not yet delivered. The review and re-review windows run from the delivery
-- (2022 Regulations art. 35, 36 ¶1: 自收到书面答复之日起).
create table matter_delivery (
    matter_id     bigint      not null references matter(id) on delete cascade,
    document      varchar(30) not null,
    method        varchar(20) not null,
    delivered_on  date        not null,
    outcome       varchar(10) not null,
    note          varchar(2000),
    delivered_by  varchar(200),
    tracking_no   varchar(100),
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null,
    primary key (matter_id, document),
    constraint matter_delivery_tracking check (method <> 'POST' or tracking_no is not null),
    constraint matter_delivery_refusal_noted check (outcome <> 'REFUSED' or note is not null)
);

-- Documents issued before delivery was recorded count as delivered on their own date, the way the windows were counted
-- until now: no open window of an existing matter closes or opens by this migration. The method says it was not recorded.
insert into matter_delivery (matter_id, document, method, delivered_on, outcome, recorded_by, recorded_at)
select id, 'ACCEPTANCE_NOTICE', 'NOT_RECORDED', decided_on, 'SIGNED', 'migration', now()
from matter where acceptance_outcome = 'ACCEPTED' and decided_on is not null
union all
select id, 'NON_ACCEPTANCE_NOTICE', 'NOT_RECORDED', decided_on, 'SIGNED', 'migration', now()
from matter where acceptance_outcome = 'NOT_ACCEPTED' and decided_on is not null
union all
select id, 'HANDLING_OPINION', 'NOT_RECORDED', replied_on, 'SIGNED', 'migration', now()
from matter where replied_on is not null
union all
select id, 'REVIEW_OPINION', 'NOT_RECORDED', reviewed_on, 'SIGNED', 'migration', now()
from matter where reviewed_on is not null
union all
select id, 'RE_REVIEW_OPINION', 'NOT_RECORDED', rereviewed_on, 'SIGNED', 'migration', now()
from matter where rereviewed_on is not null;
