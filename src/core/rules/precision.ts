// Never cry wolf: one place where the findings of all rules on one table are weighed before
// anyone sees them (docs/desain.md, "Precision before recall"). Three principles:
// 1. Certain meaning only. A finding on a column whose role was guessed, or computed from one,
//    is at most an `info`.
// 2. A misread column is one finding. When most valued rows of a column break the same rule, the
//    column was probably read wrong (or the whole column follows another convention): one `info`
//    for the column instead of an error per row.
// 3. One mistake, one finding. A finding whose identity holds again once another finding's cell
//    takes its expected value is a consequence of it: it is named in that first finding and not
//    reported on its own (a program total that follows a wrong kegiatan; "s.d." that adds a
//    wrong year; a capaian computed from a wrong realisation; a total over a typed copy of the
//    wrong value on the same row).
import type { DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, linearReferences, ratioReferences, toA1 } from "../grid";
import { numAt } from "./values";
import { skalaPersen } from "./kolomAngka";
import type { ResolvedFinding } from "./types";
import type { Pesan } from "../indicators";
import { formatMessage } from "./messages";
import { ENGINE_MESSAGES } from "./engineMessages";

/** A rule's finding with its message filled (./runRules), as the three principles weigh it. */
export type RuledFinding = { rule: string; finding: ResolvedFinding; severity: "error" | "warning" | "info" };

const engine = (id: keyof typeof ENGINE_MESSAGES, data: Record<string, string | Pesan>): Pesan =>
  formatMessage(ENGINE_MESSAGES, id, data, "engine");

/** Rules whose findings come from arithmetic over a column: a column-wide failure means a misreading. */
const ARITHMETIC = new Set([
  "capaian-mismatch",
  "sum-mismatch",
  "growth-mismatch",
  "kondisi-akhir-mismatch",
  "ratio-components-mismatch",
  "predikat-mismatch",
  "sakip-grade-mismatch",
  "serapan-over-100",
  "percent-out-of-range",
  "inconsistent-formula",
  "hardcoded-value",
]);

/**
 * Rules whose claim rests on what a column means (its role, year, K or Rp). Row arithmetic that
 * the rows themselves state (ratio-components: "1." = "1.1" / "1.2") holds whatever the column is.
 */
const ROLE_BOUND = new Set([
  ...[...ARITHMETIC].filter((r) => r !== "ratio-components-mismatch"),
  "target-trend",
  "target-outlier",
  "cross-table-mismatch",
  "missing-value",
  "number-scale",
  "year-gap",
]);

const MIN_COLUMN_FINDINGS = 3;

export type Cells = (row: number, col: number) => number | undefined;

// the formula readers live with the grid (detection reads them too)
export { linearReferences, sumReferences } from "../grid";

/**
 * The sheet's numbers with one cell set to another value; formula cells that add or subtract
 * that cell follow it, as they would when the sheet recalculates.
 */
function withValue(grid: Grid, row: number, col: number, value: number): Cells {
  return withValues(grid, [[row, col, value]]);
}

/**
 * The same with several cells set at once; formula cells that add or subtract them follow all of
 * them, and so do the formulas over those (a Jumlah over a kegiatan, a surplus over that Jumlah:
 * forms-blind45's stale Belanja Barang dan Jasa under JUMLAH BELANJA and SURPLUS), a few levels deep.
 */
function withValues(grid: Grid, set: Array<[number, number, number]>): Cells {
  const values = new Map(set.map(([r, c, v]) => [`${r}:${c}`, v]));
  const memo = new Map<string, number>();
  const busy = new Set<string>();
  // how far a cell moves: its own new value, or what its formula's inputs move by
  const delta = (r: number, c: number, depth: number): number => {
    const k = `${r}:${c}`;
    const own = values.get(k);
    if (own !== undefined) return own - (numAt(grid, r, c)?.value ?? 0);
    const known = memo.get(k);
    if (known !== undefined) return known;
    if (depth > 4 || busy.has(k)) return 0;
    busy.add(k);
    let d = 0;
    for (const [a, b, sign] of linearReferences(grid.formula(r, c)) ?? []) d += sign * delta(a, b, depth + 1);
    busy.delete(k);
    memo.set(k, d);
    return d;
  };
  return (r, c) => {
    const own = values.get(`${r}:${c}`);
    if (own !== undefined) return own;
    const n = numAt(grid, r, c)?.value;
    if (n === undefined) return undefined;
    return n + delta(r, c, 0);
  };
}

