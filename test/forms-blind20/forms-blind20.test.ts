// The twentieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the RSUD's two tables stand side by side with one
// empty column between them, the Kecamatan's kelurahan rows carry no code but a pagu of their own,
// the E.81's yearly K points at Triwulan IV exactly for the levels, and the PK 2025 targets are the
// Renstra's 2025 targets but one.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind20 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twentieth set of unseen standard-form workbooks", buildBlind20, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind20"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("stands the RSUD's pendapatan and belanja side by side with one empty column between", () => {
      const { book: b, wb } = book("lra-blud-sisi-");
      const [l, r] = b.expected().tables;
      expect(l.sheet).toBe(r.sheet);
      expect(l.header).toEqual(r.header);
      expect(colNumber(r.firstCol)).toBe(colNumber(l.lastCol) + 2);
      const get = getter(wb);
      const gap = colNumber(l.lastCol) + 1;
      for (let row = l.header[0]; row <= Math.max(l.lastDataRow, r.lastDataRow); row++)
        expect([row, nonBlank(get(l.sheet, row, gap))]).toEqual([row, false]);
    });

    it("gives the Kecamatan's kelurahan rows no code but a pagu of their own, summed by their sub kegiatan", () => {
      const { book: b, wb } = book("renja-kelurahan-wanasigra-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kode = colNumber(t.firstCol) + 1;
      const pagu = colNumber(t.firstCol) + 7;
      const kel: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const lok = String(ws.getCell(r, kode + 5).value ?? "");
        if (lok.startsWith("Kel. ")) {
          expect(ws.getCell(r, kode).value).toBeNull();
          expect(typeof ws.getCell(r, pagu).value).toBe("number");
          kel.push(r);
        }
      }
      expect(kel.length).toBe(4);
      const sub = ws.getCell(kel[0] - 1, pagu).value as ExcelJS.CellFormulaValue;
      expect(sub.formula).toMatch(/^SUM\(/);
    });

    it("points the E.81's yearly K at Triwulan IV for the levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-produksi-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sat = String(ws.getCell(r, c0 + 4).value);
        const y = ws.getCell(r, c0 + 15).value;
        if (typeof y === "object" && y && "formula" in y) {
          const level = sat === "ku/ha" || sat === "%";
          kinds.add(level ? "level" : "flow");
          expect([r, (y as ExcelJS.CellFormulaValue).formula.includes("+")]).toEqual([r, !level]);
        }
      }
      expect(kinds).toEqual(new Set(["level", "flow"]));
    });

    it("copies the Renstra's 2025 targets into the PK 2025 but one", () => {
      const { book: b, wb } = book("renstra-baseline-");
      const [ren, pk] = b.expected().tables;
      const get = getter(wb);
      const target2025 = new Map<string, unknown>();
      const yc = Object.entries(ren.columns).find(([, v]) => Array.isArray(v) && v[1] === 2025)![0];
      for (let r = ren.firstDataRow; r <= ren.lastDataRow; r++)
        target2025.set(
          String(get(ren.sheet, r, colNumber(ren.firstCol) + 2)),
          get(ren.sheet, r, colNumber(yc)),
        );
      let differ = 0;
      for (let r = pk.firstDataRow; r <= pk.lastDataRow; r++) {
        const ind = String(get(pk.sheet, r, colNumber(pk.firstCol) + 2));
        expect(target2025.has(ind)).toBe(true);
        if (target2025.get(ind) !== get(pk.sheet, r, colNumber(pk.firstCol) + 3)) differ++;
      }
      expect(differ).toBe(1);
    });
  },
});
