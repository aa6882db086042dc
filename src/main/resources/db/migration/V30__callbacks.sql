-- Issue 12, item 7: the callback (回访). The petition office phones the petitioner of an answered matter not rated yet;
-- each call is a row: reached or not, the satisfaction the petitioner gave on the phone and a note. A reached call with
-- a rating is also the matter's evaluation, recorded through the matter's own transition (casework's matter and
-- timeline); `evaluation` says this call gave it. Calls are only added, never changed.
create table callback_attempt (
    id            bigserial primary key,
    matter_id     bigint       not null references matter (id),
    called_at     timestamptz  not null,
    reached       boolean      not null,
    satisfaction  varchar(24),
    evaluation    boolean      not null default false,
    note          text,
    recorded_by   varchar(64)  not null,
    request_key   varchar(100),
    unique (recorded_by, request_key),
    check (reached or satisfaction is null),
    check (not evaluation or satisfaction is not null)
);
create index callback_attempt_matter_idx on callback_attempt (matter_id, called_at);
create index callback_attempt_called_idx on callback_attempt (called_at);
-- one evaluation per matter from the callbacks, whoever raced
create unique index callback_attempt_one_evaluation on callback_attempt (matter_id) where evaluation;
