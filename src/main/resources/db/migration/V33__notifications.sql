-- Three-level four-line notification (三级四线): each person told of a matter's step, per docs/decisions.md.

-- A staff member's inbox: one row per step and person, written with the outbox in the listener's transaction. The
-- text is rendered when read, in the reader's language; the row keeps the message's key and arguments.
create table notification_inbox (
    id            bigserial primary key,
    username      varchar(64) not null,
    matter_id     bigint not null,
    seq           integer not null,
    step          varchar(40) not null,
    capacities    varchar(100) not null,
    reference_no  varchar(40) not null,
    title         varchar(200) not null,
    created_at    timestamptz not null,
    read_at       timestamptz,
    unique (matter_id, seq, username)
);
-- the top bar's unread count: an index-only count over this person's unread rows
create index notification_inbox_unread_idx on notification_inbox (username) where read_at is null;
create index notification_inbox_list_idx on notification_inbox (username, created_at desc);

-- The outbox: every email and text message, written in the same transaction as the inbox rows and sent by the
-- dispatcher (NotificationDispatcher) which claims rows with "for update skip locked" and marks them sent.
-- SKIPPED rows are the messages not sent by rule (an unverified contact), kept with the reason.
create table notification_outbox (
    id               bigserial primary key,
    matter_id        bigint not null,
    seq              integer not null,
    step             varchar(40) not null,
    reference_no     varchar(40) not null,
    recipient        varchar(64) not null,
    capacities       varchar(100) not null,
    channel          varchar(8) not null,
    destination      varchar(200),
    subject          varchar(300) not null,
    body             text not null,
    scope_path       varchar(400) not null,
    status           varchar(8) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       varchar(300),
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (matter_id, seq, recipient, channel),
    check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    check (channel in ('EMAIL', 'SMS'))
);
create index notification_outbox_due_idx on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_failed_idx on notification_outbox (scope_path varchar_pattern_ops, created_at desc)
    where status in ('FAILED', 'SKIPPED');

-- A staff member's channels besides the inbox (always on).
create table notification_preference (
    username      varchar(64) primary key,
    email_on      boolean not null default false,
    email         varchar(200),
    sms_on        boolean not null default false,
    phone         varchar(20),
    updated_at    timestamptz not null
);

-- A petitioner's contact proven theirs (the portal's SMS code): only a verified phone receives notifications.
-- Kept as a keyed hash (platform.Pseudonyms), compared with the phone given on the matter when a step is notified.
create table notification_verified_contact (
    petitioner_id  bigint not null,
    channel        varchar(8) not null,
    contact_hash   varchar(64) not null,
    verified_at    timestamptz not null,
    primary key (petitioner_id, channel, contact_hash)
);
