import { describe, expect, it } from 'vitest';
import { fieldProblems, fieldsFromSchema, schemaFromFields, type InputField } from './input-fields';

const fields: InputField[] = [
  { name: 'amount', type: 'number', required: true, description: 'How much' },
  { name: 'note', type: 'string', required: false, description: '' },
];
const schema = { type: 'object', properties: { amount: { type: 'number', description: 'How much' }, note: { type: 'string' } }, required: ['amount'] };

describe('input fields', () => {
  it('turn into an object schema and back', () => {
    expect(schemaFromFields(fields)).toEqual(schema);
    expect(fieldsFromSchema(schema)).toEqual(fields);
    expect(schemaFromFields([{ ...fields[1]! }])).toEqual({ type: 'object', properties: { note: { type: 'string' } } });
  });

  it('mean "any input" when there are none, and leave unnamed ones out', () => {
    expect(schemaFromFields([])).toBeUndefined();
    expect(schemaFromFields([{ name: '  ', type: 'string', required: true, description: '' }])).toBeUndefined();
    expect(fieldsFromSchema(undefined)).toEqual([]);
  });

  it('do not claim a schema that says more than fields can', () => {
    expect(fieldsFromSchema({ type: 'object', properties: { a: { type: 'string', enum: ['x'] } } })).toBeNull();
    expect(fieldsFromSchema({ type: 'object', properties: { a: { type: 'object', properties: {} } } })).toBeNull();
    expect(fieldsFromSchema({ type: 'object', additionalProperties: false })).toBeNull();
    expect(fieldsFromSchema({ type: 'array' })).toBeNull();
    expect(fieldsFromSchema({ type: 'object', properties: { a: { type: 'date' } } })).toBeNull();
  });

  it('name duplicate field names', () => {
    expect(fieldProblems([...fields, { ...fields[0]!, name: ' amount ' }])).toEqual(['Two fields are named “amount”; names must differ.']);
    expect(fieldProblems(fields)).toEqual([]);
  });
});
