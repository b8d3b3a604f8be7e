// The nineteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the E.80 states its thousands and its JUMLAH adds
// the bidang subtotals only; the T-C.27's kegiatan carry the provincial digit 1; the PK links three
// targets to its Renstra sheet and types two; the SPM's IFERROR cells (written past the kit's
// evaluator) cache what they give, and its JUMLAH capaian is the ratio of the totals.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind19 } from "./build";
import { evalIferror } from "./common";
import { colNumber } from "../fixtures/util";

soundnessSuite("the nineteenth set of unseen standard-form workbooks", buildBlind19, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind19"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value;
      return v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : null;
    };
    const texts = (wb: ExcelJS.Workbook, sheet: string): string[] => {
      const out: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") out.push(cell.value);
        }),
      );
      return out;
    };

    it("states the E.80's thousands and adds only the bidang subtotals in its JUMLAH", () => {
      const { book: b, wb } = book("e80-");
      const [t] = b.expected().tables;
      expect(texts(wb, t.sheet)).toContain("(dalam ribuan rupiah)");
      const get = getter(wb);
      const kode = colNumber("B");
      const bidang: number[] = [];
      let jml = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const k = get(t.sheet, r, kode);
        if (typeof k === "string" && /^\d\.\d\d$/.test(k)) bidang.push(r);
        if (get(t.sheet, r, colNumber("C")) === "JUMLAH") jml = r;
      }
      expect(bidang).toHaveLength(3);
      const f = formula(wb, t.sheet, `G${jml}`)!;
      expect(f.split("+").map((x) => Number(x.slice(1)))).toEqual(bidang);
    });

    it("codes the T-C.27's kegiatan with the provincial digit 1", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const codes: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const k = get(t.sheet, r, colNumber("B"));
        if (typeof k === "string" && k.split(".").length >= 5) codes.push(k);
      }
      expect(codes.length).toBe(8);
      for (const k of codes) expect([k, k.split(".")[3]]).toEqual([k, "1"]);
    });

    it("links three PK targets to the Renstra sheet and types two", () => {
      const { book: b, wb } = book("pk-kadis-");
      const t = b
        .expected()
        .tables.find((x) => x.sheet === "PK 2025" && Object.values(x.columns).includes("sasaran"))!;
      let linked = 0;
      let typed = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const f = formula(wb, t.sheet, `E${r}`);
        if (f) {
          expect(f.startsWith("'Target Renstra'!")).toBe(true);
          linked++;
        } else typed++;
      }
      expect([linked, typed]).toEqual([3, 2]);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["PK 2025", "Target Renstra"]);
    });

    it("caches the SPM's IFERROR results and takes its JUMLAH capaian from the totals", () => {
      const { book: b, wb } = book("spm-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const cell = `J${r}`;
        const f = formula(wb, t.sheet, cell);
        expect(f && f.startsWith("IFERROR(")).toBe(true);
        expect(
          Math.abs(Number(get(t.sheet, r, colNumber("J"))) - Number(evalIferror(f!, t.sheet, get))),
        ).toBeLessThan(1e-9);
        n++;
      }
      expect(n).toBe(6);
      const last = t.lastDataRow;
      expect(formula(wb, t.sheet, `G${last}`)).toBe(`ROUND(E${last}/D${last}*100,2)`);
      expect(nonBlank(get(t.sheet, last, 1))).toBe(true);
    });
  },
});
