import { Anchor, Stack, Text } from '@mantine/core';
import { AuditRole, legalHoldSchema, liftLegalHoldSchema, retentionExtensionSchema } from '@auditflow/domain';
import { StepAccordion } from '../steps/step-accordion';
import { Section } from './section';

/**
 * The audit's record (6.6): everyone who reads the audit downloads it as one ZIP; the compliance lead decides whether
 * its records are kept past their retention periods (a legal hold, an extension), each with its reason.
 */
export function RecordsSection({ auditId, roles }: { auditId: string; roles: readonly AuditRole[] }) {
  const base = `/audits/${encodeURIComponent(auditId)}`;
  const complianceLead = roles.includes('compliance-lead');
  const decisions = [
    { action: 'legal-hold', summary: 'Set a legal hold: nothing of this audit is disposed of until it is lifted', path: `${base}/legal-hold`, payload: legalHoldSchema },
    { action: 'lift-legal-hold', summary: 'Lift the legal hold', path: `${base}/legal-hold/lift`, payload: liftLegalHoldSchema },
    { action: 'extend-retention', summary: 'Keep a class of records longer than its retention period', path: `${base}/retention-extensions`, payload: retentionExtensionSchema },
  ].map((decision) => ({ ...decision, roles: ['compliance-lead'] as AuditRole[], auditId }));
  return (
    <Section title="Records">
      <Stack gap="sm">
        <Text size="sm">
          The issued record as one ZIP file: the report, the timeline (JSON and CSV, with its hashes), the documents and files you may read, and a SHA256SUMS manifest.{' '}
          <Anchor href={`${base}/export.zip`} download data-record-export>
            Download the record
          </Anchor>
        </Text>
        {complianceLead && <StepAccordion steps={decisions} />}
      </Stack>
    </Section>
  );
}
