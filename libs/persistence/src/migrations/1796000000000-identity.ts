import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and scoped access: the people directory, server-side sessions, single-use sign-in links, pending
 * single-sign-on round trips, API tokens and the security record. Timeline rows name the person and how they signed in.
 *
 * Secrets are never stored: session ids, link tokens and API tokens are kept as SHA-256 hashes only. Frozen like every
 * migration: the role list is copied here on purpose.
 */
export class Identity1796000000000 implements MigrationInterface {
  name = 'Identity1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const UP = [
  `CREATE TABLE people (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL CONSTRAINT people_email_lower_case CHECK (email = lower(email)),
    name text NOT NULL,
    unit text,
    manager_email text,
    roles text[] NOT NULL DEFAULT '{}'
      CONSTRAINT people_roles_check CHECK (roles <@ ARRAY['admin', 'programme-manager', 'compliance-lead', 'auditor']::text[]),
    active boolean NOT NULL DEFAULT true,
    source text NOT NULL CONSTRAINT people_source_check CHECK (source IN ('directory', 'sso', 'audit', 'setup')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT people_email_key UNIQUE (email)
  )`,

  `CREATE TABLE sessions (
    id_hash text PRIMARY KEY,
    person_id uuid NOT NULL CONSTRAINT sessions_person_fk REFERENCES people (id) ON DELETE CASCADE,
    method text NOT NULL CONSTRAINT sessions_method_check CHECK (method IN ('sso', 'link')),
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ended_at timestamptz,
    ended_reason text,
    ip text,
    user_agent text
  )`,
  `CREATE INDEX sessions_person_open_idx ON sessions (person_id) WHERE ended_at IS NULL`,

  `CREATE TABLE sign_in_links (
    token_hash text PRIMARY KEY,
    purpose text NOT NULL CONSTRAINT sign_in_links_purpose_check CHECK (purpose IN ('sign-in', 'setup')),
    email text,
    return_to text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  `CREATE TABLE sign_in_requests (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    ip text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX sign_in_requests_email_idx ON sign_in_requests (email, requested_at)`,
  `CREATE INDEX sign_in_requests_ip_idx ON sign_in_requests (ip, requested_at)`,

  `CREATE TABLE sso_sign_ins (
    state_hash text PRIMARY KEY,
    code_verifier text NOT NULL,
    nonce text NOT NULL,
    return_to text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,

  `CREATE TABLE api_tokens (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL CONSTRAINT api_tokens_person_fk REFERENCES people (id) ON DELETE CASCADE,
    name text NOT NULL,
    token_hash text NOT NULL CONSTRAINT api_tokens_token_hash_key UNIQUE,
    prefix text NOT NULL,
    scope text NOT NULL CONSTRAINT api_tokens_scope_check CHECK (scope IN ('read', 'act')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    last_used_at timestamptz
  )`,
  `CREATE INDEX api_tokens_person_idx ON api_tokens (person_id, created_at)`,

  // Sign-ins, failed sign-ins, tokens created and revoked, role changes: insert-only like the timeline.
  `CREATE TABLE security_events (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    type text NOT NULL,
    person_id uuid,
    email text,
    by_person_id uuid,
    ip text,
    detail jsonb NOT NULL DEFAULT '{}'
  )`,
  `CREATE INDEX security_events_occurred_idx ON security_events (occurred_at DESC, id DESC)`,
  `CREATE FUNCTION security_events_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'security_events is append-only';
  END
  $$`,
  `CREATE TRIGGER security_events_append_only BEFORE UPDATE OR DELETE ON security_events FOR EACH ROW EXECUTE FUNCTION security_events_reject_change()`,

  `ALTER TABLE audit_events ADD COLUMN actor_person_id uuid, ADD COLUMN actor_via text`,
  // Scoped reads look audits up by the people named in them.
  `CREATE INDEX audits_auditee_representative_idx ON audits (auditee_representative_email)`,
  `CREATE INDEX audits_auditee_manager_idx ON audits (auditee_manager_email)`,
  `CREATE INDEX audits_programme_manager_idx ON audits (programme_manager_email)`,
  `CREATE INDEX audits_compliance_lead_idx ON audits (compliance_lead_email)`,
];

const DOWN = [
  `DROP INDEX audits_compliance_lead_idx`,
  `DROP INDEX audits_programme_manager_idx`,
  `DROP INDEX audits_auditee_manager_idx`,
  `DROP INDEX audits_auditee_representative_idx`,
  `ALTER TABLE audit_events DROP COLUMN actor_via, DROP COLUMN actor_person_id`,
  `DROP TRIGGER security_events_append_only ON security_events`,
  `DROP FUNCTION security_events_reject_change()`,
  `DROP TABLE security_events`,
  `DROP TABLE api_tokens`,
  `DROP TABLE sso_sign_ins`,
  `DROP TABLE sign_in_requests`,
  `DROP TABLE sign_in_links`,
  `DROP TABLE sessions`,
  `DROP TABLE people`,
];
