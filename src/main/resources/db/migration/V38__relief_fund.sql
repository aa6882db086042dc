-- The relief fund (救助, issue 13 item 2): yearly budgets per unit, applications with their approval chain,
-- and an append-only double-entry ledger. The database itself refuses to change or remove a ledger entry.
create table relief_budget (
    id         bigserial primary key,
    unit_id    bigint        not null,
    unit_path  text          not null,
    year       int           not null,
    amount     numeric(14,2) not null check (amount > 0),
    created_by text          not null,
    unique (unit_id, year)
);

create table relief_application (
    id           bigserial primary key,
    budget_id    bigint        not null references relief_budget (id),
    matter_id    bigint        not null,
    petitioner   text          not null,
    reason       text          not null,
    amount       numeric(14,2) not null check (amount > 0),
    stage        text          not null,
    outcome      text,
    applied_by   text          not null,
    applied_at   timestamptz   not null,
    request_key  text,
    version      int           not null default 0,
    unique (applied_by, request_key)
);

create table relief_approval (
    id             bigserial primary key,
    application_id bigint      not null references relief_application (id),
    step           text        not null,
    approved_by    text        not null,
    approved_at    timestamptz not null,
    unique (application_id, step)
);

-- One movement = several entries summing to zero; accounts: FUND (the appropriation), AVAILABLE, PAID.
create table relief_entry (
    id             bigserial primary key,
    movement       uuid          not null,
    budget_id      bigint        not null references relief_budget (id),
    application_id bigint references relief_application (id),
    account        text          not null check (account in ('FUND', 'AVAILABLE', 'PAID')),
    amount         numeric(14,2) not null check (amount <> 0),
    reverses       uuid,
    recorded_by    text          not null,
    recorded_at    timestamptz   not null
);
create index relief_entry_budget on relief_entry (budget_id, account);
create unique index relief_entry_one_payment on relief_entry (application_id) where account = 'PAID' and amount > 0 and reverses is null;

create function relief_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'relief ledger entries are immutable: % refused', tg_op using errcode = 'P0001';
end $$;
create trigger relief_entry_no_change before update or delete on relief_entry
    for each row execute function relief_entry_immutable();
create trigger relief_entry_no_truncate before truncate on relief_entry
    for each statement execute function relief_entry_immutable();

-- Every movement balances: checked at commit, over all its entries.
create function relief_movement_balanced() returns trigger language plpgsql as $$
begin
    if (select sum(amount) from relief_entry where movement = new.movement) <> 0 then
        raise exception 'relief movement % does not sum to zero', new.movement using errcode = 'P0002';
    end if;
    return null;
end $$;
create constraint trigger relief_entry_balanced after insert on relief_entry
    deferrable initially deferred for each row execute function relief_movement_balanced();
