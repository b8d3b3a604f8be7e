// Everything the task pane asks of Excel, behind one interface, so the pane can be tested with
// a fake host and Excel stays in this layer.
import type { Finding } from "../core/report";
import { capabilities } from "./capabilities";
import type { Capabilities } from "./capabilities";
import { applyFixes, undoFixes } from "./fixes";
import type { FixRequest, UndoEntry } from "./fixes";
import { hapusTanda, tandai } from "./marks";
import type { MarkResult } from "./marks";
import { selectCell } from "./navigate";
import { readGrids } from "./readGrids";
import type { ReadResult } from "./readGrids";
import { loadSettings, saveSettings } from "./settings";
import type { PaneSettings } from "./settings";

export type { FixRequest, UndoEntry, MarkResult, PaneSettings, ReadResult, Capabilities };

export interface Host {
  capabilities(): Capabilities;
  workbookName(): string;
  read(
    scope: "workbook" | "active",
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<ReadResult>;
  select(sheet: string, cell: string): Promise<void>;
  mark(findings: Finding[]): Promise<MarkResult>;
  unmark(): Promise<MarkResult>;
  fix(requests: FixRequest[]): Promise<UndoEntry[]>;
  undo(entries: UndoEntry[]): Promise<void>;
  loadSettings(): PaneSettings;
  saveSettings(s: PaneSettings): Promise<void>;
}

export const excelHost: Host = {
  capabilities,
  workbookName: () => {
    try {
      const url = Office.context.document.url ?? "";
      return url.split(/[\\/]/).pop() || "buku kerja";
    } catch {
      return "buku kerja";
    }
  },
  read: (scope, onProgress, signal) =>
    Excel.run((ctx) => readGrids(ctx, { scope, capabilities: capabilities(), onProgress, signal })),
  select: (sheet, cell) => Excel.run((ctx) => selectCell(ctx, sheet, cell)),
  mark: (findings) => Excel.run((ctx) => tandai(ctx, findings, capabilities())),
  unmark: () => Excel.run((ctx) => hapusTanda(ctx, capabilities())),
  fix: (requests) => Excel.run((ctx) => applyFixes(ctx, requests)),
  undo: (entries) => Excel.run((ctx) => undoFixes(ctx, entries)),
  loadSettings,
  saveSettings,
};
