import { Accordion, Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, Loader, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditorEvaluationSchema, isOrgRole, ISMS_COMPETENCE_AREAS, managesProgrammes, PHASE_CLAUSE, webPagePath } from '@auditflow/domain';
import type { CompetenceArea, TeamRole } from '@auditflow/domain';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import type { paths } from '../api/schema';
import { Pager, pageOf } from '../components/pager';
import { RefusalAlert } from '../components/refusal-alert';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import { useSession } from '../session';

type Auditor = paths['/auditors']['get']['responses'][200]['content']['application/json'][number];
type Evaluation = Auditor['evaluations'][number];
type EvaluationInput = NonNullable<paths['/auditors/{id}/evaluations']['post']['requestBody']>['content']['application/json'];
type EvaluationMethod = EvaluationInput['method'];

type TeamMembership = paths['/auditors/{id}']['get']['responses'][200]['content']['application/json']['audits'][number];

const PAGE_SIZE = 20;
const AUDITS_PAGE_SIZE = 10;

/** The ISMS competence areas a team must cover together (ISO/IEC 27007 7.2.3), in words. */
const COMPETENCE_LABEL: Record<CompetenceArea, string> = {
  'audit-methods': 'Audit principles, methods and techniques',
  'management-systems': 'Management system standards',
  'information-security-law': 'Information security law and regulation',
  'threats-vulnerabilities-incidents': 'Threats, vulnerabilities and incidents',
  'isms-measurement': 'ISMS monitoring and measurement',
  'assets-impact-continuity': 'Assets, impact and continuity',
  'it-in-business': 'Information technology in the business',
  'information-security-risk-management': 'Information security risk management',
  'team-management': 'Leading an audit team',
};
const competenceLabel = (area: string) => COMPETENCE_LABEL[area as CompetenceArea] ?? area;

const METHOD_LABEL: Record<EvaluationMethod, string> = {
  'record-review': 'Review of records',
  feedback: 'Feedback',
  interview: 'Interview',
  observation: 'Observation',
  testing: 'Testing',
  'post-audit-review': 'Post-audit review',
};
const methodLabel = (method: string) => METHOD_LABEL[method as EvaluationMethod] ?? method;
const TEAM_ROLE_LABEL: Record<TeamRole, string> = {
  'team-leader': 'team leader',
  auditor: 'auditor',
  'auditor-in-training': 'auditor in training',
  'technical-expert': 'technical expert',
  observer: 'observer',
};

/** Lines of a text area as a list, the empty ones dropped. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The auditor pool (ISO 19011 clause 7): each auditor's competences, evaluations and the audits they are on.
 * Programme managers and admins see the whole pool, add auditors and record evaluations; an auditor sees their own profile.
 */
