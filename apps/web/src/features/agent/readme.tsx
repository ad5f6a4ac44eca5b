// README rendered from markdown: GitHub flavour, no raw HTML, and links that pass no ranking or opener.
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { EmptyState } from '@nexus/ui/empty-state';
import styles from './agent.module.css';

const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener noreferrer" />,
  // The page already has an h1 (the agent's name); README headings start one level lower.
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
};

export function Readme({ source }: { source: string }) {
  if (!source.trim()) {
    return <EmptyState title="No README" description="This version was published without a README." data-testid="readme-empty" />;
  }
  return (
    <article className={styles.markdown} data-testid="readme">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>{source}</Markdown>
    </article>
  );
}
