-- The public portal: every matter has a query code the petitioner tracks it with, and the petitioner's
-- consent to disclose it on the "four public" pages.
alter table matter add column query_code varchar(16);
alter table matter add column disclosure_consent boolean not null default false;
create unique index matter_query_code_idx on matter (query_code);
create index matter_disclosed_idx on matter (received_on desc) where disclosure_consent;

-- Material the petitioner added on the portal, as opposed to letters scanned at the window.
alter table attachment add column from_petitioner boolean not null default false;

-- Items submitted online: the phone that was verified for each, and a fingerprint of the submission so
-- that the same petition sent twice within minutes is folded into the first.
create table online_submission (
    matter_id     bigint primary key references matter(id),
    phone_hash    varchar(64) not null,
    phone_tail    varchar(4) not null,
    content_hash  varchar(64) not null,
    submitted_at  timestamptz not null
);
create index online_submission_fold_idx on online_submission (phone_hash, content_hash, submitted_at);

-- One-time codes sent by SMS to prove a phone belongs to the person petitioning. Only hashes are kept.
create table phone_verification (
    id           bigserial primary key,
    phone_hash   varchar(64) not null,
    code_hash    varchar(64) not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    attempts     integer not null default 0,
    used         boolean not null default false
);
create index phone_verification_phone_idx on phone_verification (phone_hash, created_at desc);

-- Fixed-window counters for rate limits, shared by every application node. Subjects are hashed.
create table rate_counter (
    bucket        varchar(32) not null,
    subject       varchar(64) not null,
    window_start  timestamptz not null,
    hits          integer not null,
    primary key (bucket, subject, window_start)
);
