// Loads Prisma's schema engine compiled to WASM (no native binary needed) and drives it through adapter-pg.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

let loaded: Promise<typeof bindings> | null = null;
let lastPanic: string | null = null;

/** The message of the engine's last panic (the WASM build reports panics through this global). */
export function takePanicMessage(): string | null {
  const message = lastPanic;
  lastPanic = null;
  return message;
}

/** The package imports its .wasm as an ES module, which Node 20 cannot; instantiate it by hand. */
function loadBindings(): Promise<typeof bindings> {
  loaded ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    // The .wasm file is not in the package's exports map; it sits next to the exported bindings.
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bindings as never });
    (bindings as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings;
  })();
  return loaded;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
type Queryable = { query(...args: unknown[]): Promise<unknown> };

/**
 * adapter-pg, except that scripts go to the server as ONE query: its executeScript splits on `;`,
 * which breaks `$$` function bodies in hand-written migrations.
 */
function wholeScriptAdapterFactory(url: string, shadowUrl: string) {
  const base = new PrismaPg({ connectionString: url });
  const shadow = new PrismaPg({ connectionString: shadowUrl });
  const patch = async (factory: PrismaPg) => {
    const adapter = await factory.connect();
    const driver = adapter.underlyingDriver() as unknown as Queryable;
    adapter.executeScript = async (script: string) => {
      await driver.query(script);
    };
    // The engine's introspection reads catalog columns of type "char" (oid 18), which adapter-pg
    // 7.10 rejects as unsupported. pg returns them as strings already: pass them through as text
    // and tell the engine they are Character columns.
    const query = driver.query.bind(driver);
    let charColumns: number[] = [];
    driver.query = (async (...args: unknown[]) => {
      const result = (await query(...args)) as { fields?: { dataTypeID: number }[] };
      charColumns = [];
      (result.fields ?? []).forEach((field, i) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(i);
      });
      return result;
    }) as Queryable['query'];
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (q) => {
      const result = await queryRaw(q);
      for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
    return adapter;
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => patch(base),
    connectToShadowDb: () => patch(shadow),
  };
}

export interface Engine {
  engine: SchemaEngine;
  close(): void;
}

/** A schema engine whose database (and shadow database) is `url`; both are throwaway here. */
export async function openSchemaEngine(url: string, schemaFiles: [string, string][], log: (line: string) => void = () => {}): Promise<Engine> {
  const b = await loadBindings();
  const factory = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapterFactory(url, url) as never);
  const engine = await b.SchemaEngine.new({ datamodels: schemaFiles }, log, factory);
  return { engine, close: () => engine.free() };
}
