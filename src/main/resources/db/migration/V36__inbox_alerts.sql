-- Alerts besides a matter's steps (issue 12): a deadline coming (到期提醒) and a supervision notice sent up for being
-- ignored (督办升级). An alert row has seq 0 and a key naming what it is about, unique with the person and the channel
-- as a step's seq is: the daily job run twice, or an event heard twice, adds nothing. A step's row has the empty key.
alter table notification_inbox add column alert_key varchar(60) not null default '';
alter table notification_inbox add column due_on date;
alter table notification_inbox add column days_before integer;
alter table notification_inbox add column notice_id bigint;
alter table notification_inbox drop constraint notification_inbox_matter_id_seq_username_key;
alter table notification_inbox add constraint notification_inbox_told_once unique (matter_id, seq, alert_key, username);

alter table notification_outbox add column alert_key varchar(60) not null default '';
alter table notification_outbox drop constraint notification_outbox_matter_id_seq_recipient_channel_key;
alter table notification_outbox add constraint notification_outbox_sent_once unique (matter_id, seq, alert_key, recipient, channel);
