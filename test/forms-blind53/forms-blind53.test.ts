// The fifty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.81 at triwulan III takes TW III for its level programme row, the LRA total adds
// its three kelompok, and the cumulative rencana aksi ends its TW-IV at the annual target.
import type ExcelJS from "exceljs";
import { buildForms } from "../forms/build";
import { soundnessSuite } from "../forms/soundness";
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
import { buildBlind43 } from "../forms-blind43/build";
import { buildBlind44 } from "../forms-blind44/build";
import { buildBlind45 } from "../forms-blind45/build";
import { buildBlind46 } from "../forms-blind46/build";
import { buildBlind47 } from "../forms-blind47/build";
import { buildBlind48 } from "../forms-blind48/build";
import { buildBlind49 } from "../forms-blind49/build";
import { buildBlind50 } from "../forms-blind50/build";
import { buildBlind51 } from "../forms-blind51/build";
import { buildBlind52 } from "../forms-blind52/build";
import { buildBlind53 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-third set of unseen standard-form workbooks", buildBlind53, {
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
    ...buildBlind43(),
    ...buildBlind44(),
    ...buildBlind45(),
    ...buildBlind46(),
    ...buildBlind47(),
    ...buildBlind48(),
    ...buildBlind49(),
    ...buildBlind50(),
    ...buildBlind51(),
    ...buildBlind52(),
  ],
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("takes TW III as the s.d. TW III K of the level programme row of the E.81", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-triwulan-iii-");
      const [t] = b.expected().tables;
      const sk = colNumber(t.firstCol) + 12;
      expect(formulaAt(wb, t.sheet, t.firstDataRow, sk)).toMatch(/^K\d+$/);
      expect(formulaAt(wb, t.sheet, t.firstDataRow + 2, sk)).toMatch(/^SUM\(/);
    });

    it("adds the three kelompok for BELANJA DAERAH of the LRA, not every row under it", () => {
      const { book: b, wb } = book("lra-belanja-2024-");
      const [t] = b.expected().tables;
      const f = formulaAt(wb, t.sheet, t.firstDataRow, colNumber(t.firstCol) + 3);
      expect(f.split("+")).toHaveLength(3);
    });

    it("ends the cumulative rencana aksi at the annual target in TW-IV", () => {
      const { book: b, wb } = book("rencana-aksi-pk-2025-");
      const t = b.expected().tables.find((x) => x.sheet === "Rencana Aksi 2025")!;
      const ws = wb.getWorksheet(t.sheet)!;
      const c = colNumber(t.firstCol);
      expect(ws.getCell(t.firstDataRow, c + 4).value).toBe(ws.getCell(t.firstDataRow, c + 8).value);
    });
  },
});
