-- Who looked up matters by a person's ID number or phone, and when (issue 11, item 1). The number itself is kept
-- masked, as the pages show it to roles that see personal data masked, with a keyed hash for matching a known number.
create table personal_data_lookup (
    id            bigserial primary key,
    username      varchar(100) not null,
    unit_id       bigint       not null,
    kind          varchar(20)  not null,
    masked_value  varchar(40)  not null,
    value_hash    varchar(64)  not null,
    found         bigint       not null,
    looked_up_at  timestamptz  not null
);
create index personal_data_lookup_hash_idx on personal_data_lookup (value_hash);
create index personal_data_lookup_user_idx on personal_data_lookup (username, looked_up_at desc);
