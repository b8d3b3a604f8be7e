// The forty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP's Turun rows use the refleksi except the one planted, and a flow indicator
// stays far below 100 at Triwulan III; the KIR report's average row stands under its Jumlah row; the
// T-C.30 program rows add only their kegiatan rows.
import { buildForms } from "../forms/build";
import { getter, soundnessSuite } from "../forms/soundness";
import { buildUnseen } from "../forms-unseen/build";
import { buildBlind } from "../forms-blind/build";
import { buildBlind2 } from "../forms-blind2/build";
import { buildBlind3 } from "../forms-blind3/build";
import { buildBlind4 } from "../forms-blind4/build";
import { buildBlind5 } from "../forms-blind5/build";
import { buildBlind6 } from "../forms-blind6/build";
import { buildBlind7 } from "../forms-blind7/build";
import { buildBlind8 } from "../forms-blind8/build";
import { buildBlind9 } from "../forms-blind9/build";
import { buildBlind10 } from "../forms-blind10/build";
import { buildBlind11 } from "../forms-blind11/build";
import { buildBlind12 } from "../forms-blind12/build";
import { buildBlind13 } from "../forms-blind13/build";
import { buildBlind14 } from "../forms-blind14/build";
import { buildBlind15 } from "../forms-blind15/build";
import { buildBlind16 } from "../forms-blind16/build";
import { buildBlind17 } from "../forms-blind17/build";
import { buildBlind18 } from "../forms-blind18/build";
import { buildBlind19 } from "../forms-blind19/build";
import { buildBlind20 } from "../forms-blind20/build";
import { buildBlind21 } from "../forms-blind21/build";
import { buildBlind22 } from "../forms-blind22/build";
import { buildBlind23 } from "../forms-blind23/build";
import { buildBlind24 } from "../forms-blind24/build";
import { buildBlind25 } from "../forms-blind25/build";
import { buildBlind26 } from "../forms-blind26/build";
import { buildBlind27 } from "../forms-blind27/build";
import { buildBlind28 } from "../forms-blind28/build";
import { buildBlind29 } from "../forms-blind29/build";
import { buildBlind30 } from "../forms-blind30/build";
import { buildBlind31 } from "../forms-blind31/build";
import { buildBlind32 } from "../forms-blind32/build";
import { buildBlind33 } from "../forms-blind33/build";
import { buildBlind34 } from "../forms-blind34/build";
import { buildBlind35 } from "../forms-blind35/build";
import { buildBlind36 } from "../forms-blind36/build";
import { buildBlind37 } from "../forms-blind37/build";
import { buildBlind38 } from "../forms-blind38/build";
import { buildBlind39 } from "../forms-blind39/build";
import { buildBlind40 } from "../forms-blind40/build";
import { buildBlind41 } from "../forms-blind41/build";
import { buildBlind42 } from "../forms-blind42/build";
import { buildBlind43 } from "./build";
import { colNumber } from "../fixtures/util";
import type ExcelJS from "exceljs";

soundnessSuite("the forty-third set of unseen standard-form workbooks", buildBlind43, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => [
    ...buildForms(),
    ...buildUnseen(),
    ...buildBlind(),
    ...buildBlind2(),
    ...buildBlind3(),
    ...buildBlind4(),
    ...buildBlind5(),
    ...buildBlind6(),
    ...buildBlind7(),
    ...buildBlind8(),
    ...buildBlind9(),
    ...buildBlind10(),
    ...buildBlind11(),
    ...buildBlind12(),
    ...buildBlind13(),
    ...buildBlind14(),
    ...buildBlind15(),
    ...buildBlind16(),
    ...buildBlind17(),
    ...buildBlind18(),
    ...buildBlind19(),
    ...buildBlind20(),
    ...buildBlind21(),
    ...buildBlind22(),
    ...buildBlind23(),
    ...buildBlind24(),
    ...buildBlind25(),
    ...buildBlind26(),
    ...buildBlind27(),
    ...buildBlind28(),
    ...buildBlind29(),
    ...buildBlind30(),
    ...buildBlind31(),
    ...buildBlind32(),
    ...buildBlind33(),
    ...buildBlind34(),
    ...buildBlind35(),
    ...buildBlind36(),
    ...buildBlind37(),
    ...buildBlind38(),
    ...buildBlind39(),
    ...buildBlind40(),
    ...buildBlind41(),
    ...buildBlind42(),
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue | number;
      return typeof v === "object" && v && "formula" in v ? v.formula : String(v);
    };

    it("uses the refleksi on the LKjIP's Turun rows except the planted one", () => {
      const { book: b, wb } = book("capaian-kinerja-sd-tw3-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const seen: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const arah = String(get(t.sheet, r, c0 + 5));
        const f = formula(wb, t.sheet, r, c0 + 8);
        seen.push(`${arah}:${f.startsWith("ROUND((2*")}`);
        if (arah === "Naik") expect([r, f.startsWith("ROUND((2*")]).toEqual([r, false]);
      }
      expect(seen.filter((x) => x === "Turun:true").length).toBe(1);
      expect(seen.filter((x) => x === "Turun:false").length).toBe(1);
      const low = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const c = get(t.sheet, r, c0 + 8);
        if (typeof c === "number" && c < 60) low.push(r);
      }
      expect(low.length).toBe(1);
    });

    it("stands the KIR report's average row under its Jumlah row", () => {
      const { book: b, wb } = book("rekap-uji-kir-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      expect(get(t.sheet, t.lastDataRow - 1, c0)).toBe("Jumlah");
      expect(get(t.sheet, t.lastDataRow, c0)).toBe("Rata-rata per Bulan");
      expect(formula(wb, t.sheet, t.lastDataRow, c0 + 3)).toMatch(/^ROUND\(AVERAGE\(/);
    });

    it("adds only the kegiatan rows in the T-C.30 program rows", () => {
      const { book: b, wb } = book("tc30-review-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let programs = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const kode = String(get(t.sheet, r, c0 + 1));
        if (kode.split(".").length !== 3) continue;
        programs++;
        const f = formula(wb, t.sheet, r, c0 + 7);
        expect([kode, f.includes("SUM(")]).toEqual([kode, false]);
        for (const ref of f.split("+")) {
          const row = Number(/\d+$/.exec(ref)![0]);
          expect(String(get(t.sheet, row, c0 + 1)).split(".").length).toBe(5);
        }
      }
      expect(programs).toBe(2);
    });
  },
});
