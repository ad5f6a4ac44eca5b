import { describe, expect, it } from 'vitest';
import { describeSchemaType, isAssignable } from './schema-compat';

describe('isAssignable', () => {
  it('lets untyped ports connect to anything', () => {
    expect(isAssignable({}, { type: 'array' })).toBe(true);
    expect(isAssignable({ type: 'string' }, {})).toBe(true);
  });

  it('refuses a string into an array port and accepts an integer into a number port', () => {
    expect(isAssignable({ type: 'string' }, { type: 'array' })).toBe(false);
    expect(isAssignable({ type: 'integer' }, { type: 'number' })).toBe(true);
    expect(isAssignable({ type: 'number' }, { type: 'integer' })).toBe(false);
  });

  it('compares array items and declared object properties', () => {
    expect(isAssignable({ type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'number' } })).toBe(false);
    const source = { type: 'object', properties: { status: { type: 'integer' } } };
    expect(isAssignable(source, { type: 'object', properties: { status: { type: 'string' } } })).toBe(false);
    expect(isAssignable(source, { type: 'object', properties: { status: { type: 'number' } } })).toBe(true);
    expect(isAssignable(source, { type: 'object', properties: { status: {} }, required: ['status'] })).toBe(false);
  });

  it('describes schemas for messages', () => {
    expect(describeSchemaType({ type: 'array', items: { type: 'string' } })).toBe('array of string');
    expect(describeSchemaType({})).toBe('any');
  });
});
