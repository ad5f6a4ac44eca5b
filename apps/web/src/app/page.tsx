import { redirect } from 'next/navigation';

// The marketplace is the front door.
export default function HomePage(): never {
  redirect('/marketplace');
}
