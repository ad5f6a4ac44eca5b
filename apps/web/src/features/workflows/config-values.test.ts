import { describe, expect, it } from 'vitest';
import { setKey } from './config-form';
import { apiBase } from './settings-panel';

describe('setKey', () => {
  it('sets a value and drops the key when the field is emptied', () => {
    expect(setKey({ a: 1 }, 'b', 'x')).toEqual({ a: 1, b: 'x' });
    expect(setKey({ a: 1, b: 'x' }, 'b', '')).toEqual({ a: 1 });
    expect(setKey({ a: 1 }, 'a', undefined)).toEqual({});
    expect(setKey({ a: 1 }, 'a', false)).toEqual({ a: false });
  });
});

describe('apiBase', () => {
  it('turns the gateway WebSocket URL into the HTTP origin webhooks are served on', () => {
    expect(apiBase('ws://localhost:4000/graphql')).toBe('http://localhost:4000');
    expect(apiBase('wss://api.example.com/graphql')).toBe('https://api.example.com');
  });
});
