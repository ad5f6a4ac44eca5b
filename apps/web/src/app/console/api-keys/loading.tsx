import { Skeleton } from '@nexus/ui/spinner';

export default function ApiKeysLoading() {
  return (
    <div className="stack" aria-busy="true" aria-label="Loading API keys">
      <Skeleton height={34} width="12rem" />
      <Skeleton height={18} width="20rem" />
      <Skeleton height={320} />
      <Skeleton height={200} />
    </div>
  );
}
