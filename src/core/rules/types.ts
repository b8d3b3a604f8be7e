// A rule is a module like an ESLint rule: metadata plus a check over one detected table. It
// reports cells by row and column with the id of one of its declared messages and the data that
// fills it; the engine turns those into contract findings.
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import type { Pesan } from "../indicators";
import type { Severity } from "../report";
import type { Nomenklatur } from "../nomenklatur";
import type { MessageData } from "./messages";

export type Settings = {
  /** Convention for lower-is-better indicators when a table does not show which one it used. */
  metodeNegatif: "refleksi" | "rasio";
  /** Extra tolerance in percentage points on top of the rounding of the printed value. */
  toleransi: number;
  /** Predikat scale name (core/indicators/skalaPredikat). */
  skalaPredikat: string;
  /** Polarities the planner chose, by indicator (indicatorKey of its name): they beat any guess. */
  polaritas: Record<string, "positif" | "negatif">;
  /**
   * The official nomenclature list the user gave (core/nomenklatur): code-unknown,
   * code-name-mismatch and code-renamed run only with one.
   */
  nomenklatur?: Nomenklatur;
};

export const DEFAULT_SETTINGS: Settings = {
  metodeNegatif: "refleksi",
  toleransi: 0,
  skalaPredikat: "permendagri86",
  polaritas: {},
};

export type Fix = { value?: number | string | boolean; formula?: string };

/** What a rule's fixes may set: the cell's value, its formula, or either. */
export type Fixable = "value" | "formula" | "value-or-formula";

/**
 * What a finding says: one of its rule's declared messages by id, with the data for its
 * `{{placeholders}}`. A rule has no other way to word a finding (docs/desain.md, "how to add a
 * rule").
 */
export type Said = { messageId: string; data?: MessageData };

export type RuleFinding = FindingAt & Said;

/** A finding once the runner has filled its message: what ./precision weighs. */
export type ResolvedFinding = FindingAt & { pesan: Pesan; messageId: string };

export type FindingAt = {
  row: number;
  col: number;
  expected?: number | string;
  actual?: number | string;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  /** The other cells the finding's identity reads ([row, col]); see ./precision. */
  inputs?: Array<[number, number]>;
  /**
   * `expected` is a limit the value must not pass (a share's 100 %), not the value it should hold:
   * ./precision does not take it as the cell's correction when it looks for consequences.
   */
  batas?: true;
  /**
   * The claim rests on the column's own numbers, not on what its role means (a value a thousand
   * times off its column of counts): ./precision does not lower it for a guessed role.
   */
  tanpaPeran?: true;
  /**
   * The other cells this finding names as holding the same slip ("the same formula is also in P14,
   * P15"): whatever else is wrong there follows it, and ./precision reports nothing more on them.
   */
  sama?: Array<[number, number]>;
  /** Does the identity hold with these numbers? Lets ./precision tell a consequence from a cause. */
  recheck?: (cells: (row: number, col: number) => number | undefined) => boolean;
  /**
   * The total whose sum this finding restores from one of its parts (sum-mismatch's zero slip): when
   * another rule names the same part, that finding says the total follows it (./precision).
   */
  jumlahSel?: [number, number];
};

export type TableInWorkbook = { table: DetectedTable; grid: Grid };

export type RuleContext = {
  grid: Grid;
  settings: Settings;
  /** Every table of the workbook in sheet order; `index` is this table's place among them. */
  tables: readonly TableInWorkbook[];
  index: number;
};

export type Rule = {
  id: string;
  /** The usual severity; `otherSeverities` says when a finding takes another one. */
  severity: Severity;
  description: Pesan;
  /** One typical case the rule reports, and how a planner fixes it (docs/aturan.md). */
  example: Pesan;
  howToFix: Pesan;
  /**
   * The texts of its findings by message id, Indonesian and English side by side, with
   * `{{name}}` placeholders that a finding's `data` fills (./messages).
   */
  messages: Readonly<Record<string, Pesan>>;
  /** What its findings' fixes may set; a rule without it gives no fix. */
  fixable?: Fixable;
  otherSeverities?: Array<{ severity: Severity; when: Pesan }>;
  check(table: DetectedTable, ctx: RuleContext): RuleFinding[];
};
