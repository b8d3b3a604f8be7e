// Sanity checks of the seed-table fixtures themselves: they write, their expectations match the
// cells they write, the stated mistakes hold the stated values, the real numbers are transcribed
// consistently (every ratio and sum that should agree does), and they survive an .xlsx round trip.
import ExcelJS from "exceljs";
import {
  SEED_FIXTURES,
  fixture,
  parseA1,
  parseRange,
  shiftExpected,
  variants,
  workbook,
  type ExpectedTable,
  type SeedFixture,
} from "./fixtures";

type V = number | string | null;

function val(ws: ExcelJS.Worksheet, r: number, c: number): V {
  const cell = ws.getCell(r, c);
  const v = cell.isMerged ? cell.master.value : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  throw new Error(`unexpected value type at ${cell.address}: ${JSON.stringify(v)}`);
}

function at(ws: ExcelJS.Worksheet, addr: string): V {
  const { row, col } = parseA1(addr);
  return val(ws, row, col);
}

function num(ws: ExcelJS.Worksheet, addr: string): number {
  const v = at(ws, addr);
  if (typeof v !== "number") throw new Error(`${ws.name}!${addr} is not a number: ${JSON.stringify(v)}`);
  return v;
}

const blank = (v: V) => v === null || (typeof v === "string" && v.trim() === "");

function sheetOf(fixtures: SeedFixture[]): ExcelJS.Workbook {
  return workbook(fixtures);
}

/** Checks one expected table against the sheet; returns a list of problems (empty when fine). */
function checkTable(ws: ExcelJS.Worksheet, e: ExpectedTable): string[] {
  const p: string[] = [];
  const h = parseRange(e.headerRange);
  const d = parseRange(e.dataRange);
  if (h.left !== d.left || h.right !== d.right)
    p.push(`header ${e.headerRange} and data ${e.dataRange} differ in columns`);
  if (h.bottom + 1 !== d.top) p.push(`data does not start under the header`);
  const repeated = new Set(e.repeatedHeaderRows ?? []);
  const colsInTable = new Set<number>();
  for (const letter of Object.keys(e.columns)) {
    const c = parseA1(`${letter}1`).col;
    colsInTable.add(c);
    if (c < h.left || c > h.right) p.push(`column ${letter} outside ${e.headerRange}`);
  }
  for (let c = h.left; c <= h.right; c++) {
    if (colsInTable.has(c)) continue;
    for (let r = h.top; r <= d.bottom; r++)
      if (!blank(val(ws, r, c))) p.push(`column ${c} has content but no expectation`);
  }
  // header paths
  for (const [letter, col] of Object.entries(e.columns)) {
    const c = parseA1(`${letter}1`).col;
    const labels: string[] = [];
    for (let r = h.top; r <= h.bottom; r++) {
      if (r === e.numberRow) continue;
      const v = val(ws, r, c);
      if (blank(v)) continue;
      const s = String(v).trim();
      if (labels[labels.length - 1] !== s) labels.push(s);
    }
    const path = labels.join(" > ");
    if (path !== col.header) p.push(`${letter}: header "${path}" expected "${col.header}"`);
    if (col.year !== undefined && !col.yearFromTitle && !path.includes(String(col.year)))
      p.push(`${letter}: year ${col.year} not in header`);
  }
  if (e.numberRow !== undefined) {
    if (e.numberRow < h.top || e.numberRow > h.bottom) p.push(`number row outside the header`);
    const nums: number[] = [];
    for (let c = h.left; c <= h.right; c++) {
      const v = val(ws, e.numberRow, c);
      if (typeof v === "number") nums.push(v);
      else if (!blank(v)) p.push(`number row holds ${JSON.stringify(v)}`);
    }
    if (nums.length < 3 || nums.some((n, i) => i > 0 && n <= nums[i - 1]))
      p.push(`number row not increasing: ${nums}`);
  }
  const rowHasContent = (r: number) => {
    for (let c = 1; c <= Math.max(h.right, 30); c++) if (!blank(val(ws, r, c))) return true;
    return false;
  };
  for (const r of e.titleRows) {
    if (r >= h.top) p.push(`title row ${r} not above the header`);
    if (!rowHasContent(r)) p.push(`title row ${r} is empty`);
  }
  for (const r of e.footnoteRows ?? []) {
    if (r <= d.bottom) p.push(`footnote row ${r} inside the body`);
    if (!rowHasContent(r)) p.push(`footnote row ${r} is empty`);
  }
  const rowInRange = (r: number) => {
    for (let c = d.left; c <= d.right; c++) if (!blank(val(ws, r, c))) return true;
    return false;
  };
  if (!rowInRange(d.top)) p.push(`first data row ${d.top} empty`);
  if (!rowInRange(d.bottom)) p.push(`last data row ${d.bottom} empty`);
  if (rowInRange(d.bottom + 1) && !(e.footnoteRows ?? []).includes(d.bottom + 1))
    p.push(`row after the body has content`);
  if (h.top > 1 && !(e.titleRows ?? []).includes(h.top - 1) && rowInRange(h.top - 1))
    p.push(`row above the header has content`);
  for (const r of repeated) {
    if (r < d.top || r > d.bottom) p.push(`repeated header row ${r} outside the body`);
  }
  if (repeated.size > 0) {
    const first = Math.min(...repeated);
    if (val(ws, first, h.left) !== val(ws, h.top, h.left))
      p.push(`repeated header at ${first} does not repeat the header`);
  }
  // row kinds
  const letterOf = (role: string) => Object.entries(e.columns).find(([, c]) => c.role === role)?.[0];
  const kodeL = letterOf("kode");
  const noL = letterOf("no");
  const indL = letterOf("indikator");
  const yearCols = Object.entries(e.columns)
    .filter(([, c]) => c.year !== undefined)
    .map(([l]) => l);
  for (const [rs, kind] of Object.entries(e.rows ?? {})) {
    const r = Number(rs);
    if (r < d.top || r > d.bottom || repeated.has(r)) p.push(`row ${r} (${kind}) outside the body`);
    if (!rowInRange(r)) p.push(`row ${r} (${kind}) is empty`);
    const cellOf = (l: string | undefined) => (l ? at(ws, `${l}${r}`) : null);
    if (kind === "section") {
      for (const l of yearCols) if (!blank(cellOf(l))) p.push(`section row ${r} has a value in ${l}`);
    }
    if (kind === "komponen" && noL && !/^\d+\.\d+$/.test(String(cellOf(noL))))
      p.push(`komponen row ${r} numbered ${cellOf(noL)}`);
    if (kind === "program" && !/^\d\.\d{2}\.\d{2}$/.test(String(cellOf(kodeL))))
      p.push(`program row ${r} code ${cellOf(kodeL)}`);
    if ((kind === "kegiatan" || kind === "sub-kegiatan") && blank(cellOf(kodeL)))
      p.push(`${kind} row ${r} without code`);
    if (kind === "indikator-lanjutan") {
      if (!blank(cellOf(kodeL))) p.push(`indikator-lanjutan row ${r} has a code`);
      if (blank(cellOf(indL))) p.push(`indikator-lanjutan row ${r} has no indicator`);
    }
  }
  return p;
}

