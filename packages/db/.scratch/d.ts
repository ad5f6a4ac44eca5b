import { diffSchema } from '../src/diff-schema.ts';
import { takePanicMessage } from '../src/schema-engine.ts';
process.on('uncaughtException', (e) => { console.log('UNCAUGHT', e.message, 'panic=', takePanicMessage()); process.exit(1); });
try { console.log(await diffSchema()); } catch (e) { console.log('ERR', (e as Error).message, takePanicMessage()); }
