'use client';
// The workflow builder: palette, React Flow canvas, and side panels for the node, runs, versions and settings.
import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type NodeTypes } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import type { WorkflowBuilderQuery, WorkflowDetailFieldsFragment } from '../../gql/graphql';
import { BuilderViewContext, groupProblems, type CompileProblem } from './builder-context';
import { normalizeGraph, type NodeTypeInfo } from './graph-model';
import { NodePanel } from './node-panel';
import { DRAG_TYPE, Palette } from './palette';
import { RunPanel, type RunSummary } from './run-panel';
import { isActiveRun } from './run-state';
import { SettingsPanel } from './settings-panel';
import { useBuilderGraph } from './use-builder-graph';
import { useShownRun } from './use-shown-run';
import { useNodeIo } from './use-node-io';
import { useClipboard } from './use-clipboard';
import { downloadText } from '../console/download';
import { workflowFileName, workflowFileText } from './workflow-file';
import { useUndoKeys } from './use-undo-keys';
import { useWorkflowActions } from './use-workflow-actions';
import { VersionsPanel, type Diff } from './versions-panel';
import { WorkflowNodeComponent } from './workflow-node';
import styles from './workflows.module.css';

type Tab = 'node' | 'run' | 'versions' | 'settings';
const TABS: { id: Tab; label: string }[] = [
  { id: 'node', label: 'Node' },
  { id: 'run', label: 'Run' },
  { id: 'versions', label: 'Versions' },
  { id: 'settings', label: 'Settings' },
];
const NODE_TYPES: NodeTypes = { workflow: WorkflowNodeComponent };

export interface WorkflowBuilderProps {
  token: string;
  workflow: WorkflowDetailFieldsFragment;
  runs: RunSummary[];
  nodeTypes: NodeTypeInfo[];
  others: WorkflowBuilderQuery['workflows']['nodes'];
  permissions: readonly string[];
  /** A run to show when the page opens (the runs page links here with ?run=). */
  initialRunId?: string | null;
}

/** The minimap shows the shown run's statuses with the canvas's colours (workflows.module.css). */
const MINIMAP_IDLE = '#d1d5db';
const MINIMAP_STATUS_COLOURS: Record<string, string> = { RUNNING: '#2563eb', RETRYING: '#d97706', SUCCEEDED: '#16a34a', FAILED: '#dc2626', SKIPPED: '#e5e7eb', WAITING: '#9333ea' };

export function WorkflowBuilder(props: WorkflowBuilderProps) {
  return (
    <ReactFlowProvider>
      <Builder {...props} />
    </ReactFlowProvider>
  );
}