function inRange(addr: string, range: string): boolean {
  const { row, col } = parseA1(addr);
  const r = parseRange(range);
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

describe("seed fixtures", () => {
  test("ids and sheet names are unique and valid", () => {
    const ids = SEED_FIXTURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sheets = SEED_FIXTURES.map((f) => f.expected[0].sheet);
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const s of sheets) {
      expect(s.length).toBeLessThanOrEqual(31);
      expect(s).not.toMatch(/[[\]:*?/\\]/);
    }
    for (const f of SEED_FIXTURES) for (const e of f.expected) expect(e.sheet).toBe(f.expected[0].sheet);
  });

  test.each(SEED_FIXTURES.map((f) => [f.id, f] as const))(
    "%s writes and matches its expectations",
    (_id, f) => {
      const ws = sheetOf([f]).getWorksheet(f.expected[0].sheet)!;
      expect(ws).toBeDefined();
      for (const e of f.expected) expect(checkTable(ws, e)).toEqual([]);
    },
  );

  test.each(SEED_FIXTURES.map((f) => [f.id, f] as const))(
    "%s: mistakes and clean cells hold the stated values",
    (_id, f) => {
      const ws = sheetOf([f]).getWorksheet(f.expected[0].sheet)!;
      const inTable = (cell: string) =>
        f.expected.some((e) => inRange(cell, e.headerRange) || inRange(cell, e.dataRange));
      for (const m of f.mistakes) {
        expect({ cell: m.cell, inTable: inTable(m.cell) }).toEqual({ cell: m.cell, inTable: true });
        expect(blank(at(ws, m.cell))).toBe(false);
        if (m.actual !== undefined)
          expect({ cell: m.cell, v: at(ws, m.cell) }).toEqual({ cell: m.cell, v: m.actual });
        if (m.actual !== undefined && m.expected !== undefined) expect(m.actual).not.toBe(m.expected);
        expect(m.note.length).toBeGreaterThan(20);
      }
      for (const c of f.clean ?? [])
        expect({ cell: c.cell, inTable: inTable(c.cell) }).toEqual({ cell: c.cell, inTable: true });
    },
  );

  test("writing at an offset moves everything by the offset", () => {
    for (const f of SEED_FIXTURES) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("x");
      f.write(ws, 12, 5);
      for (const e of f.expected) expect(checkTable(ws, shiftExpected(e, 12, 5))).toEqual([]);
    }
  });
});

