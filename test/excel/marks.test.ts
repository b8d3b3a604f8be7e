import type { Finding } from "../../src/core/report";
import { capabilities } from "../../src/excel/capabilities";
import { MARK_FORMULA, NOTE_PREFIX, hapusTanda, tandai } from "../../src/excel/marks";
import { cellsFromRows, fakeExcel, roundTrips, snapshot } from "./fake";
import type { CellSpec } from "./fake";

const finding = (sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding => ({
  rule: "capaian-mismatch",
  severity,
  sheet,
  cell,
  message: `Pesan untuk ${cell}`,
});

const tabel = () =>
  fakeExcel({
    sheets: [
      {
        name: "T 2.3.2",
        cells: {
          ...cellsFromRows([
            ["Uraian", "Anggaran 2020", "Realisasi 2020", "Rasio 2020"],
            ["Belanja Langsung", 21434854461, 21014747235, 90.16],
          ]),
          D2: { value: 90.16, numberFormat: "0.00", fill: "#FFFF00" },
        },
        notes: [{ address: "C2", content: "Sumber: BPKAD" }],
      },
      { name: "Lain", cells: { A1: "x" } },
    ],
  });

describe("Tandai", () => {
  it("marks every finding with an owned conditional format and a note, in three round trips", async () => {
    const wb = tabel();
    const { result, syncs } = await roundTrips(wb, (ctx) =>
      tandai(
        ctx,
        [finding("T 2.3.2", "D2"), finding("T 2.3.2", "D2", "warning"), finding("T 2.3.2", "C2", "warning")],
        capabilities(),
      ),
    );
    expect(syncs).toBe(3); // two reads and one write, whatever the number of findings
    expect(result).toEqual({ marked: 2, notes: 1, removed: 0 });
    const sheet = wb.sheets[0];
    expect(sheet.cfs.map((c) => [c.formula, c.fill])).toEqual([
      [MARK_FORMULA, "#F4B6B6"], // the worst finding of the cell decides the colour
      [MARK_FORMULA, "#FFD98A"],
    ]);
    // the user's own note on C2 is kept; D2 gets ours with both messages
    expect(sheet.notes.map((n) => n.content)).toEqual([
      "Sumber: BPKAD",
      `${NOTE_PREFIX}Pesan untuk D2\nPesan untuk D2`,
    ]);
  });

  it("gives each mark the range of its one cell, so no other cell changes colour", async () => {
    const wb = tabel();
    await Excel.run((ctx) =>
      tandai(ctx, [finding("T 2.3.2", "D2"), finding("T 2.3.2", "B2", "info")], capabilities()),
    );
    const cfs = wb.sheets[0].cfs as unknown as Array<{
      address: { r1: number; r2: number; c1: number; c2: number };
    }>;
    expect(cfs.map((c) => c.address)).toEqual([
      { r1: 2, r2: 2, c1: 4, c2: 4 },
      { r1: 2, r2: 2, c1: 2, c2: 2 },
    ]);
  });

  it("replaces its earlier marks instead of piling them up", async () => {
    const wb = tabel();
    await Excel.run((ctx) => tandai(ctx, [finding("T 2.3.2", "D2")], capabilities()));
    const { result } = await roundTrips(wb, (ctx) => tandai(ctx, [finding("T 2.3.2", "B2")], capabilities()));
    expect(result.removed).toBe(1);
    expect(wb.sheets[0].cfs).toHaveLength(1);
    expect(wb.sheets[0].notes.filter((n) => n.content.startsWith(NOTE_PREFIX))).toHaveLength(1);
  });

  it("refuses a protected sheet and changes nothing", async () => {
    const wb = tabel();
    wb.sheets[0].protected = true;
    const before = snapshot(wb);
    await expect(
      Excel.run((ctx) => tandai(ctx, [finding("T 2.3.2", "D2")], capabilities())),
    ).rejects.toMatchObject({
      kind: "protected",
      pesan: { id: expect.stringMatching(/Lembar dilindungi: T 2\.3\.2/) },
    });
    expect(snapshot(wb)).toBe(before);
  });

  it("says what is needed when Excel has no conditional formats API, and marks nothing", async () => {
    const wb = fakeExcel({ sheets: [{ name: "S", cells: { A1: 1 } }], supported: { ExcelApi: "1.5" } });
    const before = snapshot(wb);
    await expect(Excel.run((ctx) => tandai(ctx, [finding("S", "A1")], capabilities()))).rejects.toMatchObject(
      { kind: "unsupported" },
    );
    expect(snapshot(wb)).toBe(before);
  });

  it("marks without notes where notes are not available (before ExcelApi 1.18)", async () => {
    const wb = fakeExcel({ sheets: [{ name: "S", cells: { A1: 1 } }], supported: { ExcelApi: "1.12" } });
    const { result } = await roundTrips(wb, (ctx) => tandai(ctx, [finding("S", "A1")], capabilities()));
    expect(result).toEqual({ marked: 1, notes: 0, removed: 0 });
  });
});

describe("Hapus tanda", () => {
  it("removes every mark and our notes, including leftovers of an earlier session", async () => {
    const wb = tabel();
    await Excel.run((ctx) => tandai(ctx, [finding("T 2.3.2", "D2"), finding("Lain", "A1")], capabilities()));
    // a new session: nothing remembered, the marks are found by their marker
    const { result, syncs } = await roundTrips(wb, (ctx) => hapusTanda(ctx, capabilities()));
    expect(result.removed).toBe(2);
    expect(syncs).toBe(4); // list the sheets, two reads, one write
    expect(wb.sheets.flatMap((s) => s.cfs)).toEqual([]);
    expect(wb.sheets[0].notes.map((n) => n.content)).toEqual(["Sumber: BPKAD"]);
  });

  it("leaves a user's own conditional formats alone", async () => {
    const wb = tabel();
    wb.sheets[0].cfs.push({
      formula: "=D2<100",
      fill: "#00FF00",
      type: "Custom",
      address: { r1: 2, c1: 4, r2: 2, c2: 4 },
    } as never);
    await Excel.run((ctx) => tandai(ctx, [finding("T 2.3.2", "D2")], capabilities()));
    await Excel.run((ctx) => hapusTanda(ctx, capabilities()));
    expect(wb.sheets[0].cfs.map((c) => c.formula)).toEqual(["=D2<100"]);
  });
});

// A small deterministic generator: the same sheets on every run.
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("Tandai then Hapus tanda leaves every cell as it was (property)", () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))("random workbook %i", async (seed) => {
    const rnd = random(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const sheets = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => {
      const cells: Record<string, CellSpec> = {};
      const notes: Array<{ address: string; content: string }> = [];
      for (let n = 0; n < 30; n++) {
        const a1 = `${pick(["A", "B", "C", "D", "E", "F"])}${1 + Math.floor(rnd() * 12)}`;
        cells[a1] = pick<CellSpec>([
          Math.round(rnd() * 1e6) / 100,
          "teks",
          "11.653",
          { value: 5, formula: "A1*2", numberFormat: "0.00" },
          { value: 0.5, numberFormat: "0%", fill: "#DDEEFF" },
          true,
        ]);
        if (rnd() < 0.1) notes.push({ address: a1, content: "catatan pengguna" });
      }
      return {
        name: `Lembar ${k + 1}`,
        cells,
        notes: notes.filter((n, i) => notes.findIndex((m) => m.address === n.address) === i),
      };
    });
    const wb = fakeExcel({ sheets, supported: { ExcelApi: pick(["1.6", "1.13", "1.18"]) } });
    const before = snapshot(wb);
    const findings = sheets.flatMap((s) =>
      Object.keys(s.cells)
        .filter(() => rnd() < 0.4)
        .map((cell) => finding(s.name, cell, pick<Finding["severity"]>(["error", "warning", "info"]))),
    );
    await Excel.run((ctx) => tandai(ctx, findings, capabilities()));
    if (findings.length) expect(snapshot(wb)).not.toBe(before);
    await Excel.run((ctx) => hapusTanda(ctx, capabilities()));
    expect(snapshot(wb)).toBe(before);
  });
});
