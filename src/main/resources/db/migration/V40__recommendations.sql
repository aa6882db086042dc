-- The three recommendations (三项建议, 2022 art. 40): what the petition bureau recommends to a body, and that body's
-- written feedback on whether it adopted it (art. 40 ¶4).
create table recommendation (
    id              bigserial primary key,
    office_unit_id  bigint       not null references unit (id),
    kind            varchar(32)  not null,
    addressee_id    bigint       not null references unit (id),
    subject         varchar(200) not null,
    content         text         not null,
    issued_on       date         not null,
    due_on          date         not null,
    issued_by       varchar(64)  not null,
    outcome         varchar(32),
    feedback_text   text,
    feedback_on     date,
    feedback_by     varchar(64),
    request_key     varchar(100),
    version         integer      not null default 0,
    unique (issued_by, request_key),
    check ((outcome is null) = (feedback_on is null))
);
create index recommendation_addressee_idx on recommendation (addressee_id, issued_on desc);
create index recommendation_open_idx on recommendation (due_on) where feedback_on is null;

create table recommendation_matter (
    recommendation_id bigint      not null references recommendation (id),
    matter_id         bigint      not null,
    reference_no      varchar(40) not null,
    primary key (recommendation_id, matter_id)
);
