import { Accordion, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Pager, pageOf } from '../components/pager';
import { AuditorProfile } from './auditor-profile';
import { AuditorSummary } from './auditor-summary';
import type { Auditor } from './data';
import { competenceLabel } from './labels';

const PAGE_SIZE = 20;

export function Pool({ auditors, manages }: { auditors: Auditor[]; manages: boolean }) {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  // An auditor sees only their own profile: open it at once.
  const [open, setOpen] = useState<string[]>(auditors.length === 1 ? [auditors[0].id] : []);
  const words = search.trim().toLowerCase();
  const matching = words
    ? auditors.filter((auditor) => [auditor.name, auditor.email, auditor.unit ?? '', ...auditor.competences.map(competenceLabel)].some((value) => value.toLowerCase().includes(words)))
    : auditors;
  return (
    <Card withBorder component="section" aria-labelledby="pool">
      <Stack gap="sm">
        <Title order={2} id="pool" size="h4">
          {manages ? `The pool (${auditors.length})` : 'Your profile'}
        </Title>
        {manages && (
          <TextInput
            label="Find an auditor"
            description="By name, e-mail, unit or competence"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            maw={420}
          />
        )}
        {auditors.length === 0 && <Text>{manages ? 'Nobody is in the pool yet.' : 'You have no profile in the auditor pool yet: a programme manager adds it.'}</Text>}
        {auditors.length > 0 && matching.length === 0 && <Text>No auditor matches.</Text>}
        <Accordion multiple value={open} onChange={setOpen} variant="separated" chevronPosition="left">
          {pageOf(matching, page, PAGE_SIZE).map((auditor) => (
            <Accordion.Item key={auditor.id} value={auditor.id}>
              <Accordion.Control>
                <AuditorSummary auditor={auditor} />
              </Accordion.Control>
              <Accordion.Panel>{open.includes(auditor.id) && <AuditorProfile id={auditor.id} manages={manages} />}</Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        <Pager total={matching.length} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of the pool" />
      </Stack>
    </Card>
  );
}
