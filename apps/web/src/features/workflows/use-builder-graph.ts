'use client';
// The canvas state: React Flow nodes and edges, undo/redo over graph snapshots, connection checks and debounced draft autosave.
import { applyEdgeChanges, applyNodeChanges, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkflowDetailFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { toFlowNode, toGraphNode, type WfNode } from './builder-context';
import { pasteClip, renameNode as renameInGraph, tidyLayout, type Clip } from './graph-edit';
import { checkConnection, defaultConfig, edgeId, nextNodeId, type Config, type GraphEdge, type NodeTypeInfo, type WorkflowGraph } from './graph-model';
import { record, redo as redoStep, startHistory, undo as undoStep, type History } from './history';
import { UpdateWorkflowDocument } from './workflow-documents';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

const AUTOSAVE_MS = 700;

export function toFlowEdge(e: GraphEdge): Edge {
  return { id: edgeId(e), source: e.source, sourceHandle: e.sourcePort, target: e.target, targetHandle: e.targetPort, className: e.sourcePort === 'error' ? 'wf-edge-error' : undefined };
}

const fromFlowEdge = (e: Edge): GraphEdge => ({ source: e.source, sourcePort: e.sourceHandle ?? 'out', target: e.target, targetPort: e.targetHandle ?? 'in' });
const graphOf = (nodes: readonly WfNode[], edges: readonly Edge[]): WorkflowGraph => ({ nodes: nodes.map(toGraphNode), edges: edges.map(fromFlowEdge) });

export interface BuilderGraphOptions {
  token: string;
  workflowId: string;
  initial: WorkflowGraph;
  types: ReadonlyMap<string, NodeTypeInfo>;
  /** False for members who may only look: nothing is sent. */
  canWrite: boolean;
  /** Called with the workflow after each successful autosave (its draftProblems are the news). */
  onSaved: (workflow: WorkflowDetailFieldsFragment) => void;
}

export function useBuilderGraph({ token, workflowId, initial, types, canWrite, onSaved }: BuilderGraphOptions) {
  const [nodes, setNodes] = useState<WfNode[]>(() => initial.nodes.map(toFlowNode));
  const [edges, setEdges] = useState<Edge[]>(() => initial.edges.map(toFlowEdge));
  const [history, setHistory] = useState<History<WorkflowGraph>>(() => startHistory(initial));
  const [notice, setNotice] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const nodesRef = useRef(nodes);
  const edgesRef = useRef(edges);
  const historyRef = useRef(history);
  nodesRef.current = nodes;
  edgesRef.current = edges;
  historyRef.current = history;

  const graph = useMemo(() => graphOf(nodes, edges), [nodes, edges]);
  const graphJson = JSON.stringify(graph);

  const setBoth = useCallback((nextNodes: WfNode[], nextEdges: Edge[]) => {
    nodesRef.current = nextNodes;
    edgesRef.current = nextEdges;
    setNodes(nextNodes);
    setEdges(nextEdges);
  }, []);

  const commit = useCallback((key: string | null = null) => {
    const next = record(historyRef.current, graphOf(nodesRef.current, edgesRef.current), key);
    historyRef.current = next;
    setHistory(next);
  }, []);

  /** Shows a snapshot, keeping selection and measured sizes of nodes that stay. */
  const show = useCallback((snapshot: WorkflowGraph) => {
    const current = new Map(nodesRef.current.map((n) => [n.id, n]));
    setBoth(
      snapshot.nodes.map((n) => {
        const before = current.get(n.id);
        return { ...toFlowNode(n), selected: before?.selected, measured: before?.measured };
      }),
      snapshot.edges.map(toFlowEdge),
    );
  }, [setBoth]);

  const onNodesChange = useCallback((changes: NodeChange<WfNode>[]) => {
    setBoth(applyNodeChanges(changes, nodesRef.current), edgesRef.current);
    if (changes.some((c) => c.type === 'remove')) commit('delete');
    else if (changes.some((c) => c.type === 'position' && c.dragging === false)) commit();
  }, [setBoth, commit]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setBoth(nodesRef.current, applyEdgeChanges(changes, edgesRef.current));
    if (changes.some((c) => c.type === 'remove')) commit('delete');
  }, [setBoth, commit]);

  const onConnect = useCallback((connection: Connection) => {
    if (!connection.sourceHandle || !connection.targetHandle) return;
    const edge: GraphEdge = { source: connection.source, sourcePort: connection.sourceHandle, target: connection.target, targetPort: connection.targetHandle };
    const check = checkConnection(graphOf(nodesRef.current, edgesRef.current), edge, types);
    if (!check.ok) {
      setNotice(check.reason);
      return;
    }
    setNotice(null);
    setBoth(nodesRef.current, [...edgesRef.current, toFlowEdge(edge)]);
    commit();
  }, [types, setBoth, commit]);

  const addNode = useCallback((typeName: string, position: { x: number; y: number }) => {
    const type = types.get(typeName);
    if (!type) return null;
    const id = nextNodeId(typeName, nodesRef.current.map((n) => n.id));
    const node = toFlowNode({ id, type: typeName, config: defaultConfig(type), position });
    setBoth([...nodesRef.current.map((n) => (n.selected ? { ...n, selected: false } : n)), { ...node, selected: true }], edgesRef.current);
    commit();
    return id;
  }, [types, setBoth, commit]);

  const updateConfig = useCallback((id: string, config: Config, key: string) => {
    setBoth(nodesRef.current.map((n) => (n.id === id ? { ...n, data: { ...n.data, config } } : n)), edgesRef.current);
    commit(key);
  }, [setBoth, commit]);

  const deleteNode = useCallback((id: string) => {
    setBoth(nodesRef.current.filter((n) => n.id !== id), edgesRef.current.filter((e) => e.source !== id && e.target !== id));
    commit();
  }, [setBoth, commit]);

  /** Adds a clip's nodes under fresh ids, moved by `offset`; they become the selection. */
  const insertClip = useCallback((clip: Clip, offset: { x: number; y: number }) => {
    const { graph: next, added } = pasteClip(graphOf(nodesRef.current, edgesRef.current), clip, offset);
    const chosen = new Set(added);
    const current = new Map(nodesRef.current.map((n) => [n.id, n]));
    setBoth(next.nodes.map((n) => ({ ...toFlowNode(n), selected: chosen.has(n.id), measured: current.get(n.id)?.measured })), next.edges.map(toFlowEdge));
    commit();
    return added;
  }, [setBoth, commit]);

  const deleteNodes = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setBoth(nodesRef.current.filter((n) => !gone.has(n.id)), edgesRef.current.filter((e) => !gone.has(e.source) && !gone.has(e.target)));
    commit('delete');
  }, [setBoth, commit]);

  /** Gives a node another id (edges follow); the reason when the id cannot be taken. */
  const renameNode = useCallback((from: string, to: string): string | null => {
    const result = renameInGraph(graphOf(nodesRef.current, edgesRef.current), from, to);
    if (!result.ok) return result.reason;
    const current = new Map(nodesRef.current.map((n) => [n.id, n]));
    const renamed = to.trim();
    setBoth(
      result.graph.nodes.map((n) => {
        const before = current.get(n.id === renamed ? from : n.id);
        return { ...toFlowNode(n), selected: before?.selected, measured: before?.measured };
      }),
      result.graph.edges.map(toFlowEdge),
    );
    commit();
    return null;
  }, [setBoth, commit]);

  /** Lays the nodes out in columns by their distance from the start (one undo step). */
  const tidy = useCallback(() => {
    show(tidyLayout(graphOf(nodesRef.current, edgesRef.current)));
    commit();
  }, [show, commit]);

  const replaceGraph = useCallback((next: WorkflowGraph) => {
    show(next);
    commit();
  }, [show, commit]);

  const undo = useCallback(() => {
    const next = undoStep(historyRef.current);
    historyRef.current = next;
    setHistory(next);
    show(next.present);
  }, [show]);

  const redo = useCallback(() => {
    const next = redoStep(historyRef.current);
    historyRef.current = next;
    setHistory(next);
    show(next.present);
  }, [show]);

  // Autosave: the last JSON sent, the save in flight, and the pending timer.
  const savedJson = useRef(JSON.stringify(initial));
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current) await inflight.current;
    const json = JSON.stringify(graphOf(nodesRef.current, edgesRef.current));
    if (json === savedJson.current) return true;
    setSaveState('saving');
    let ok = false;
    const run = (async () => {
      try {
        const { updateWorkflow } = await request(UpdateWorkflowDocument, { id: workflowId, input: { graph: JSON.parse(json) as unknown } }, { token });
        if (updateWorkflow.errors.length) throw new Error(updateWorkflow.errors.map((e) => e.message).join(' '));
        savedJson.current = json;
        if (updateWorkflow.workflow) onSavedRef.current(updateWorkflow.workflow);
        setSaveError(null);
        ok = true;
      } catch (error) {
        setSaveError(describeRequestError(error));
      }
    })();
    inflight.current = run;
    await run;
    inflight.current = null;
    const dirty = JSON.stringify(graphOf(nodesRef.current, edgesRef.current)) !== savedJson.current;
    setSaveState(!ok ? 'error' : dirty ? 'pending' : 'saved');
    return ok;
  }, [token, workflowId]);

  useEffect(() => {
    if (!canWrite || graphJson === savedJson.current) return;
    setSaveState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [graphJson, saveNow, canWrite]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return {
    nodes, edges, graph, notice, setNotice, saveState, saveError,
    canUndo: history.past.length > 0, canRedo: history.future.length > 0,
    onNodesChange, onEdgesChange, onConnect, addNode, updateConfig, deleteNode, deleteNodes, insertClip, tidy, renameNode, replaceGraph, undo, redo, saveNow,
  };
}
