-- The staff web application: language preference, saved worklist views, attachments, supervision notices.
alter table staff add column preferred_language varchar(16);

create table saved_view (
    id          bigserial primary key,
    username    varchar(64) not null,
    name        varchar(100) not null,
    query       varchar(1000) not null,
    created_at  timestamptz not null,
    constraint saved_view_name_unique unique (username, name)
);

create table attachment (
    id            bigserial primary key,
    matter_id     bigint not null references matter(id),
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    content       bytea not null,
    uploaded_by   varchar(64) not null,
    uploaded_at   timestamptz not null
);
create index attachment_matter_idx on attachment (matter_id);

-- Supervision notices (督办单): 2005 art. 36, the supervised body answers within 30 days.
alter table matter add column supervision_count integer not null default 0;
alter table matter add column supervised_on date;
alter table matter add column supervision_answer_due_on date;
