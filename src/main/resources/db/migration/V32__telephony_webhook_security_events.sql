-- A webhook with a missing or wrong signature is a security event of the organization it names.
ALTER TABLE security_events DROP CONSTRAINT security_events_kind_check;
ALTER TABLE security_events ADD CONSTRAINT security_events_kind_check CHECK (kind IN ('sign_in_failed',
  'account_locked', 'refresh_token_reuse', 'ip_denied', 'two_factor_failed', 'password_reset_requested',
  'webhook_signature_invalid'));
