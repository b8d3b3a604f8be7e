// Runs the rules over every table of a workbook and turns their cell reports into contract
// findings, one per rule and cell, in sheet and reading order.
import { toA1 } from "../grid";
import type { Finding } from "../report";
import { RULES } from "./registry";
import type { ResolvedFinding, Rule, RuleFinding, Settings, TableInWorkbook } from "./types";
import { DEFAULT_SETTINGS } from "./types";
import { weigh } from "./precision";
import type { RuledFinding } from "./precision";
import { formatMessage } from "./messages";
import { ENGINE_MESSAGES } from "./engineMessages";
import { kosongkanMemo } from "./memo";

export function runRules(
  tables: readonly TableInWorkbook[],
  options: { settings?: Partial<Settings>; lang?: "id" | "en"; rules?: readonly Rule[] } = {},
): Finding[] {
  // every text is read afresh for each check (./memo)
  kosongkanMemo();
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const lang = options.lang ?? "id";
  const seen = new Set<string>();
  const out: Array<Finding & { order: [number, number, number] }> = [];
  tables.forEach((t, index) => {
    const found: RuledFinding[] = [];
    for (const rule of options.rules ?? RULES) {
      let reported: ResolvedFinding[];
      try {
        // inside the try: a message the rule did not declare or fill is the rule's failure
        reported = rule
          .check(t.table, { grid: t.grid, settings, tables, index })
          .map((f) => resolve(rule, f));
      } catch (e) {
        // one rule failing on one table is one info at the table, not the end of the check
        found.push({ rule: rule.id, finding: ruleFailed(rule, t, e), severity: "info" });
        continue;
      }
      for (const f of reported) {
        // arithmetic on astronomically large values overflows: no claim can be made about them
        if ([f.expected, f.actual].some((v) => typeof v === "number" && !Number.isFinite(v))) continue;
        found.push({ rule: rule.id, finding: f, severity: f.severity ?? rule.severity });
      }
    }
    for (const { rule: id, finding: f, severity } of weigh(t.table, t.grid, found)) {
      {
        const cell = toA1(f.row, f.col);
        const key = `${id}|${t.table.sheet}|${cell}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding: Finding & { order: [number, number, number] } = {
          rule: id,
          severity,
          sheet: t.table.sheet,
          cell,
          message: f.pesan[lang],
          messageId: f.messageId,
          order: [index, f.row, f.col],
        };
        if (f.expected !== undefined) finding.expected = f.expected;
        if (f.actual !== undefined) finding.actual = f.actual;
        if (f.fix) finding.fix = f.fix;
        out.push(finding);
      }
    }
  });
  out.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return out.map((f) => {
    const { order, ...finding } = f;
    void order;
    return finding;
  });
}

/** A finding with its message filled from its rule's declared messages. */
export function resolve(rule: Rule, f: RuleFinding): ResolvedFinding {
  const { data, ...rest } = f;
  return { ...rest, pesan: formatMessage(rule.messages, f.messageId, data, `Rule ${rule.id}`) };
}

/** The info a rule's failure on a table becomes: where, which rule, and that the rest was checked. */
function ruleFailed(rule: Rule, t: TableInWorkbook, e: unknown): ResolvedFinding {
  const why = e instanceof Error ? e.message : String(e);
  const { r1, c1 } = t.table.range;
  const data = { rule: rule.id, why };
  return {
    row: r1,
    col: c1,
    messageId: "ruleFailed",
    pesan: formatMessage(ENGINE_MESSAGES, "ruleFailed", data),
  };
}