export function AuditorsPage() {
  const { person } = useSession();
  const manages = managesProgrammes(person.roles.filter(isOrgRole));
  const pool = useQuery({
    queryKey: ['auditors'],
    queryFn: async () => {
      const { data, error } = await api.GET('/auditors');
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Auditor pool</Title>
        <Text size="sm">{manages ? 'Competences, evaluations and audits of every auditor (ISO 19011 clause 7).' : 'Your profile in the auditor pool: competences, evaluations and the audits you are on.'}</Text>
      </div>
      {manages && <AddAuditor />}
      {pool.isPending && <Loader aria-label="Loading the auditor pool" />}
      {pool.error && <Alert color="red">{pool.error.message}</Alert>}
      {pool.data && <Pool auditors={pool.data} manages={manages} />}
    </Stack>
  );
}

const ADD_FIELDS = ['email', 'name', 'unit', 'competences', 'teamLeaderQualified'] as const;

function AddAuditor() {
  const empty = { email: '', name: '', unit: '', competences: [] as CompetenceArea[], teamLeaderQualified: false };
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: async () => {
      const body = { email: form.email, name: form.name, competences: form.competences, teamLeaderQualified: form.teamLeaderQualified, ...(form.unit ? { unit: form.unit } : {}) };
      const { data, error, response } = await api.POST('/auditors', { body });
      // The one conflict of this form: an auditor with this address is in the pool already.
      if (!data) throw ApiRefusal.of(response, error, { fieldOfConflict: 'email' });
      return data;
    },
    onSuccess: () => {
      setForm(empty);
      void queryClient.invalidateQueries({ queryKey: ['auditors'] });
    },
  });
  const refusal = add.error ? asRefusal(add.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="add-auditor">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="add-auditor" size="h4">
            Add an auditor
          </Title>
          {add.isSuccess && (
            <Alert color="green" role="status">
              {add.data.name} is in the pool.
            </Alert>
          )}
          <RefusalAlert refusal={refusal} fields={ADD_FIELDS} />
          <TextInput label="E-mail" type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.currentTarget.value })} error={refusal?.field('email')} />
          <TextInput label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} error={refusal?.field('name')} />
          <TextInput label="Unit" description="Auditors never audit their own unit" value={form.unit} onChange={(event) => setForm({ ...form, unit: event.currentTarget.value })} error={refusal?.field('unit')} />
          <Checkbox.Group label="Competences" description="The ISMS knowledge a team must cover together (ISO/IEC 27007 7.2.3)" value={form.competences} onChange={(competences) => setForm({ ...form, competences: competences as CompetenceArea[] })} error={refusal?.field('competences')}>
            <Stack gap={6} mt={6}>
              {ISMS_COMPETENCE_AREAS.map((area) => (
                <Checkbox key={area} value={area} label={COMPETENCE_LABEL[area]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox label="Qualified to lead an audit team" checked={form.teamLeaderQualified} onChange={(event) => setForm({ ...form, teamLeaderQualified: event.currentTarget.checked })} error={refusal?.field('teamLeaderQualified')} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add auditor
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Pool({ auditors, manages }: { auditors: Auditor[]; manages: boolean }) {
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
                {/* A button holds phrasing content only: spans, laid out as blocks. */}
                <Text component="span" fw={600} display="block">
                  {auditor.name}
                </Text>
                <Text component="span" size="sm" display="block">
                  {auditor.email}
                  {auditor.unit ? ` · ${auditor.unit}` : ''}
                </Text>
                <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
                  <Badge component="span" color="blue.9" >
                    {auditor.competences.length} of {ISMS_COMPETENCE_AREAS.length} competence areas
                  </Badge>
                  <Badge component="span" color="gray.8" >
                    {auditor.evaluations.length} {auditor.evaluations.length === 1 ? 'evaluation' : 'evaluations'}
                  </Badge>
                  {auditor.teamLeaderQualified && (
                    <Badge component="span" color="teal.9" >
                      team leader
                    </Badge>
                  )}
                </span>
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

function AuditorProfile({ id, manages }: { id: string; manages: boolean }) {
  const detail = useQuery({
    queryKey: ['auditors', id],
    queryFn: async () => {
      const { data, error } = await api.GET('/auditors/{id}', { params: { path: { id } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
  if (detail.isPending) return <Loader aria-label="Loading the auditor" size="sm" />;
  if (detail.error) return <Alert color="red">{detail.error.message}</Alert>;
  const auditor = detail.data;
  const missing = ISMS_COMPETENCE_AREAS.filter((area) => !auditor.competences.includes(area));
  return (
    <Stack gap="md" aria-label={`Profile of ${auditor.name}`} component="section">
      <div>
        <Title order={3} size="h5">
          Competences
        </Title>
        {auditor.competences.length === 0 ? (
          <Text size="sm">None recorded.</Text>
        ) : (
          <List size="sm">
            {auditor.competences.map((area) => (
              <List.Item key={area}>{competenceLabel(area)}</List.Item>
            ))}
          </List>
        )}
        {missing.length > 0 && auditor.competences.length > 0 && <Text size="sm">Not covered: {missing.map(competenceLabel).join('; ')}.</Text>}
        <Text size="sm">{auditor.teamLeaderQualified ? 'Qualified to lead an audit team.' : 'Not qualified to lead an audit team.'}</Text>
      </div>
      <Evaluations evaluations={auditor.evaluations} />
      <Audits audits={auditor.audits} name={auditor.name} />
      {manages && <RecordEvaluation auditorId={auditor.id} auditorName={auditor.name} />}
    </Stack>
  );
}

function Evaluations({ evaluations }: { evaluations: Evaluation[] }) {
  const newestFirst = [...evaluations].reverse();
  return (
    <div>
      <Title order={3} size="h5">
        Evaluations
      </Title>
      {newestFirst.length === 0 && <Text size="sm">Not evaluated yet.</Text>}
      <Stack gap="xs">
        {newestFirst.map((evaluation) => (
          <Card key={`${evaluation.evaluatedAt}-${evaluation.evaluatedBy}`} withBorder padding="sm" component="article">
            <Text size="sm" fw={600}>
              <When iso={evaluation.evaluatedAt} /> · {methodLabel(evaluation.method)} · by {evaluation.evaluatedBy}
            </Text>
            <Text size="sm">Criteria: {evaluation.criteria.join('; ')}</Text>
            <Text size="sm">Result: {evaluation.result}</Text>
            {evaluation.gaps && evaluation.gaps.length > 0 && <Text size="sm">Gaps: {evaluation.gaps.join('; ')}</Text>}
            {evaluation.note && <Text size="sm">Note: {evaluation.note}</Text>}
          </Card>
        ))}
      </Stack>
    </div>
  );
}

function Audits({ audits, name }: { audits: TeamMembership[]; name: string }) {
  const [page, setPage] = useState(1);
  return (
    <div>
      <Title order={3} size="h5">
        Audits
      </Title>
      {audits.length === 0 ? (
        <Text size="sm">On no audit you may see.</Text>
      ) : (
        <>
          <WideTable label={`Audits ${name} is on`} minWidth={560}>
            <Table aria-label={`Audits ${name} is on`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Audit</Table.Th>
                  <Table.Th>As</Table.Th>
                  <Table.Th>Phase</Table.Th>
                  <Table.Th>Planned</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageOf(audits, page, AUDITS_PAGE_SIZE).map((audit) => (
                  <Table.Tr key={audit.auditId}>
                    <Table.Td>
                      <Anchor component={Link} to={webPagePath('audit', { id: audit.auditId })}>
                        {audit.title}
                      </Anchor>
                      <Text size="xs">{audit.auditeeUnit}</Text>
                    </Table.Td>
                    <Table.Td>{TEAM_ROLE_LABEL[audit.role] ?? audit.role}</Table.Td>
                    <Table.Td>
                      {audit.phase} ({PHASE_CLAUSE[audit.phase]})
                    </Table.Td>
                    <Table.Td>
                      <When iso={audit.plannedStart} /> to <When iso={audit.plannedEnd} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
          <Pager total={audits.length} pageSize={AUDITS_PAGE_SIZE} page={page} onChange={setPage} label={`Pages of the audits ${name} is on`} />
        </>
      )}
    </div>
  );
}

const EVALUATION_FIELDS = ['evaluatedBy', 'method', 'criteria', 'result', 'gaps', 'note'] as const;

function RecordEvaluation({ auditorId, auditorName }: { auditorId: string; auditorName: string }) {
  const { person } = useSession();
  const empty = { evaluatedBy: person.name, method: 'record-review' as EvaluationMethod, criteria: '', result: '', gaps: '', note: '' };
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: async () => {
      const body: EvaluationInput = { evaluatedBy: form.evaluatedBy, method: form.method, criteria: lines(form.criteria), result: form.result, gaps: lines(form.gaps), ...(form.note.trim() ? { note: form.note } : {}) };
      const { data, error, response } = await api.POST('/auditors/{id}/evaluations', { params: { path: { id: auditorId } }, body });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: async () => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['auditors'] });
    },
  });
  const refusal = record.error ? asRefusal(record.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const headingId = `evaluate-${auditorId}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} size="h5" id={headingId}>
            Record an evaluation of {auditorName}
          </Title>
          {record.isSuccess && (
            <Alert color="green" role="status">
              Evaluation recorded.
            </Alert>
          )}
          <RefusalAlert refusal={refusal} fields={EVALUATION_FIELDS} />
          <TextInput label="Evaluated by" required value={form.evaluatedBy} onChange={(event) => setForm({ ...form, evaluatedBy: event.currentTarget.value })} error={refusal?.field('evaluatedBy')} />
          <NativeSelect
            label="Method"
            description="ISO 19011 7.4"
            required
            data={auditorEvaluationSchema.shape.method.options.map((value) => ({ value, label: METHOD_LABEL[value] }))}
            value={form.method}
            onChange={(event) => setForm({ ...form, method: event.currentTarget.value as EvaluationMethod })}
            error={refusal?.field('method')}
          />
          <Textarea label="Criteria" description="One per line" required autosize minRows={2} value={form.criteria} onChange={(event) => setForm({ ...form, criteria: event.currentTarget.value })} error={refusal?.field('criteria')} />
          <Textarea label="Result" required autosize minRows={2} value={form.result} onChange={(event) => setForm({ ...form, result: event.currentTarget.value })} error={refusal?.field('result')} />
          <Textarea label="Gaps" description="One per line; what training or experience should close them" autosize minRows={2} value={form.gaps} onChange={(event) => setForm({ ...form, gaps: event.currentTarget.value })} error={refusal?.field('gaps')} />
          <Textarea label="Note" autosize minRows={1} value={form.note} onChange={(event) => setForm({ ...form, note: event.currentTarget.value })} error={refusal?.field('note')} />
          <Group>
            <Button type="submit" loading={record.isPending}>
              Record evaluation
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
