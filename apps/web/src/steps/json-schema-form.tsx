import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FileUploadContext, FileUploadField, FileUploadTarget, useFileUploadTarget } from './file-upload-field';

/** The subset of JSON Schema that zod's toJSONSchema produces for the steps' payloads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  description?: string;
  default?: unknown;
  anyOf?: JsonSchema[];
  minItems?: number;
}

export type FieldErrors = Record<string, string>;

const words = (name: string) => name.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (first) => first.toUpperCase());

/** Strips `null` alternatives (optional fields) so the field renders as its real type. */
function plain(schema: JsonSchema): JsonSchema {
  const alternatives = schema.anyOf?.filter((option) => option.type !== 'null');
  return alternatives?.length === 1 ? { ...alternatives[0], description: schema.description ?? alternatives[0].description } : schema;
}

function initialValue(schema: JsonSchema): unknown {
  const resolved = plain(schema);
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.type === 'object') {
    const required = resolved.required ?? [];
    return Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([name, property]) => [name, plain(property).type === 'object' && !required.includes(name) ? undefined : initialValue(property)]));
  }
  if (resolved.type === 'array') return [];
  if (resolved.type === 'boolean') return false;
  return undefined;
}

/** `base` with what `over` sets, object fields merged at every depth (a prefilled form keeps the other fields' starting values). */
function withPrefill(base: unknown, over: unknown): unknown {
  const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
  if (!isRecord(base) || !isRecord(over)) return over === undefined ? base : over;
  return { ...base, ...Object.fromEntries(Object.entries(over).map(([key, value]) => [key, withPrefill(base[key], value)])) };
}

/** Drops what the person left empty, so optional fields are absent rather than "". */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === undefined || item === '' ? [] : [[key, compact(item)]])));
  }
  return value;
}

/**
 * A form generated from a step's JSON Schema (the same zod schema the API and the workflow validate with), so every
 * step gets a form without hand-written fields. Errors from the API are shown beside the field they name. Each input
 * carries its payload path (data-field; data-add on the buttons that add an item, data-remove on those that remove one), so a script can fill a form from
 * a payload.
 */
export function JsonSchemaForm(props: {
  schema: JsonSchema;
  fixed?: Record<string, unknown>;
  /** Starting values the person may change (a launch prefilled for a window of the cycle). */
  prefill?: Record<string, unknown>;
  submitLabel: string;
  errors: FieldErrors;
  busy: boolean;
  onSubmit: (value: unknown) => void;
  /** The audit a step's files are uploaded to: with it, a `fileIds` field is a file picker. */
  auditId?: string;
}) {
  const fixed = props.fixed ?? {};
  // Fields the page already knows (the task's own id, the finding it is about) are sent, not asked for.
  const schema = { ...props.schema, properties: Object.fromEntries(Object.entries(props.schema.properties ?? {}).filter(([name]) => !(name in fixed))) };
  const [value, setValue] = useState<unknown>(() => withPrefill(initialValue(schema), props.prefill));
  // Submitting waits for the uploads, or the step would go without the files still being sent.
  const [uploading, setUploading] = useState(false);
  const uploads = useMemo<FileUploadTarget | undefined>(() => (props.auditId ? { auditId: props.auditId, onUploading: setUploading } : undefined), [props.auditId]);
  return (
    <FileUploadContext.Provider value={uploads}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit({ ...(compact(value) as object), ...fixed });
        }}
      >
        <Stack gap="sm">
          <Field schema={schema} path="" label="" value={value} onChange={setValue} errors={props.errors} required />
          <Group>
            <Button type="submit" loading={props.busy} disabled={uploading}>
              {props.submitLabel}
            </Button>
            {uploading && <Text size="sm">Waiting for the files to finish uploading…</Text>}
          </Group>
        </Stack>
      </form>
    </FileUploadContext.Provider>
  );
}

interface FieldProps {
  schema: JsonSchema;
  path: string;
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  required: boolean;
}

