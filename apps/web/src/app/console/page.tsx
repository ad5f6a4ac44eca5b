import { redirect } from 'next/navigation';

// The console opens on the organisation's agents.
export default function ConsolePage(): never {
  redirect('/console/agents');
}
