-- Review and re-review committees (复查复核委员会; 2022 arts 35-36) and the support of final matters (art. 37 para 3).

-- A committee case on a matter under review (REVIEW) or re-review (RE_REVIEW): one per matter and stage.
create table review_case (
    id                 bigserial primary key,
    version            integer not null default 0,
    matter_id          bigint not null references matter(id),
    stage              varchar(16) not null check (stage in ('REVIEW', 'RE_REVIEW')),
    reviewing_unit_id  bigint not null references unit(id),
    opened_by          varchar(100) not null,
    opened_on          date not null,
    request_key        varchar(100),
    opinion_outcome    varchar(16),
    opinion_text       text,
    opinion_on         date,
    opinion_by         varchar(100),
    unique (matter_id, stage),
    unique (opened_by, request_key)
);

-- The members assigned to a case: staff of the reviewing body, by log-in name.
create table review_member (
    review_case_id  bigint not null references review_case(id),
    username        varchar(100) not null,
    primary key (review_case_id, username)
);

-- Each member's own view (评议意见), once.
create table review_view (
    id              bigserial primary key,
    review_case_id  bigint not null references review_case(id),
    username        varchar(100) not null,
    outcome         varchar(16) not null,
    reasoning       text not null,
    given_at        timestamptz not null,
    unique (review_case_id, username)
);

-- The hearing (听证) of a re-review case: its time, place and participants when scheduled; its record when held.
create table review_hearing (
    review_case_id  bigint primary key references review_case(id),
    starts_at       timestamptz not null,
    place           varchar(300) not null,
    record          text,
    days            integer,
    recorded_on     date,
    recorded_by     varchar(100)
);

create table review_hearing_participant (
    review_case_id  bigint not null references review_hearing(review_case_id),
    seq             integer not null,
    role            varchar(24) not null,
    name            varchar(100) not null,
    primary key (review_case_id, seq)
);

-- A re-review opinion given after a hearing, published (向社会公示, art. 36 para 2): the text as masked for the public.
create table review_publication (
    review_case_id  bigint primary key references review_case(id),
    reference_no    varchar(40) not null,
    outcome         varchar(16) not null,
    masked_text     text not null,
    reviewing_unit_id bigint not null references unit(id),
    hearing_on      date not null,
    published_on    date not null,
    published_by    varchar(100) not null
);

create index review_publication_newest on review_publication (published_on desc, review_case_id desc);

-- What was done for the petitioner of a final matter (疏导教育、矛盾化解、帮扶救助; art. 37 para 3).
create table review_support (
    id           bigserial primary key,
    matter_id    bigint not null references matter(id),
    kind         varchar(16) not null check (kind in ('GUIDANCE', 'RESOLUTION', 'HELP')),
    done_on      date not null,
    note         text not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null,
    request_key  varchar(100),
    unique (recorded_by, request_key)
);

create index review_support_matter on review_support (matter_id, done_on desc);
