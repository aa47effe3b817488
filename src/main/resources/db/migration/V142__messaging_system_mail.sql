-- One outbox: the platform's own mail (account mail: address checks, password resets, invitations)
-- moves from identity's mail_outbox into messaging, which sends every outgoing message. The rows,
-- their ids and their queued jobs stay as they are, so a mail queued before the upgrade is sent after.
--
-- Still tenant data (organization_id in the key, row-level security forced): every such mail is
-- about one user of one organization, caused by that organization's request (sign-up, reset,
-- invitation), and the organization's erasure and its admins' view of it must reach it.
-- pii: recipient, body (the recipient's name, and a one-time link until the mail is delivered)
ALTER TABLE mail_outbox RENAME TO messaging_system_mail;
ALTER TABLE messaging_system_mail RENAME CONSTRAINT mail_outbox_pkey TO messaging_system_mail_pkey;
ALTER TABLE messaging_system_mail RENAME CONSTRAINT mail_outbox_recipient_check TO messaging_system_mail_recipient_check;
ALTER TABLE messaging_system_mail RENAME CONSTRAINT mail_outbox_subject_check TO messaging_system_mail_subject_check;
ALTER TABLE messaging_system_mail RENAME CONSTRAINT mail_outbox_status_check TO messaging_system_mail_status_check;
ALTER TABLE messaging_system_mail RENAME CONSTRAINT mail_outbox_last_error_check TO messaging_system_mail_last_error_check;
COMMENT ON TABLE messaging_system_mail IS 'module: messaging';

-- Jobs find their mail by id now; nothing scans for due rows.
DROP INDEX mail_outbox_due_idx;

-- The kind is the sending module's label (identity's three today), no longer a closed list of
-- identity's: a new kind of system mail needs no migration.
ALTER TABLE messaging_system_mail DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE messaging_system_mail
  ADD CONSTRAINT messaging_system_mail_kind_check CHECK (kind ~ '^[a-z][a-z0-9_]{0,39}$');

-- A sensitive mail (a live one-time link) loses its body once delivered, whatever else is set.
-- Every account mail so far carries such a link.
ALTER TABLE messaging_system_mail ADD COLUMN sensitive boolean NOT NULL DEFAULT true;
ALTER TABLE messaging_system_mail ALTER COLUMN sensitive DROP DEFAULT;

-- Bodies a dev mailbox kept after delivery go now (row-level security is forced on the owner too:
-- lifted for this one statement of the migration's transaction).
ALTER TABLE messaging_system_mail NO FORCE ROW LEVEL SECURITY;
UPDATE messaging_system_mail SET body = '' WHERE status = 'sent' AND sensitive AND body <> '';
ALTER TABLE messaging_system_mail FORCE ROW LEVEL SECURITY;

-- Mail waiting for (another) attempt is handed to the messaging job under its new name; the
-- instance ("<organization>:<mail id>") and payload ({"mailId": …}) keep their shape.
UPDATE scheduled_tasks SET task_name = 'messaging.send-system-mail' WHERE task_name = 'identity.send-mail';
