import { List } from '@mantine/core';
import type { TeamMember } from '@auditflow/domain';
import { Section } from './section';

export function TeamSection({ team, auditee }: { team: TeamMember[]; auditee: { representative: string; manager: string } }) {
  return (
    <Section title="Team">
      <List>
        {team.map((member) => (
          <List.Item key={member.email}>
            {member.name} ({member.role}){member.unit ? `, ${member.unit}` : ''}
          </List.Item>
        ))}
        <List.Item>{auditee.representative} (auditee representative)</List.Item>
        <List.Item>{auditee.manager} (auditee manager)</List.Item>
      </List>
    </Section>
  );
}
