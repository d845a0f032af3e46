import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { PlanInput } from '../../src/plan/schema';

enablePatches();

/**
 * The working document: a plan in its file shape (`PlanInput`, from the zod schema). Its fields always have
 * their types; it may be invalid while the user edits (a value out of range), which validation reports.
 */
export type PlanDoc = PlanInput;

/** A named edit. Edits with the same `gesture` id merge into one undo step (a drag, a slider). */
export interface Command {
  label: string;
  gesture?: string;
  recipe: (draft: Draft<PlanDoc>) => void;
  /**
   * The edit makes a new base plan (a scenario made the base): the baseline moves to the result, and back
   * on undo.
   */
  rebase?: boolean;
}

interface Entry {
  id: number;
  label: string;
  gesture: string | null;
  patches: Patch[];
  inverse: Patch[];
  /** The baseline before and after a rebasing edit. */
  baselines?: { before: PlanDoc; after: PlanDoc };
}

export interface DocumentState {
  doc: PlanDoc;
  /**
   * The plan as last opened or saved (or as a scenario made it the base): "save the edits as a scenario" keeps
   * the edits since it.
   */
  baseline: PlanDoc;
  name: string;
  /** Platform token of the file on disk (null: never saved). */
  token: string | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * One Immer store for the plan document. Every edit is a named command producing patches; undo/redo apply
 * the inverse/forward patches. Gestures merge into one step until `endGesture`. View state (tab, selection,
 * language) lives outside; results are derived from `doc`, never stored here.
 */
export class DocumentStore {
  private doc: PlanDoc;
  private baseline: PlanDoc;
  private name: string;
  private token: string | null;
  private past: Entry[] = [];
  private future: Entry[] = [];
  private nextId = 1;
  private savedHead = 0;
  private openGesture: string | null = null;
  private listeners = new Set<() => void>();
  private snapshot: DocumentState;

  constructor(doc: PlanDoc, name: string, token: string | null = null) {
    this.doc = doc;
    this.baseline = doc;
    this.name = name;
    this.token = token;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getState = (): DocumentState => this.snapshot;

  private head(): number {
    return this.past.length ? this.past[this.past.length - 1]!.id : 0;
  }

  private makeSnapshot(): DocumentState {
    return {
      doc: this.doc,
      baseline: this.baseline,
      name: this.name,
      token: this.token,
      dirty: this.head() !== this.savedHead,
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
      undoLabel: this.past.at(-1)?.label ?? null,
      redoLabel: this.future.at(-1)?.label ?? null,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const fn of this.listeners) fn();
  }

  /** Apply a command. Returns false when it changed nothing. */
  dispatch(cmd: Command): boolean {
    const [next, patches, inverse] = produceWithPatches(this.doc, cmd.recipe);
    if (patches.length === 0) return false;
    const baselines = cmd.rebase ? { before: this.baseline, after: next } : undefined;
    this.doc = next;
    if (baselines) this.baseline = baselines.after;
    this.future = [];
    const last = this.past.at(-1);
    if (
      cmd.gesture &&
      last &&
      last.gesture === cmd.gesture &&
      this.openGesture === cmd.gesture &&
      last.id !== this.savedHead &&
      !baselines &&
      !last.baselines
    ) {
      last.patches = [...last.patches, ...patches];
      last.inverse = [...inverse, ...last.inverse];
    } else {
      this.past.push({
        id: this.nextId++,
        label: cmd.label,
        gesture: cmd.gesture ?? null,
        patches,
        inverse,
        ...(baselines ? { baselines } : {}),
      });
    }
    this.openGesture = cmd.gesture ?? null;
    this.emit();
    return true;
  }

  /** End the current gesture: the next edit starts a new undo step. */
  endGesture(): void {
    this.openGesture = null;
  }

  undo(): boolean {
    const e = this.past.pop();
    if (!e) return false;
    this.doc = applyPatches(this.doc, e.inverse);
    if (e.baselines) this.baseline = e.baselines.before;
    this.future.push(e);
    this.openGesture = null;
    this.emit();
    return true;
  }

  redo(): boolean {
    const e = this.future.pop();
    if (!e) return false;
    this.doc = applyPatches(this.doc, e.patches);
    if (e.baselines) this.baseline = e.baselines.after;
    this.past.push(e);
    this.openGesture = null;
    this.emit();
    return true;
  }

  /** Replace the document (New, Open, recovery): a fresh history. */
  load(doc: PlanDoc, name: string, token: string | null, dirty = false): void {
    this.doc = doc;
    this.baseline = doc;
    this.name = name;
    this.token = token;
    this.past = [];
    this.future = [];
    this.openGesture = null;
    this.savedHead = dirty ? -1 : 0;
    this.emit();
  }

  /** After a successful save: the current state is the saved one. */
  markSaved(token: string, name: string): void {
    this.token = token;
    this.name = name;
    this.savedHead = this.head();
    this.baseline = this.doc;
    this.emit();
  }

  /** Keep the edits so far in the base: "save the edits as a scenario" starts from the plan as it is now. */
  rebaseline(): void {
    this.baseline = this.doc;
    this.emit();
  }

  historyLabels(): { past: string[]; future: string[] } {
    return { past: this.past.map((e) => e.label), future: this.future.map((e) => e.label).reverse() };
  }
}
