-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.x, schemas/v2/schema-postgresql.sql):
-- every event handed to an @ApplicationModuleListener is stored here in the publishing transaction and marked
-- complete once its listener has run. Created here rather than by Modulith, so Flyway owns every table.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