describe("seed values are transcribed consistently", () => {
  test("Tabel 2.3.1: every rasio follows from its target and realisasi (Gini by refleksi)", () => {
    const ws = sheetOf([fixture("blitar-2.3.1")]).getWorksheet("T 2.3.1")!;
    let checked = 0;
    for (let r = 7; r <= 38; r++) {
      for (let i = 0; i < 5; i++) {
        const t = val(ws, r, 7 + i);
        const re = val(ws, r, 12 + i);
        const c = val(ws, r, 17 + i);
        if (typeof t !== "number" || typeof re !== "number" || typeof c !== "number" || t === 0) continue;
        const calc = r === 8 ? ((2 * t - re) / t) * 100 : (re / t) * 100;
        expect({ r, i, diff: Math.abs(calc - c) <= 0.011 }).toEqual({ r, i, diff: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(num(ws, "G10")).toBe(19.69);
  });

  test("Tabel 2.3.2 program: each percentage row is its 1.1 / 1.2 rows x 100", () => {
    const ws = sheetOf([fixture("blitar-2.3.2-program")]).getWorksheet("T 2.3.2 Capaian Program")!;
    for (const top of [5, 8, 11, 14]) {
      for (let c = 3; c <= 6; c++) {
        const calc = ((val(ws, top + 1, c) as number) / (val(ws, top + 2, c) as number)) * 100;
        expect(Math.abs(calc - (val(ws, top, c) as number))).toBeLessThan(0.006);
      }
    }
  });

  test("Tabel 2.3.2 budget: ratios, sums and growth agree except at the listed mistakes", () => {
    const f = fixture("blitar-2.3.2-anggaran");
    const ws = sheetOf([f]).getWorksheet("T 2.3.2")!;
    const wrong = (cell: string, rule: string) => f.mistakes.some((m) => m.cell === cell && m.rule === rule);
    const L = "ABCDEFGHIJKLMNOPQR";
    for (let r = 8; r <= 13; r++) {
      for (let i = 0; i < 5; i++) {
        const a = val(ws, r, 2 + i) as number;
        const re = val(ws, r, 7 + i) as number;
        const cell = `${L[11 + i]}${r}`;
        if (a === 0) continue;
        const ok = Math.abs((re / a) * 100 - num(ws, cell)) <= 0.011;
        expect({ cell, ok }).toEqual({ cell, ok: !wrong(cell, "capaian-mismatch") });
      }
      for (const [col, first] of [
        ["Q", 2],
        ["R", 7],
      ] as const) {
        const xs = [0, 1, 2, 3, 4].map((i) => val(ws, r, first + i) as number);
        const g = [1, 2, 3, 4].map((i) => ((xs[i] - xs[i - 1]) / xs[i - 1]) * 100);
        const mean = g.reduce((s, x) => s + x, 0) / 4;
        const cell = `${col}${r}`;
        const ok = Math.abs(mean - num(ws, cell)) <= 0.011;
        expect({ cell, ok }).toEqual({ cell, ok: !wrong(cell, "growth-mismatch") });
      }
    }
    for (let c = 2; c <= 11; c++) {
      const parts = (val(ws, 10, c) as number) + (val(ws, 11, c) as number) + (val(ws, 12, c) as number);
      const cell = `${L[c - 1]}9`;
      expect({ cell, ok: parts === num(ws, cell) }).toEqual({ cell, ok: !wrong(cell, "sum-mismatch") });
      // TOTAL = BTL + BL, except 2017 anggaran (B9 is 22.000.000 short; TOTAL = BTL + parts) and
      // 2021 anggaran (F9 is the transposed figure; TOTAL = TOTAL realisasi)
      const total = num(ws, `${L[c - 1]}13`);
      const btlBl = (val(ws, 8, c) as number) + (val(ws, 9, c) as number);
      expect({ c, ok: total === btlBl }).toEqual({ c, ok: c !== 2 && c !== 6 });
      if (c === 2) expect(total).toBe((val(ws, 8, c) as number) + parts);
      if (c === 6) expect(total).toBe(num(ws, "K13"));
    }
  });

  test("Tabel 6.1: kegiatan Rp = sum of sub kegiatan, program Rp = sum of kegiatan", () => {
    const f = fixture("blitar-6.1");
    const ws = sheetOf([f]).getWorksheet("T 6.1")!;
    const rows = Object.entries(f.expected[0].rows!).map(([r, k]) => [Number(r), k] as const);
    let checked = 0;
    for (const [r, k] of rows) {
      if (k !== "kegiatan" && k !== "program") continue;
      const child = k === "program" ? "kegiatan" : "sub-kegiatan";
      const stop =
        k === "program"
          ? ["program", "indikator", "section"]
          : ["kegiatan", "program", "indikator", "section"];
      for (const col of ["H", "J"]) {
        let sum = 0;
        for (const [r2, k2] of rows.filter(([x]) => x > r)) {
          if (stop.includes(k2)) break;
          if (k2 === child) sum += num(ws, `${col}${r2}`);
        }
        expect({ cell: `${col}${r}`, v: num(ws, `${col}${r}`) }).toEqual({ cell: `${col}${r}`, v: sum });
        checked++;
      }
    }
    expect(checked).toBe(2 * (2 + 7));
  });

  test("Tabel 4.2 / 7.4: kondisi akhir is the last target except at the listed mistakes", () => {
    for (const [id, sheet, last, akhir, rows] of [
      ["blitar-4.2", "T 4.2", "L", "M", [9, 10, 11, 12, 13, 14]],
      ["blitar-7.4", "T 7.4", "H", "I", [6, 7]],
    ] as const) {
      const f = fixture(id);
      const ws = sheetOf([f]).getWorksheet(sheet)!;
      for (const r of rows) {
        const cell = `${akhir}${r}`;
        const wrong = f.mistakes.some((m) => m.cell === cell && m.rule === "kondisi-akhir-mismatch");
        expect({ cell, same: num(ws, cell) === num(ws, `${last}${r}`) }).toEqual({ cell, same: !wrong });
      }
    }
  });

  test("the same indicator carries the same targets in Tabel 4.1, 7.3 and in Tabel 4.2, 7.4", () => {
    const wb = sheetOf([
      fixture("blitar-4.1"),
      fixture("blitar-4.2"),
      fixture("blitar-7.3"),
      fixture("blitar-7.4"),
    ]);
    const t41 = wb.getWorksheet("T 4.1")!;
    const t42 = wb.getWorksheet("T 4.2")!;
    const t73 = wb.getWorksheet("T 7.3")!;
    const t74 = wb.getWorksheet("T 7.4")!;
    expect([num(t73, "F6"), num(t73, "G6")]).toEqual([num(t41, "I11"), num(t41, "K11")]);
    expect([num(t73, "F7"), num(t73, "G7")]).toEqual([num(t41, "I13"), num(t41, "K13")]);
    expect(["F6", "G6", "H6", "I6"].map((a) => num(t74, a))).toEqual(
      ["J12", "K12", "L12", "M12"].map((a) => num(t42, a)),
    );
    expect(["F7", "G7", "H7", "I7"].map((a) => num(t74, a))).toEqual(
      ["J13", "K13", "L13", "M13"].map((a) => num(t42, a)),
    );
    // Tabel 4.2's "2022" column holds the 2022 realisasi of Tabel 4.1, not its targets
    expect(["I9", "I10", "I13"].map((a) => num(t42, a))).toEqual(
      ["J10", "J12", "J13"].map((a) => num(t41, a)),
    );
  });
});

describe("layout variants", () => {
  const vs = variants();

  test("there are five variants with distinct ids", () => {
    expect(vs.map((v) => v.id)).toHaveLength(5);
    expect(new Set(vs.map((v) => v.id)).size).toBe(5);
  });

  test.each(vs.map((v) => [v.id, v] as const))("%s matches its expectations", (_id, v) => {
    for (const e of v.expected) {
      const ws = v.workbook.getWorksheet(e.sheet);
      expect(ws).toBeDefined();
      expect(checkTable(ws!, e)).toEqual([]);
    }
  });

  test("page-break variant: one table whose body contains the repeated header rows", () => {
    const v = vs.find((x) => x.id === "blitar-2.3.1-page-breaks")!;
    expect(v.expected).toHaveLength(1);
    const e = v.expected[0];
    expect(e.dataRange).toBe("A7:U44");
    expect(e.repeatedHeaderRows).toEqual([18, 19, 20, 39, 40, 41]);
    const ws = v.workbook.getWorksheet(e.sheet)!;
    expect(val(ws, 18, 1)).toBe("N0");
    expect(val(ws, 19, 7)).toBe(2017);
    expect(val(ws, 20, 21)).toBe(20);
    expect(val(ws, 13, 9)).toBe(10); // fakir miskin target 2019 stays before the break
    expect(val(ws, 13 + 0, 2)).toBe("Persentase Fakir Miskin yang mandiri (IKU)");
    expect(e.rows![21]).toBe("indikator"); // SPM no. 4 moved from row 18 to 21
  });

  test("offset variant starts at D30", () => {
    const v = vs.find((x) => x.id === "blitar-2.3.2-at-D30")!;
    const ws = v.workbook.getWorksheet(v.expected[0].sheet)!;
    expect(val(ws, 30, 4)).toBe("Tabel 2.3.2");
    expect(v.expected[0].headerRange).toBe("D33:U35");
    expect(val(ws, 38, 18)).toBe(90.16); // O9 moved to R38
  });

  test("two-tables variant has two tables separated by blank rows", () => {
    const v = vs.find((x) => x.id === "blitar-7.3-7.4-one-sheet")!;
    expect(v.expected.map((e) => [e.headerRange, e.dataRange])).toEqual([
      ["A4:G5", "A6:G7"],
      ["A14:I15", "A16:I17"],
    ]);
  });

  test("blank-columns variant keeps the spacer column out of the columns", () => {
    const v = vs.find((x) => x.id === "blitar-7.4-blank-columns")!;
    expect(v.expected[0].headerRange).toBe("B4:K5");
    expect(Object.keys(v.expected[0].columns)).toEqual(["B", "C", "E", "F", "G", "H", "I", "J", "K"]);
  });
});

describe("round trip through .xlsx", () => {
  async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    return back;
  }

  function same(a: ExcelJS.Workbook, b: ExcelJS.Workbook): void {
    for (const ws of a.worksheets) {
      const ws2 = b.getWorksheet(ws.name);
      expect(ws2).toBeDefined();
      const m1 = [...(ws.model.merges ?? [])].sort();
      const m2 = [...(ws2!.model.merges ?? [])].sort();
      expect({ sheet: ws.name, merges: m2 }).toEqual({ sheet: ws.name, merges: m1 });
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const c2 = ws2!.getCell(r, c);
          expect({ at: `${ws.name}!${cell.address}`, v: c2.value, f: c2.numFmt }).toEqual({
            at: `${ws.name}!${cell.address}`,
            v: cell.value,
            f: cell.numFmt,
          });
        });
      });
    }
  }

  test("all fixtures in one workbook", async () => {
    const wb = workbook(SEED_FIXTURES);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(SEED_FIXTURES.map((f) => f.expected[0].sheet));
    same(wb, back);
    const t232 = back.getWorksheet("T 2.3.2")!;
    expect(t232.getCell("O9").value).toBe(90.16);
    expect(t232.getCell("O9").numFmt).toBe("0.00");
    expect(t232.getCell("B9").numFmt).toBe("#,##0");
    expect(t232.getCell("A5").isMerged).toBe(true);
    expect(t232.getCell("C4").isMerged).toBe(true);
    for (const f of SEED_FIXTURES)
      for (const e of f.expected) expect(checkTable(back.getWorksheet(e.sheet)!, e)).toEqual([]);
  });

  test("variants", async () => {
    for (const v of variants()) {
      const back = await roundTrip(v.workbook);
      same(v.workbook, back);
      for (const e of v.expected) expect(checkTable(back.getWorksheet(e.sheet)!, e)).toEqual([]);
    }
  });
});
