-- Issue 11, item 3: the handler's own steps. The sign-for (签收) of the unit a matter reached, with the two instants
-- the time to sign-for is measured between, and the handler's request for an extension of the handling limit with the
-- head's decision (2022 art. 34). The send-back (退回) is the objection of V15 (2022 art. 23 ¶3): no columns of its own.

alter table matter
    add column sign_for_unit_id           bigint,
    add column sign_for_received_at       timestamp with time zone,
    add column signed_for_at              timestamp with time zone,
    add column signed_for_by              varchar(100),
    add column extension_requested_days   integer,
    add column extension_request_reason   text,
    add column extension_requested_by     varchar(100),
    add column extension_requested_at     timestamp with time zone,
    add column extension_request_outcome  varchar(20),
    add column extension_decision_reason  text,
    add column extension_decided_by       varchar(100),
    add column extension_decided_at       timestamp with time zone;

-- Existing matters (before V20) have no receipt to sign for: sign_for_unit_id stays null, which the application reads
-- as "nothing pending" (docs/decisions.md, "Sign-for, send-back and extension request"). No backfill is invented:
-- the receipt instants of old matters were never recorded, and a made-up time to sign-for would distort the figures.

-- The worklist's awaiting=SIGN_FOR: the matters a unit has received and not signed for.
create index matter_sign_for_pending_idx on matter (sign_for_unit_id) where signed_for_at is null and sign_for_unit_id is not null;
