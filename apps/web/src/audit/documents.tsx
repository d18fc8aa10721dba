import { Table, Text } from '@mantine/core';
import type { DocumentRequest } from '@auditflow/domain';
import { When } from '../components/when';
import { AttachedFileLinks } from './attached-files';
import { Section } from './section';
import { WideTable } from '../components/wide-table';

/** Documented information requested from the auditee (6.3.1) and what they supplied. */
export function DocumentsSection({ auditId, documents }: { auditId: string; documents: DocumentRequest[] }) {
  if (!documents.length) return null;
  return (
    <Section title="Document requests">
      <WideTable label="Document requests table" minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Document</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Supplied</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((document) => (
              <Table.Tr key={document.id}>
                <Table.Td>
                  {document.id}: {document.name}
                  {document.description && <Text size="sm">{document.description}</Text>}
                </Table.Td>
                <Table.Td>
                  <When iso={document.dueAt} />
                </Table.Td>
                <Table.Td>
                  {document.supplied ? (
                    <>
                      {document.supplied.reference ? `${document.supplied.reference} by` : 'By'} {document.supplied.by}, <When iso={document.supplied.at} />
                      {document.supplied.note && <Text size="sm">{document.supplied.note}</Text>}
                      <AttachedFileLinks auditId={auditId} files={document.supplied.files} />
                    </>
                  ) : (
                    'not yet'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    </Section>
  );
}
