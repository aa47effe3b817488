-- In-app notifications, per user (seed 000 notifications).
CREATE TABLE notifications (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  user_id         uuid NOT NULL,
  kind            text NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
  priority        text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'critical')),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body            text CHECK (length(body) <= 2000),
  link            text CHECK (length(link) <= 500),
  related_id      uuid,
  read_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE notifications IS 'module: notifications';
CREATE INDEX notifications_user_idx ON notifications (organization_id, user_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (organization_id, user_id) WHERE read_at IS NULL;
CALL make_tenant_table('notifications');
