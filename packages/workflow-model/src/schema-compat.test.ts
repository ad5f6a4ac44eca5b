import { describe, expect, it } from 'vitest';
import { describeSchemaType, isAssignable } from './schema-compat';

describe('isAssignable', () => {
  it('accepts anything into an untyped input and an untyped output into anything', () => {
    expect(isAssignable({ type: 'string' }, {})).toBe(true);
    expect(isAssignable({}, { type: 'array' })).toBe(true);
  });

  it('matches types, widening integer to number but not the reverse', () => {
    expect(isAssignable({ type: 'string' }, { type: 'string' })).toBe(true);
    expect(isAssignable({ type: 'string' }, { type: 'number' })).toBe(false);
    expect(isAssignable({ type: 'integer' }, { type: 'number' })).toBe(true);
    expect(isAssignable({ type: 'number' }, { type: 'integer' })).toBe(false);
    expect(isAssignable({ type: ['string', 'null'] }, { type: 'string' })).toBe(false);
    expect(isAssignable({ type: 'string' }, { type: ['string', 'null'] })).toBe(true);
  });

  it('compares arrays by their items', () => {
    expect(isAssignable({ type: 'array', items: { type: 'integer' } }, { type: 'array', items: { type: 'number' } })).toBe(true);
    expect(isAssignable({ type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'number' } })).toBe(false);
    expect(isAssignable({ type: 'array' }, { type: 'array', items: { type: 'number' } })).toBe(true);
  });

  it('compares declared object properties and required ones', () => {
    const target = { type: 'object', properties: { status: { type: 'number' } }, required: ['status'] };
    expect(isAssignable({ type: 'object', properties: { status: { type: 'integer' } }, required: ['status'] }, target)).toBe(true);
    expect(isAssignable({ type: 'object', properties: { status: { type: 'string' } }, required: ['status'] }, target)).toBe(false);
    expect(isAssignable({ type: 'object', properties: { status: { type: 'integer' } } }, target)).toBe(false);
  });

  it('describes types for messages', () => {
    expect(describeSchemaType({ type: 'array', items: { type: 'string' } })).toBe('array of string');
    expect(describeSchemaType({})).toBe('any');
  });
});
