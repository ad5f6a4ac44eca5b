'use client';
// The manual trigger's input as fields (name, type, required, description); they write its inputSchema, which the Run form draws.
import { useEffect, useState } from 'react';
import { Button } from '@nexus/ui/button';
import { FIELD_TYPES, fieldProblems, fieldsFromSchema, schemaFromFields, type FieldType, type InputField } from './input-fields';
import styles from './workflows.module.css';

export function InputFieldsEditor({ schema, readOnly, onChange }: { schema: unknown; readOnly: boolean; onChange: (schema: Record<string, unknown> | undefined) => void }) {
  const fromSchema = fieldsFromSchema(schema);
  const [fields, setFields] = useState<InputField[]>(fromSchema ?? []);
  const schemaJson = JSON.stringify(schema ?? null);

  // The JSON editor and undo change the schema too: take it over unless it is what these fields already say (schemaJson stands for schema).
  useEffect(() => {
    setFields((current) => (JSON.stringify(schemaFromFields(current) ?? null) === schemaJson ? current : fieldsFromSchema(schema) ?? current));
  }, [schemaJson]);

  if (fromSchema === null) {
    return <p className={styles.fieldHint} data-testid="input-fields-complex">The input schema uses more than simple fields; edit it as JSON below.</p>;
  }

  const problems = fieldProblems(fields);
  function update(next: InputField[]) {
    setFields(next);
    if (fieldProblems(next).length === 0) onChange(schemaFromFields(next));
  }
  const set = (i: number, patch: Partial<InputField>) => update(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  return (
    <fieldset className={styles.policy} disabled={readOnly} data-testid="input-fields">
      <legend className={styles.fieldLabel}>Input fields</legend>
      {fields.length === 0 && <p className={styles.fieldHint}>No fields: a run takes any JSON input. Add fields to check the input and get a form in Run.</p>}
      {fields.map((f, i) => (
        <div key={i} className={styles.fieldRow} data-testid="input-field">
          <input className={styles.input} aria-label={`Field ${i + 1} name`} value={f.name} placeholder="name" onChange={(e) => set(i, { name: e.target.value })} data-testid={`input-field-name-${i}`} />
          <select className={styles.input} aria-label={`Field ${i + 1} type`} value={f.type} onChange={(e) => set(i, { type: e.target.value as FieldType })} data-testid={`input-field-type-${i}`}>
            {FIELD_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <label className={styles.check}><input type="checkbox" checked={f.required} onChange={(e) => set(i, { required: e.target.checked })} data-testid={`input-field-required-${i}`} /> required</label>
          <input className={styles.input} aria-label={`Field ${i + 1} description`} value={f.description} placeholder="description (shown in the Run form)" onChange={(e) => set(i, { description: e.target.value })} data-testid={`input-field-description-${i}`} />
          <Button size="sm" variant="ghost" onClick={() => update(fields.filter((_, j) => j !== i))} aria-label={`Remove field ${i + 1}`}>Remove</Button>
        </div>
      ))}
      {problems.map((p) => <p key={p} className={styles.fieldError} role="alert">{p}</p>)}
      <Button size="sm" variant="secondary" onClick={() => setFields([...fields, { name: '', type: 'string', required: false, description: '' }])} data-testid="input-field-add">Add field</Button>
    </fieldset>
  );
}
