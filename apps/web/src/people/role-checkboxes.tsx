import { Checkbox, Stack } from '@mantine/core';
import { ORG_ROLES } from '@auditflow/domain';
import type { OrgRole } from '@auditflow/domain';
import { ROLE_HELP, ROLE_LABEL } from './labels';

export function RoleCheckboxes({ value, onChange, error, description }: { value: OrgRole[]; onChange: (roles: OrgRole[]) => void; error?: string; description?: string }) {
  return (
    <Checkbox.Group label="Organisation roles" description={description} value={value} onChange={(roles) => onChange(roles as OrgRole[])} error={error}>
      <Stack gap={6} mt={6}>
        {ORG_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABEL[role]} description={ROLE_HELP[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
