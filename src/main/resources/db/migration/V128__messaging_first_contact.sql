-- First contact (module messaging): an organization can have every new lead messaged within N
-- minutes of arriving, on one channel with one template, unless someone (a person or the AI)
-- already called or messaged the lead by then. The lead's send policy (opt-out, consent, do-not-
-- contact, quiet hours) still decides. Off until an admin turns it on. No personal data here.
ALTER TABLE messaging_settings
  ADD COLUMN first_contact_enabled       boolean NOT NULL DEFAULT false,
  ADD COLUMN first_contact_channel       text CHECK (first_contact_channel IN ('email', 'sms', 'whatsapp')),
  ADD COLUMN first_contact_template_id   uuid,
  ADD COLUMN first_contact_delay_minutes integer NOT NULL DEFAULT 5
    CHECK (first_contact_delay_minutes BETWEEN 0 AND 1440),
  ADD CHECK (NOT first_contact_enabled
             OR (first_contact_channel IS NOT NULL AND first_contact_template_id IS NOT NULL));
ALTER TABLE messaging_settings
  ADD FOREIGN KEY (organization_id, first_contact_template_id) REFERENCES messaging_templates (organization_id, id);
