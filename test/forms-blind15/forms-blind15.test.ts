// The seventeenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: every IFERROR formula (written beside the kit's
// writer, whose evaluator does not know IFERROR) caches the result of its first argument; the
// row-wise sheet has no column roles and its Target / Realisasi / Capaian (%) blocks; the Rencana
// Aksi adds the quarters of a flow and ends a level at its Triwulan IV value; the Renstra's second
// table stands under the first with ordinal year headers; the three-year comparison states the
// rasio convention its lower-is-better capaian follow.
import type ExcelJS from "exceljs";
import { evaluate } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind15 } from "./build";
import { ifErrorInner } from "./common";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventeenth set of unseen standard-form workbooks", buildBlind15, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind15"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const texts = (wb: ExcelJS.Workbook, sheet: string): string[] => {
      const out: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = getter(wb)(sheet, Number(cell.row), Number(cell.col));
          if (typeof v === "string") out.push(v);
        }),
      );
      return out;
    };

    it("caches the first argument's result in every IFERROR formula", () => {
      let n = 0;
      const problems: string[] = [];
      for (const { book: b, wb } of loaded())
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as ExcelJS.CellFormulaValue;
              if (!v || typeof v !== "object" || !("formula" in v)) return;
              const inner = ifErrorInner(v.formula);
              if (!inner) return;
              n++;
              const fresh = evaluate(inner, ws.name, getter(wb));
              if (typeof fresh !== "number" || Math.abs(fresh - Number(v.result)) > 1e-6)
                problems.push(
                  `${b.file} ${ws.name}!${cell.address}: ${v.formula} cached ${v.result}, gives ${fresh}`,
                );
            }),
          ),
        );
      expect(problems).toEqual([]);
      expect(n).toBe(8);
    });

    it("gives the row-wise sheet no column roles, and a Target / Realisasi / Capaian (%) block per indicator", () => {
      const { book: b, wb } = book("uraian-pad-");
      const t = b.expected().tables.find((x) => x.sheet === "Capaian 2022-2024")!;
      expect(t.columns).toEqual({});
      const u = colNumber(t.firstCol) + 3;
      const get = getter(wb);
      const labels: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = get(t.sheet, r, u);
        // a sasaran row is merged across from the indicator column
        if (nonBlank(v) && !String(v).startsWith("Sasaran")) labels.push(String(v));
      }
      expect(labels.length).toBe(15);
      for (let i = 0; i < labels.length; i += 3)
        expect(labels.slice(i, i + 3)).toEqual(["Target", "Realisasi", "Capaian (%)"]);
    });

    it("adds the quarters of a flow and ends a level at Triwulan IV in the Rencana Aksi", () => {
      const { book: b, wb } = book("pk-rencanaaksi-");
      const t = b.expected().tables.find((x) => x.sheet === "Rencana Aksi 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const kinds = new Map<string, number>();
      const off: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const year = get(t.sheet, r, c0 + 3) as number;
        const q = [4, 5, 6, 7].map((k) => get(t.sheet, r, c0 + k));
        const ket = String(get(t.sheet, r, c0 + 8));
        kinds.set(ket, (kinds.get(ket) ?? 0) + 1);
        const ok = ket.startsWith("Jumlah")
          ? (q as number[]).reduce((x, y) => x + y, 0) === year
          : q[3] === year;
        if (!ok) off.push(String(get(t.sheet, r, c0 + 1)));
      }
      expect(off).toEqual(["Produksi perikanan budidaya"]);
      expect([...kinds.values()].sort()).toEqual([1, 3, 4]);
    });

    it("stands the Renstra's Tabel 4.2 under Tabel 4.1 on one sheet, its years only in the caption", () => {
      const { book: b, wb } = book("renstra-duatabel-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
      const get = getter(wb);
      const head = (t: typeof t1) => {
        const out: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          for (let r = t.header[0]; r <= t.header[1]; r++) {
            const v = get(t.sheet, r, c);
            if (nonBlank(v)) out.push(String(v));
          }
        return out;
      };
      expect(head(t1)).toContain("2027");
      expect(head(t2).filter((x) => /20(2[5-9])/.test(x))).toEqual([]);
      expect(head(t2)).toContain("Th. 3");
      expect(texts(wb, t2.sheet).some((x) => x.startsWith("Tabel 4.2") && x.includes("2025 - 2029"))).toBe(
        true,
      );
    });

    it("states the rasio convention that the three-year comparison's lower-is-better capaian follow", () => {
      const { wb } = book("lkjip-tigatahun-");
      expect(texts(wb, "Tabel 3.3").some((x) => x.includes("Target / Realisasi x 100%"))).toBe(true);
    });
  },
});
