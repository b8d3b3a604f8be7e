// The thirty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.81 has no Renstra columns, the PK's triwulan targets stand beside a Renstra
// extract on another sheet, and the BOS / DAK recap holds two tables on one sheet.
import type ExcelJS from "exceljs";
import type { BookW } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { colNumber } from "../fixtures/util";
import { buildForms } from "../forms/build";
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
import { buildBlind35 } from "./build";

soundnessSuite("the thirty-fifth set of unseen standard-form workbooks", buildBlind35, {
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
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const heads = (wb: ExcelJS.Workbook, t: ReturnType<BookW["tables"][number]["expected"]>) => {
      const get = getter(wb);
      const out: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) out.push(String(v));
        }
      return out;
    };

    it("leaves the Renstra columns out of the E.81", () => {
      const { book: b, wb } = book("e81-evaluasi-renja-");
      const [t] = b.expected().tables;
      const h = heads(wb, t).join(" | ");
      expect(h).toContain("Realisasi Kinerja pada Triwulan");
      expect(h).toContain("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)");
      expect(h).not.toMatch(/Renstra/);
    });

    it("puts the PK's triwulan targets and the Renstra extract on two sheets", () => {
      const { book: b } = book("pk-kabid-");
      const sheets = b.expected().tables.map((t) => t.sheet);
      expect(new Set(sheets).size).toBe(2);
    });

    it("holds the BOS and the DAK tables on one sheet, one under the other", () => {
      const { book: b } = book("rekap-bos-dakfisik-");
      const [a, d] = b.expected().tables;
      expect(a.sheet).toBe(d.sheet);
      expect(d.header[0]).toBeGreaterThan(a.lastDataRow + 1);
    });
  },
});
