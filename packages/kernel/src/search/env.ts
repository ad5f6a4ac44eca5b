// Where the optional Meilisearch server lives; with MEILI_HOST unset the embedded adapter carries search.
import { z } from 'zod';
import { parseEnv } from '../config';

const blankIsUnset = (v: unknown) => (v === '' ? undefined : v);

const ZSearchEnv = z.object({
  MEILI_HOST: z.preprocess(blankIsUnset, z.url().optional()),
  MEILI_API_KEY: z.preprocess(blankIsUnset, z.string().optional()),
});
export type TSearchEnv = z.infer<typeof ZSearchEnv>;

export const searchEnv: TSearchEnv = parseEnv(ZSearchEnv, process.env, '@nexus/kernel/search');
