// The resolved dependency graph as a drawing, with the install order and any resolution problems as alerts.
import Link from 'next/link';
import { Badge } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { EmptyState } from '@nexus/ui/empty-state';
import { agentHref } from '../../lib/agent-paths';
import type { DependencyGraphData } from './agent-types';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH, type GraphInput } from './graph-layout';
import styles from './agent.module.css';

export interface DependencySectionProps {
  agentName: string;
  version: string;
  declared: readonly { name: string; range: string }[];
  graph: DependencyGraphData;
}

function graphInput({ agentName, version, declared, graph }: DependencySectionProps): GraphInput {
  const own = graph.packages.find((pkg) => pkg.name === agentName);
  if (own) return { root: `${own.name}@${own.version}`, packages: graph.packages };
  // The resolver lists the chosen dependencies only: add the agent itself from its declared ranges.
  const dependencies = declared.map((dep) => {
    const chosen = graph.packages.find((pkg) => pkg.name === dep.name);
    return chosen ? `${chosen.name}@${chosen.version}` : `${dep.name}@${dep.range}`;
  });
  return { root: `${agentName}@${version}`, packages: [{ name: agentName, version, dependencies }, ...graph.packages] };
}

export function DependencySection(props: DependencySectionProps) {
  const { graph } = props;
  const input = graphInput(props);
  const hasDependencies = input.packages.length > 1 || graph.missing.length > 0;
  const problems = graph.conflicts.length + graph.cycles.length + graph.missing.length;
  return (
    <div className="stack" data-testid="dependencies">
      <div className={styles.sectionHead}>
        <h2 className={styles.sectionTitle}>Dependency graph</h2>
        <Badge tone={graph.ok ? 'success' : 'danger'} data-testid="dependencies-status">{graph.ok ? 'Resolves cleanly' : `${problems} ${problems === 1 ? 'problem' : 'problems'}`}</Badge>
      </div>
      {graph.conflicts.map((conflict) => <Banner key={conflict} tone="error" title="Version conflict" data-testid="dependency-conflict">{conflict}</Banner>)}
      {graph.cycles.map((cycle) => (
        <Banner key={cycle.join('>')} tone="error" title="Dependency cycle" data-testid="dependency-cycle">
          <span className="mono">{cycle.join(' → ')}</span>
        </Banner>
      ))}
      {graph.missing.map((missing) => <Banner key={missing} tone="error" title="Missing dependency" data-testid="dependency-missing">{missing}</Banner>)}
      {graph.warnings.map((warning) => <Banner key={warning} tone="warning" data-testid="dependency-warning">{warning}</Banner>)}
      {hasDependencies ? <GraphDrawing input={input} /> : (
        <EmptyState title="No dependencies" description="This agent runs on its own: installing it installs nothing else." data-testid="dependencies-empty" />
      )}
      {graph.installOrder.length > 0 && (
        <section aria-labelledby="install-order-title">
          <h3 id="install-order-title" className={styles.subTitle}>Install order</h3>
          <ol className={styles.installOrder} data-testid="install-order">
            {graph.installOrder.map((id) => {
              const at = id.lastIndexOf('@');
              const name = at > 0 ? id.slice(0, at) : id;
              return (
                <li key={id}>
                  <Link href={agentHref(name)} className="mono">{name}</Link>
                  <span className="mono muted">@{id.slice(at + 1)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}

const PAD = 8;

function GraphDrawing({ input }: { input: GraphInput }) {
  const { nodes, edges, width, height } = layoutGraph(input);
  const at = new Map(nodes.map((node) => [node.id, node]));
  // Room under the columns for the loops of back edges.
  const loop = edges.some((edge) => edge.back) ? 48 : 0;
  const label = `Dependency graph of ${input.root}: ${edges.map((edge) => `${edge.from} depends on ${edge.to}`).join('; ')}`;
  return (
    <div className={styles.graphWrap}>
      <svg
        className={styles.graph}
        viewBox={`${-PAD} ${-PAD} ${width + PAD * 2} ${height + loop + PAD * 2}`}
        width={width + PAD * 2}
        height={height + loop + PAD * 2}
        role="img"
        aria-label={label}
        data-testid="dependency-graph"
      >
        <defs>
          <marker id="dep-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {edges.map((edge) => {
          const from = at.get(edge.from);
          const to = at.get(edge.to);
          if (!from || !to) return null;
          const x1 = from.x + NODE_WIDTH;
          const y1 = from.y + NODE_HEIGHT / 2;
          const x2 = to.x;
          const y2 = to.y + NODE_HEIGHT / 2;
          // Edges back to an earlier column (cycles) loop around underneath.
          const d = edge.back
            ? `M${from.x + NODE_WIDTH / 2} ${from.y + NODE_HEIGHT} C${from.x + NODE_WIDTH / 2} ${height + 40}, ${to.x + NODE_WIDTH / 2} ${height + 40}, ${to.x + NODE_WIDTH / 2} ${to.y + NODE_HEIGHT}`
            : `M${x1} ${y1} C${x1 + 35} ${y1}, ${x2 - 35} ${y2}, ${x2} ${y2}`;
          return <path key={`${edge.from}>${edge.to}`} d={d} className={edge.back ? styles.edgeBack : styles.edge} markerEnd="url(#dep-arrow)" data-testid="dependency-edge" />;
        })}
        {nodes.map((node) => {
          const tone = node.id === input.root ? styles.nodeRoot : node.missing ? styles.nodeMissing : node.deprecated ? styles.nodeDeprecated : styles.node;
          return (
            <g key={node.id} transform={`translate(${node.x} ${node.y})`} data-testid="dependency-node" data-package={node.id}>
              <title>{node.deprecated ? `${node.id} — deprecated: ${node.deprecated}` : node.missing ? `${node.id} — missing` : node.id}</title>
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} className={tone} />
              <text x={12} y={19} className={styles.nodeName}>{node.name.length > 28 ? `${node.name.slice(0, 27)}…` : node.name}</text>
              <text x={12} y={35} className={styles.nodeVersion}>
                {node.version}{node.missing ? ' · missing' : node.deprecated ? ' · deprecated' : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
