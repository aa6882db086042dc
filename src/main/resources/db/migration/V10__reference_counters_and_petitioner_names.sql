-- Each office's register numbers its matters 1, 2, 3 ... per year without gaps: the counter row is taken in the
-- registering transaction, so a refused or rolled-back registration gives its number back. Replaces the one
-- global sequence, whose numbers were used up by every failed attempt.
create table reference_counter (
    office_id   bigint  not null references unit(id),
    year        integer not null,
    last_number bigint  not null,
    primary key (office_id, year)
);

-- Registers already in use go on after their highest number.
insert into reference_counter (office_id, year, last_number)
select u.id, r.received_year, max(r.n)
from (select substring(reference_no from '^XF(.+)-\d{4}-\d+$') as office_code,
             substring(reference_no from '^XF.+-(\d{4})-\d+$')::integer as received_year,
             substring(reference_no from '-(\d+)$')::bigint as n
      from matter where reference_no ~ '^XF.+-\d{4}-\d+$') r
join unit u on u.code = r.office_code
group by u.id, r.received_year;

drop sequence matter_reference_seq;

-- A petitioner's name as corrected at the window: the name it replaced, who corrected it and when. Append-only.
create table petitioner_name_history (
    id            bigserial primary key,
    petitioner_id bigint       not null references petitioner(id),
    old_name      varchar(100) not null,
    new_name      varchar(100) not null,
    corrected_at  timestamptz  not null,
    corrected_by  varchar(64)  not null
);
create index petitioner_name_history_petitioner_idx on petitioner_name_history (petitioner_id);

create function petitioner_name_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'petitioner_name_history is append-only (% refused)', tg_op;
end $$;
create trigger petitioner_name_history_no_update before update or delete on petitioner_name_history
    for each row execute function petitioner_name_history_append_only();