function Field({ schema: raw, path, label, value, onChange, errors, required }: FieldProps) {
  const schema = plain(raw);
  const error = errors[path];
  const description = schema.description;
  const uploads = useFileUploadTarget();
  if (uploads && path === 'fileIds' && schema.type === 'array') {
    // Refusals may name one of the ids (`fileIds.0`): all are shown beside the one picker.
    const fileErrors = Object.entries(errors).flatMap(([field, message]) => (field === path || field.startsWith(`${path}.`) ? [message] : []));
    return <FileUploadField target={uploads} path={path} label="Files" error={fileErrors.length ? fileErrors.join('; ') : undefined} onChange={onChange} />;
  }
  if (schema.type === 'object' && path && !required && value === undefined) {
    // An optional group (an alternative proposal, say) is left out until the person adds it.
    return (
      <Button variant="light" size="xs" data-add={path} onClick={() => onChange(initialValue(schema))}>
        Add {label.toLowerCase()}
      </Button>
    );
  }
  if (schema.type === 'object') {
    const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => (
      <Field
        key={name}
        schema={property}
        path={path ? `${path}.${name}` : name}
        label={words(name)}
        value={(value as Record<string, unknown> | undefined)?.[name]}
        onChange={(item) => onChange({ ...(value as object), [name]: item })}
        errors={errors}
        required={schema.required?.includes(name) ?? false}
      />
    ));
    return path ? (
      <Fieldset legend={label}>
        <Stack gap="xs">
          {fields}
          {error && <Text c="red.8" size="sm">{error}</Text>}
        </Stack>
      </Fieldset>
    ) : (
      <>
        {fields}
        {error && <Text c="red.8" size="sm">{error}</Text>}
      </>
    );
  }
  if (schema.type === 'array' && schema.items) {
    const items = (value as unknown[] | undefined) ?? [];
    const itemSchema = schema.items;
    if (plain(itemSchema).type === 'string' && !plain(itemSchema).enum) {
      return (
        <Textarea
          data-field={path}
          label={label}
          description={`${description ? `${description}. ` : ''}One per line.`}
          required={required || (schema.minItems ?? 0) > 0}
          error={error}
          autosize
          minRows={2}
          value={items.join('\n')}
          onChange={(event) => onChange(event.currentTarget.value.split('\n').map((line) => line.trim()).filter(Boolean))}
        />
      );
    }
    return (
      <Fieldset legend={label}>
        <Stack gap="xs">
          {items.map((item, index) => (
            <Group key={index} align="flex-start" wrap="nowrap">
              <div style={{ flex: 1 }}>
                <Field schema={itemSchema} path={`${path}.${index}`} label={`${label} ${index + 1}`} value={item} onChange={(next) => onChange(items.map((old, at) => (at === index ? next : old)))} errors={errors} required />
              </div>
              <ActionIcon variant="subtle" color="red" data-remove={path} aria-label={`Remove ${label} ${index + 1}`} onClick={() => onChange(items.filter((_, at) => at !== index))}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="light" size="xs" data-add={path} onClick={() => onChange([...items, initialValue(itemSchema)])}>
            Add {label.toLowerCase()}
          </Button>
          {error && <Text c="red.8" size="sm">{error}</Text>}
        </Stack>
      </Fieldset>
    );
  }
  if (schema.enum) {
    return <Select data-field={path} label={label} description={description} required={required} error={error} clearable={!required} data={schema.enum.map(String)} value={(value as string | undefined) ?? null} onChange={(next) => onChange(next ?? undefined)} />;
  }
  if (schema.type === 'boolean') {
    return <Checkbox data-field={path} label={label} description={description} error={error} checked={Boolean(value)} onChange={(event) => onChange(event.currentTarget.checked)} />;
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    return <NumberInput data-field={path} label={label} description={description} required={required} error={error} value={(value as number | undefined) ?? ''} onChange={(next) => onChange(typeof next === 'number' ? next : undefined)} />;
  }
  if (schema.format === 'date-time') {
    const local = typeof value === 'string' && value ? toLocalInput(value) : '';
    return (
      <TextInput
        data-field={path}
        type="datetime-local"
        label={label}
        description={description ?? 'In your time zone'}
        required={required}
        error={error}
        value={local}
        onChange={(event) => onChange(event.currentTarget.value ? new Date(event.currentTarget.value).toISOString() : undefined)}
      />
    );
  }
  const long = !schema.format && (label.match(/note|reason|statement|summary|description|rules|response|conclusion/i) !== null);
  const Input = long ? Textarea : TextInput;
  return <Input data-field={path} label={label} description={description} required={required} error={error} type={schema.format === 'email' ? 'email' : undefined} value={(value as string | undefined) ?? ''} onChange={(event) => onChange(event.currentTarget.value)} />;
}

function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