function Builder({ token, workflow: initialWorkflow, runs: initialRuns, nodeTypes, others, permissions, initialRunId }: WorkflowBuilderProps) {
  const canWrite = permissions.includes('workflows:write');
  const canRun = permissions.includes('workflows:run');
  const types = useMemo(() => new Map(nodeTypes.map((t) => [t.type, t])), [nodeTypes]);
  const [workflow, setWorkflow] = useState(initialWorkflow);
  const [problems, setProblems] = useState<CompileProblem[]>(initialWorkflow.draftProblems);
  const [tab, setTab] = useState<Tab>(initialRunId ? 'run' : 'node');
  const [runs, setRuns] = useState(initialRuns);
  // The run the page was opened for, else a run still going when the page opens, is shown straight away.
  const [shownRunId, setShownRunId] = useState<string | null>(() => initialRunId ?? initialRuns.find((r) => isActiveRun(r.status))?.id ?? null);
  const [runVersion, setRunVersion] = useState<number | null>(null);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);

  const onSaved = useCallback((saved: WorkflowDetailFieldsFragment) => {
    // The canvas stays as the user has it; only what the server adds (problems, dates) is taken.
    setWorkflow((current) => ({ ...saved, draft: current.draft }));
    setProblems(saved.draftProblems);
  }, []);

  const g = useBuilderGraph({ token, workflowId: workflow.id, initial: useMemo(() => normalizeGraph(initialWorkflow.draft), [initialWorkflow]), types, canWrite, onSaved });
  useUndoKeys(g.undo, g.redo);
  useClipboard({
    enabled: canWrite, graph: g.graph, types, insert: g.insertClip, remove: g.deleteNodes, notify: g.setNotice,
    selectedIds: () => g.nodes.filter((n) => n.selected).map((n) => n.id),
  });

  const actions = useWorkflowActions({
    token, workflowId: workflow.id, saveNow: g.saveNow, replaceGraph: g.replaceGraph,
    setWorkflow, setProblems, setRuns, setShownRunId,
  });
  const shown = useShownRun(token, shownRunId, actions.refreshRuns);

  const selected = g.nodes.find((n) => n.selected);
  const selectedNode = selected ? g.graph.nodes.find((n) => n.id === selected.id) : undefined;
  const selectedState = selectedNode ? shown.statuses[selectedNode.id] : undefined;
  const selectedIo = useNodeIo(token, shownRunId, selectedNode?.id ?? null, `${selectedState?.status ?? ''}#${selectedState?.attempt ?? ''}`);
  const grouped = useMemo(() => groupProblems(problems), [problems]);
  const view = useMemo(() => ({
    types,
    problems: grouped,
    statuses: shownRunId ? shown.statuses : {},
    diff: diff ? { added: new Set(diff.nodesAdded), changed: new Set(diff.nodesChanged.map((c) => c.nodeId)) } : null,
  }), [types, grouped, shownRunId, shown.statuses, diff]);

  // Selecting another node brings its panel forward.
  const selectedId = selected?.id;
  useEffect(() => {
    if (selectedId) setTab('node');
  }, [selectedId]);

  // Leaving with edits the autosave has not sent yet asks first.
  const unsaved = g.saveState !== 'saved';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    if (!canWrite) return;
    const type = event.dataTransfer.getData(DRAG_TYPE) || event.dataTransfer.getData('text/plain');
    if (!types.has(type)) return;
    g.addNode(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  }

  function addAtCentre(type: string) {
    const box = canvasRef.current?.getBoundingClientRect();
    const at = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    g.addNode(type, { x: at.x + (g.nodes.length % 5) * 20, y: at.y + (g.nodes.length % 5) * 20 });
  }

  const graphWide = grouped.get('') ?? [];
  const saveLabel = { saved: 'All changes saved', pending: 'Unsaved changes…', saving: 'Saving…', error: 'Not saved' }[g.saveState];
  return (
    <BuilderViewContext.Provider value={view}>
      <div className={styles.wide}>
        <div className={styles.toolbar}>
          <div className={styles.toolbarGroup}>
            <Button size="sm" variant="secondary" onClick={g.undo} disabled={!g.canUndo} title="Undo (Ctrl/Cmd+Z)" data-testid="wf-undo">Undo</Button>
            <Button size="sm" variant="secondary" onClick={g.redo} disabled={!g.canRedo} title="Redo (Shift+Ctrl/Cmd+Z)" data-testid="wf-redo">Redo</Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                g.tidy();
                requestAnimationFrame(() => void flow.fitView({ maxZoom: 1, duration: 200 }));
              }}
              disabled={!canWrite || g.nodes.length < 2}
              title="Lay the nodes out left to right by their order (undo brings the old layout back)"
              data-testid="wf-tidy"
            >
              Tidy up
            </Button>
            <span className={styles.saveState} data-testid="wf-save-state" data-state={g.saveState}>{saveLabel}</span>
          </div>
          <div className={styles.toolbarGroup}>
            <span className="muted">{workflow.latestVersion ? `v${workflow.latestVersion}` : 'no versions'} · {problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : 'compiles'}</span>
            <Button size="sm" variant="ghost" onClick={() => downloadText(workflowFileName(workflow.name), workflowFileText({ name: workflow.name, description: workflow.description, graph: g.graph }), 'application/json')} title="Download the draft as a file you can import into any organisation (secrets stay behind: nodes name them)" data-testid="wf-export">Export</Button>
          <Button size="sm" variant="secondary" onClick={() => setTab('versions')} data-testid="wf-open-versions">Save version…</Button>
            <Button size="sm" onClick={() => setTab('run')} disabled={!canRun} data-testid="wf-open-run">Run…</Button>
          </div>
        </div>
        {g.saveError && <Banner tone="error" data-testid="wf-save-error">The draft was not saved: {g.saveError}</Banner>}
        {graphWide.length > 0 && (
          <Banner tone="warning" data-testid="wf-graph-problems">
            {graphWide.map((p, i) => <div key={i}>{p.message}</div>)}
          </Banner>
        )}
        {g.notice && (
          <div className={styles.notice} role="alert" data-testid="wf-connect-refused">
            {g.notice} <button type="button" className={styles.linkButton} onClick={() => g.setNotice(null)}>Dismiss</button>
          </div>
        )}
        {banner && <Banner tone="error">{banner}</Banner>}
        <div className={styles.builder}>
          {canWrite ? <Palette types={nodeTypes} onAdd={addAtCentre} /> : <p className={styles.palette}>You can look but not edit: changing workflows needs <code>workflows:write</code>.</p>}
          <div ref={canvasRef} className={styles.canvas} onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }} onDrop={onDrop} data-testid="wf-canvas">
            <ReactFlow
              nodes={g.nodes}
              edges={g.edges}
              nodeTypes={NODE_TYPES}
              onNodesChange={g.onNodesChange}
              onEdgesChange={g.onEdgesChange}
              onConnect={g.onConnect}
              onNodeClick={() => setTab('node')}
              nodesDraggable={canWrite}
              nodesConnectable={canWrite}
              deleteKeyCode={canWrite ? ['Delete', 'Backspace'] : null}
              fitView
              fitViewOptions={{ maxZoom: 1 }}
              minZoom={0.2}
              proOptions={{ hideAttribution: true }}
            >
              <Background />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable ariaLabel="Overview of the workflow" nodeColor={(n) => MINIMAP_STATUS_COLOURS[view.statuses[n.id]?.status ?? ''] ?? MINIMAP_IDLE} />
            </ReactFlow>
          </div>
          <aside className={styles.side} aria-label="Workflow panels">
            <div role="tablist" aria-label="Panels" className={styles.tabs}>
              {TABS.map((t) => (
                <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={styles.tab} onClick={() => setTab(t.id)} data-testid={`wf-tab-${t.id}`}>{t.label}</button>
              ))}
            </div>
            <div role="tabpanel" className={styles.sideBody}>
              {tab === 'node' && (selectedNode ? (
                <NodePanel
                  key={selectedNode.id}
                  node={selectedNode}
                  type={types.get(selectedNode.type)}
                  problems={grouped.get(selectedNode.id) ?? []}
                  live={shownRunId ? shown.statuses[selectedNode.id] : undefined}
                  nodeRun={selectedIo}
                  runShown={shownRunId !== null}
                  readOnly={!canWrite}
                  onChange={(config, key) => g.updateConfig(selectedNode.id, config, key)}
                  onDelete={() => g.deleteNode(selectedNode.id)}
                onRename={(id) => g.renameNode(selectedNode.id, id)}
                />
              ) : <p className={styles.fieldHint}>Drag a node type onto the canvas, connect an output (right) to an input (left), and select a node to edit it. Shift-drag selects several; Ctrl/Cmd+C, X, V and D copy, cut, paste and duplicate them.</p>)}
              {tab === 'run' && (
                <RunPanel
                  versions={workflow.versions.map((v) => v.number)}
                  version={runVersion}
                  onVersion={setRunVersion}
                  canRun={canRun}
                  onRun={(input) => actions.run(input, runVersion)}
                  shown={shownRunId ? { id: shownRunId, status: shown.status, error: shown.runError, stream: shown.stream, detail: shown.detail, streamError: shown.error } : null}
                  onCancel={async (id) => setBanner(await actions.cancel(id))}
                  onRetry={async (id) => setBanner(await actions.retry(id))}
                  runs={runs}
                  onPick={setShownRunId}
                  inputSchema={g.graph.nodes.find((n) => n.type === 'manual' && n.config.inputSchema)?.config.inputSchema}
                />
              )}
              {tab === 'versions' && (
                <VersionsPanel
                  token={token}
                  workflowId={workflow.id}
                  versions={workflow.versions}
                  canWrite={canWrite}
                  canRun={canRun}
                  onSave={actions.saveVersion}
                  onRestore={actions.restore}
                  onRunVersion={(n) => { setRunVersion(n); setTab('run'); }}
                  onDiff={setDiff}
                  diff={diff}
                  flush={g.saveNow}
                />
              )}
              {tab === 'settings' && <SettingsPanel workflow={workflow} others={others} canWrite={canWrite} onUpdate={actions.update} onActive={actions.setActive} onRotate={actions.rotate} />}
            </div>
          </aside>
        </div>
      </div>
    </BuilderViewContext.Provider>
  );
}