/**
 * For each cell, the findings whose identity reads it: their own cell, their inputs, and the cells
 * that a formula among those adds up, followed down. Built once per table: a consequence is then looked up, not
 * searched for among all pairs.
 */
function readers(grid: Grid, found: RuledFinding[]): Map<number, RuledFinding[]> {
  const index = new Map<number, RuledFinding[]>();
  const add = (r: number, c: number, g: RuledFinding): void => {
    const k = r * 16385 + c;
    const list = index.get(k);
    if (!list) index.set(k, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  // the cells a formula adds up, and theirs, a few levels deep (a surplus over a JUMLAH over the
  // row that is wrong), as withValues follows them
  const follow = (r: number, c: number, g: RuledFinding, depth: number, seen: Set<number>): void => {
    if (depth > 4) return;
    for (const [a, b] of linearReferences(grid.formula(r, c)) ?? []) {
      const k = a * 16385 + b;
      if (seen.has(k)) continue;
      seen.add(k);
      add(a, b, g);
      follow(a, b, g, depth + 1, seen);
    }
  };
  for (const g of found) {
    if (!g.finding.recheck) continue;
    const seen = new Set<number>();
    for (const [r, c] of [[g.finding.row, g.finding.col] as [number, number], ...(g.finding.inputs ?? [])]) {
      add(r, c, g);
      follow(r, c, g, 0, seen);
    }
  }
  return index;
}

/** Applies the three principles to the findings of one table. */
export function weigh(table: DetectedTable, grid: Grid, found: RuledFinding[]): RuledFinding[] {
  if (found.length === 0) return found;
  const guessed = new Set(table.columns.filter((c) => !c.certain).map((c) => c.col));
  let out =
    guessed.size === 0
      ? found
      : found.map((f) => {
          const cols = [f.finding.col, ...(f.finding.inputs ?? []).map(([, c]) => c)];
          return f.severity !== "info" &&
            ROLE_BOUND.has(f.rule) &&
            !f.finding.tanpaPeran &&
            cols.some((c) => guessed.has(c))
            ? { ...f, severity: "info" as const }
            : f;
        });
  out = diSlipSama(out);
  out = consequences(
    table,
    grid,
    out.map((f) => batasRumus(grid, f)),
  );
  // (after columnWide: an error folded into its column's info silences nothing)
  return satuSel(grid, columnWide(table, grid, out, guessed));
}

/**
 * A limit passed by a ratio formula ("=ROUND(H11/G11*100,2)" at 138,19 %) reads the two cells: when
 * another finding mends one of them (G11's stale SUM, 288 for 409), the share falls within the
 * limit and is that finding's consequence (forms-blind328). A limit finding on a typed number, or
 * one that says how to check itself, is left as it is.
 */
function batasRumus(grid: Grid, f: RuledFinding): RuledFinding {
  const { finding } = f;
  if (!finding.batas || finding.recheck || typeof finding.expected !== "number") return f;
  const q = ratioReferences(grid.formula(finding.row, finding.col));
  if (!q) return f;
  const limit = finding.expected;
  const above = typeof finding.actual === "number" && finding.actual > limit;
  const recheck = (cells: Cells): boolean => {
    const a = cells(...q.num);
    const b = cells(...q.den);
    if (a === undefined || b === undefined || b === 0) return false;
    const v = (a / b) * (q.persen ? 100 : 1);
    return above ? v <= limit + 0.005 : v >= limit - 0.005;
  };
  // (a cached result its own cells no longer give, a stale formula, is no reading of them)
  if (recheck((r, c) => numAt(grid, r, c)?.value)) return f;
  return { ...f, finding: { ...finding, inputs: [q.num, q.den], recheck } };
}

/**
 * Other rules' findings on the cells a finding names as holding its slip: a kondisi akhir K summed
 * with its Rp columns (=SUM(F13:N13)) is no final condition to judge, and five such rows would
 * read as a column misread, hiding the one real mistake beside them (forms-blind144).
 */
function diSlipSama(found: RuledFinding[]): RuledFinding[] {
  const slip = new Map<string, RuledFinding>();
  for (const f of found)
    for (const [r, c] of f.finding.sama ?? []) {
      slip.set(`${r},${c}`, f);
      slip.set(`${f.finding.row},${f.finding.col}`, f);
    }
  if (slip.size === 0) return found;
  return found.filter((f) => {
    const by = slip.get(`${f.finding.row},${f.finding.col}`);
    return by === undefined || by === f || by.rule === f.rule;
  });
}

/**
 * The findings that read a typed cell on a row: a typed value copied from a wrong cell of its row
 * ("s.d." typed as s.d. last year + this year's wrong realisation) carries the mistake on.
 */
function rowReaders(grid: Grid, found: RuledFinding[]): Map<number, Array<[RuledFinding, number[]]>> {
  const index = new Map<number, Array<[RuledFinding, number[]]>>();
  for (const g of found) {
    if (!g.finding.recheck) continue;
    const byRow = new Map<number, number[]>();
    for (const [r, c] of g.finding.inputs ?? []) {
      if (r === g.finding.row || grid.formula(r, c) || !numAt(grid, r, c)) continue;
      byRow.set(r, [...(byRow.get(r) ?? []), c]);
    }
    for (const [r, cols] of byRow) index.set(r, [...(index.get(r) ?? []), [g, cols]]);
  }
  return index;
}

/**
 * The value of a ratio of two cells, rounded as a ROUND around it says: "ROUND(G7/G8,2)",
 * "G7/G8*100". Undefined for any other formula or a reference that holds no number (read without
 * mathjs, which a workbook of such formulas should not have to load).
 */
export function nilaiRasio(g: Grid, formula: string): number | undefined {
  const q = ratioReferences(formula);
  if (!q) return undefined;
  const a = numAt(g, q.num[0], q.num[1]);
  const b = numAt(g, q.den[0], q.den[1]);
  if (!a || !b || b.value === 0) return undefined;
  const v = (a.value / b.value) * (q.persen ? 100 : 1);
  return q.digits === undefined ? v : Math.round(v * 10 ** q.digits) / 10 ** q.digits;
}

/** The value of a formula that adds and subtracts cells, from the sheet's numbers. */
export function nilaiLinear(grid: Grid, formula: string | undefined): number | undefined {
  const terms = linearReferences(formula?.replace(/^=/, ""));
  if (!terms) return undefined;
  // SUM passes over blanks and text ("-" for an empty kind of belanja) as Excel does; "+" does not
  // (forms-blind56)
  const sum = /^=?SUM\(/i.test(formula ?? "");
  let s = 0;
  for (const [r, c, sign] of terms) {
    const n = numAt(grid, r, c);
    if (!n) {
      const v = grid.value(r, c);
      if (sum && (v === null || v === undefined || typeof v === "string")) continue;
      return undefined;
    }
    s += sign * n.value;
  }
  return s;
}

/** Of the same order of magnitude, within a thousandfold: one quantity, not a percent beside a sum. */
function skalaSama(a: number, b: number): boolean {
  return Math.abs(Math.log10(Math.abs(a) + 1) - Math.log10(Math.abs(b) + 1)) <= 3;
}

/**
 * The factor between what a finding says and the number its cell stores: a capaian shown 92,86 %
 * and stored 0,9286 is reported as 92,86 (persenAt), so it is set back as 0,8571, not 85,71, when
 * its readers are asked again (forms-blind214: a predikat beside a stale fraction).
 */
function skalaTemuan(grid: Grid, f: ResolvedFinding): number {
  const faktor = skalaPersen(grid, f.row, f.col);
  const raw = numAt(grid, f.row, f.col)?.value;
  if (faktor === 1 || raw === undefined || typeof f.actual !== "number") return 1;
  return Math.abs(f.actual - raw * faktor) < Math.abs(f.actual - raw) ? faktor : 1;
}

function consequences(table: DetectedTable, grid: Grid, found: RuledFinding[]): RuledFinding[] {
  const ukuran = (col: number): "K" | "Rp" | undefined => table.columns.find((c) => c.col === col)?.ukuran;
  const dropped = new Set<RuledFinding>();
  const causedBy = new Map<RuledFinding, Pesan[]>();
  const index = readers(grid, found);
  const byRow = rowReaders(grid, found);
  const drop = (f: RuledFinding, g: RuledFinding, why: Pesan): void => {
    dropped.add(g);
    causedBy.set(f, [...(causedBy.get(f) ?? []), why]);
  };
  for (const f of found) {
    // (a limit is no correction: 187,5 % capped at 100 moves F12 by 87,5, and a JUMLAH of another
    // column short by 87 is no consequence of it, forms-blind284)
    if (dropped.has(f) || f.severity === "info" || f.finding.batas) continue;
    const { row, col } = f.finding;
    // a formula fix that adds cells ("=S17" for "=M17+O17+Q17+S17") says the value it would give
    const tampil =
      typeof f.finding.expected === "number" ? f.finding.expected : nilaiLinear(grid, f.finding.fix?.formula);
    if (tampil === undefined) continue;
    const expected = tampil / skalaTemuan(grid, f.finding);
    const cells = withValue(grid, row, col, expected);
    const sameCell = (g: RuledFinding): boolean => g.finding.row === row && g.finding.col === col;
    for (const g of index.get(row * 16385 + col) ?? []) {
      if (g === f || dropped.has(g) || !g.finding.recheck) continue;
      if (!g.finding.recheck(cells)) continue;
      // another rule on the same cell that the same correction settles: one finding says it
      if (sameCell(g)) {
        // a value read from a formula fix does not silence a firmer rule on the same cell
        // (a zero slip named by its total: the total it breaks is said in the finding kept)
        const jumlah = g.finding.jumlahSel;
        if (typeof f.finding.expected === "number") {
          if (jumlah) drop(f, g, { id: toA1(...jumlah), en: toA1(...jumlah) });
          else dropped.add(g);
        }
      } else {
        const cell = toA1(g.finding.row, g.finding.col);
        drop(f, g, { id: cell, en: cell });
      }
    }
    // Through a typed copy: the finding holds again when the typed cells it reads on this row
    // move by the same difference (and not without them: a coincidence of one exact amount).
    const delta = expected - (numAt(grid, row, col)?.value ?? expected);
    if (delta === 0) continue;
    // (a cell the finding itself adds up is its part, not its copy: forms-blind36's statuses under
    // a mistyped Jumlah Rekomendasi, one of them 3 where a JUMLAH's SUM leaves out another 3)
    // (nor is a cell its fix's formula adds: "=D10+E10+F10" for a typed Jumlah Medali reads F10,
    // no copy of it, whatever a TOTAL's short SUM over F happens to miss, forms-blind78)
    const fixTerms = linearReferences(f.finding.fix?.formula?.replace(/^=/, "")) ?? [];
    const own = new Set(
      [...(f.finding.inputs ?? []), ...fixTerms].filter(([r]) => r === row).map(([, c]) => c),
    );
    for (const [g, cols] of byRow.get(row) ?? []) {
      if (g === f || dropped.has(g) || !g.finding.recheck || sameCell(g) || cols.includes(col)) continue;
      if (cols.some((c) => own.has(c))) continue;
      // (a copy is the same quantity: a capaian of 73,33 % moved by a Rp sum's 45.000.000 is none,
      // whatever predikat that would buy, forms-blind213)
      if (cols.some((c) => !skalaSama(numAt(grid, row, c)?.value ?? 0, expected))) continue;
      // (nor is an Rp capaian a copy of the K beside it: 77,19 moved by a K's 9 is none,
      // forms-blind290's E.81)
      const u = ukuran(col);
      if (u && cols.some((c) => ukuran(c) !== undefined && ukuran(c) !== u)) continue;
      if (g.finding.recheck(cells)) continue; // a direct reader, handled above or not a consequence
      const moved: Cells = (r, c) =>
        r === row && cols.includes(c) ? (cells(r, c) ?? 0) + delta : cells(r, c);
      if (g.finding.recheck(moved))
        drop(
          f,
          g,
          engine("throughCopy", {
            cell: toA1(g.finding.row, g.finding.col),
            copies: cols.map((c) => toA1(row, c)).join(", "),
          }),
        );
    }
  }
  // Of several mistakes at once: a finding whose identity holds again once every other firm
  // finding's cell takes its expected value (a kegiatan's Jumlah off by a wrong BLUD sum and a
  // mistyped sub kegiatan Jumlah together, forms-blind34) names none of its own.
  const firm = found.filter(
    (f) =>
      !dropped.has(f) && f.severity !== "info" && !f.finding.batas && typeof f.finding.expected === "number",
  );
  // (bounded: a sheet with hundreds of firm findings has other troubles than their causes)
  if (firm.length >= 2 && firm.length <= 200)
    for (const g of found) {
      if (dropped.has(g) || !g.finding.recheck || g.severity === "info") continue;
      const others = firm.filter(
        (f) => f !== g && (f.finding.row !== g.finding.row || f.finding.col !== g.finding.col),
      );
      if (others.length < 2) continue;
      const cells = withValues(
        grid,
        others.map((f) => [
          f.finding.row,
          f.finding.col,
          (f.finding.expected as number) / skalaTemuan(grid, f.finding),
        ]),
      );
      if (!g.finding.recheck(cells)) continue;
      // named in the first of them it reads
      const reads = new Set(
        [[g.finding.row, g.finding.col], ...(g.finding.inputs ?? [])].map(([r, c]) => `${r}:${c}`),
      );
      const cause = others.find((f) => reads.has(`${f.finding.row}:${f.finding.col}`)) ?? others[0];
      const cell = toA1(g.finding.row, g.finding.col);
      const also = others
        .filter((f) => f !== cause)
        .slice(0, 3)
        .map((f) => toA1(f.finding.row, f.finding.col))
        .join(", ");
      drop(cause, g, { id: `${cell} (bersama ${also})`, en: `${cell} (together with ${also})` });
    }
  return found
    .filter((f) => !dropped.has(f))
    .map((f) => {
      const list = causedBy.get(f);
      if (!list) return f;
      // one cell once, however many of this cell's findings lead to it
      const unique = [...new Map(list.map((p) => [p.id, p])).values()];
      const where = { id: unique.map((p) => p.id).join(", "), en: unique.map((p) => p.en).join(", ") };
      const pesan = engine("consequences", { message: f.finding.pesan, where });
      return { ...f, finding: { ...f.finding, pesan } };
    });
}

/**
 * A typed number among a column's formulas that also breaks an identity is one slip: the error
 * says the value, and the column's formula that gives it; hardcoded-value's warning on the same
 * cell, whose formula gives that same value, is not a second finding (forms-blind252's G9, a
 * quarter's total typed 1.000 over "(6) = (3)+(4)+(5)" with =D9+E9+F9 on the other rows).
 * A formula that reads other cells than its column's keeps its inconsistent-formula warning
 * beside the error: it says which reference is wrong, and forms name that slip either way
 * (forms-blind153, 176).
 */
function satuSel(grid: Grid, found: RuledFinding[]): RuledFinding[] {
  const merged = new Map<RuledFinding, RuledFinding>();
  const dropped = new Set<RuledFinding>();
  for (const h of found) {
    const formula = h.finding.fix?.formula;
    if (h.rule !== "hardcoded-value" || h.severity === "info" || !formula) continue;
    const gives = nilaiLinear(grid, formula) ?? nilaiRasio(grid, formula.replace(/^=/, ""));
    if (gives === undefined) continue;
    const firm = found.find(
      (f) =>
        f !== h &&
        f.severity === "error" &&
        f.finding.row === h.finding.row &&
        f.finding.col === h.finding.col &&
        typeof f.finding.expected === "number" &&
        Math.abs(f.finding.expected / skalaTemuan(grid, f.finding) - gives) <=
          Math.max(0.005, Math.abs(gives) * 1e-9),
    );
    if (!firm) continue;
    dropped.add(h);
    const base = merged.get(firm) ?? firm;
    const pesan = engine("satuSelKetik", { message: base.finding.pesan, formula });
    merged.set(firm, { ...base, finding: { ...base.finding, pesan } });
  }
  if (dropped.size === 0) return found;
  return found.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f);
}

function columnWide(
  table: DetectedTable,
  grid: Grid,
  found: RuledFinding[],
  guessed: ReadonlySet<number>,
): RuledFinding[] {
  const groups = new Map<string, RuledFinding[]>();
  for (const f of found) {
    // on a guessed column every claim that rests on its meaning is one doubt about the column
    const onGuess = guessed.has(f.finding.col) && ROLE_BOUND.has(f.rule) && !f.finding.tanpaPeran;
    if (!ARITHMETIC.has(f.rule) && !onGuess) continue;
    const key = onGuess ? `*|${f.finding.col}` : `${f.rule}|${f.finding.col}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const replaced = new Set<RuledFinding>();
  const extra: RuledFinding[] = [];
  for (const [key, list] of groups) {
    const guess = key.startsWith("*|");
    if (list.length < (guess ? 2 : MIN_COLUMN_FINDINGS)) continue;
    const col = list[0].finding.col;
    let valued = 0;
    for (const r of table.rows) if (r.kind !== "section" && !grid.isBlank(r.row, col)) valued++;
    if (!guess && list.length * 2 <= valued) continue;
    for (const f of list) replaced.add(f);
    const column = table.columns.find((c) => c.col === col);
    const letter = colToLetters(col);
    const role = column?.role ?? "?";
    const first = list[0].finding;
    extra.push({
      rule: list[0].rule,
      severity: "info",
      finding: {
        row: first.row,
        col,
        messageId: "columnMisread",
        // counts and rows as strings: a row 1000 reads "1000", not "1.000"
        pesan: engine("columnMisread", {
          letter,
          header: column?.header ?? "",
          count: String(list.length),
          valued: String(valued),
          role,
          row: String(first.row),
          example: first.pesan,
        }),
      },
    });
  }
  return [...found.filter((f) => !replaced.has(f)), ...extra];
}
