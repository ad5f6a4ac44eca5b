import { redirect } from 'next/navigation';

// The console has one section so far.
export default function ConsolePage(): never {
  redirect('/console/api-keys');
}
