-- Reference data versions: which version of each replaceable data file is loaded.
create table reference_data_version (
    name        varchar(64) primary key,
    version     varchar(64) not null,
    loaded_at   timestamptz not null
);

-- territory: the administrative tree and departments; path is the materialised chain of ids ("/1/4/17/").
create table unit (
    id          bigserial primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    name_en     varchar(200),
    level       varchar(16)  not null,
    function    varchar(32),
    short_name  varchar(64),
    population  bigint,
    parent_id   bigint references unit(id),
    path        varchar(400) not null
);
create index unit_path_idx on unit (path varchar_pattern_ops);
create index unit_parent_idx on unit (parent_id);

create table staff (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(200) not null,
    unit_id       bigint not null references unit(id),
    enabled       boolean not null default true
);
create table staff_role (
    staff_id bigint not null references staff(id) on delete cascade,
    role     varchar(16) not null,
    primary key (staff_id, role)
);
create table api_token (
    id          bigserial primary key,
    staff_id    bigint not null references staff(id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null
);

-- intake: categories, petitioners
create table category (
    id         bigserial primary key,
    code       varchar(64) not null unique,
    name       varchar(100) not null,
    name_en    varchar(200),
    parent_id  bigint references category(id),
    function   varchar(32),
    hot_spot   boolean not null default false
);

create table petitioner (
    id          bigserial primary key,
    name        varchar(100) not null,
    id_number   varchar(18) unique,
    phone       varchar(20),
    address     varchar(300),
    created_at  timestamptz not null
);
create index petitioner_phone_idx on petitioner (phone);

-- casework: the matter and its timeline
create table matter (
    id                      bigserial primary key,
    version                 integer not null,
    event_seq               integer not null,
    reference_no            varchar(40) not null unique,
    channel                 varchar(24) not null,
    kind                    varchar(16) not null,
    origin_level            varchar(16),
    petitioner_id           bigint not null references petitioner(id),
    persons                 integer not null,
    category_id             bigint not null references category(id),
    place_unit_id           bigint not null references unit(id),
    place_path              varchar(400) not null,
    title                   varchar(200) not null,
    content                 text not null,
    received_on             date not null,
    registered_at           timestamptz not null,
    registered_by           varchar(64) not null,
    receiving_unit_id       bigint not null references unit(id),
    receiving_path          varchar(400) not null,
    suggested_unit_id       bigint references unit(id),
    repeat_of_id            bigint references matter(id),
    leap_level              boolean not null default false,
    on_final_matter         boolean not null default false,
    state                   varchar(24) not null,
    responsible_unit_id     bigint not null references unit(id),
    responsible_path        varchar(400) not null,
    lead_unit_id            bigint references unit(id),
    routing_kind            varchar(16),
    routed_on               date,
    routing_due_on          date not null,
    acceptance_due_on       date,
    acceptance_outcome      varchar(24),
    acceptance_reason       text,
    proper_channel          varchar(40),
    acceptance_notice       text,
    decided_on              date,
    handling_due_on         date,
    extension_days          integer,
    extension_reason        text,
    extension_approved_by   varchar(64),
    opinion_text            text,
    opinion_outcome         varchar(24),
    replied_on              date,
    satisfaction            varchar(24),
    evaluation_comment      text,
    evaluated_on            date,
    closed_on               date,
    review_unit_id          bigint references unit(id),
    review_requested_on     date,
    review_due_on           date,
    review_reason           text,
    review_opinion          text,
    review_outcome          varchar(24),
    reviewed_on             date,
    rereview_unit_id        bigint references unit(id),
    rereview_requested_on   date,
    rereview_due_on         date,
    rereview_reason         text,
    rereview_opinion        text,
    rereview_outcome        varchar(24),
    rereviewed_on           date,
    hearing_days            integer,
    final_on                date,
    due_step                varchar(24),
    due_on                  date
);
create index matter_due_idx on matter (due_on) where due_on is not null;
create index matter_place_path_idx on matter (place_path varchar_pattern_ops);
create index matter_responsible_path_idx on matter (responsible_path varchar_pattern_ops);
create index matter_petitioner_idx on matter (petitioner_id, category_id);
create index matter_received_idx on matter (received_on);
create index matter_receiving_path_idx on matter (receiving_path varchar_pattern_ops);

create table matter_co_handler (
    matter_id bigint not null references matter(id) on delete cascade,
    unit_id   bigint not null references unit(id),
    primary key (matter_id, unit_id)
);
create table matter_representative (
    matter_id     bigint not null references matter(id) on delete cascade,
    petitioner_id bigint not null references petitioner(id),
    primary key (matter_id, petitioner_id)
);

create table matter_event (
    id             bigserial primary key,
    matter_id      bigint not null references matter(id),
    seq            integer not null,
    type           varchar(32) not null,
    occurred_at    timestamptz not null,
    actor          varchar(64) not null,
    actor_unit_id  bigint references unit(id),
    from_state     varchar(24),
    to_state       varchar(24) not null,
    reason         text,
    changes        jsonb not null default '{}'::jsonb,
    constraint matter_event_seq_unique unique (matter_id, seq)
);

-- The timeline is append-only: history is never rewritten, whoever asks.
create function matter_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'matter_event is append-only (% refused)', tg_op;
end $$;
create trigger matter_event_no_update before update or delete on matter_event
    for each row execute function matter_event_append_only();

create table idempotency_record (
    username      varchar(64) not null,
    idem_key      varchar(100) not null,
    request_hash  varchar(64) not null,
    matter_id     bigint not null references matter(id),
    created_at    timestamptz not null,
    primary key (username, idem_key)
);

create sequence matter_reference_seq;
