// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and no kecamatan has more
// proposals accommodated than it sent.
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
import { buildBlind53 } from "../forms-blind53/build";
import { buildBlind54 } from "../forms-blind54/build";
import { buildBlind55 } from "../forms-blind55/build";
import { buildBlind56 } from "../forms-blind56/build";
import { buildBlind57 } from "../forms-blind57/build";
import { buildBlind58 } from "../forms-blind58/build";
import { buildBlind59 } from "../forms-blind59/build";
import { buildBlind60 } from "../forms-blind60/build";
import { buildBlind61 } from "../forms-blind61/build";
import { buildBlind62 } from "../forms-blind62/build";
import { buildBlind63 } from "../forms-blind63/build";
import { buildBlind64 } from "../forms-blind64/build";
import { buildBlind65 } from "../forms-blind65/build";
import { buildBlind66 } from "../forms-blind66/build";
import { buildBlind67 } from "../forms-blind67/build";
import { buildBlind68 } from "../forms-blind68/build";
import { buildBlind69 } from "../forms-blind69/build";
import { buildBlind70 } from "../forms-blind70/build";
import { buildBlind71 } from "../forms-blind71/build";
import { buildBlind72 } from "../forms-blind72/build";
import { buildBlind73 } from "../forms-blind73/build";
import { buildBlind74 } from "../forms-blind74/build";
import { buildBlind75 } from "../forms-blind75/build";
import { buildBlind76 } from "../forms-blind76/build";
import { buildBlind77 } from "../forms-blind77/build";
import { buildBlind78 } from "../forms-blind78/build";
import { buildBlind79 } from "../forms-blind79/build";
import { buildBlind80 } from "../forms-blind80/build";
import { buildBlind84 } from "../forms-blind84/build";
import { buildBlind85 } from "../forms-blind85/build";
import { buildBlind86 } from "../forms-blind86/build";
import { buildBlind87 } from "../forms-blind87/build";
import { buildBlind88 } from "../forms-blind88/build";
import { buildBlind89 } from "../forms-blind89/build";
import { buildBlind90 } from "../forms-blind90/build";
import { buildBlind91 } from "../forms-blind91/build";
import { buildBlind92 } from "../forms-blind92/build";
import { buildBlind93 } from "../forms-blind93/build";
import { buildBlind94 } from "../forms-blind94/build";
import { buildBlind95 } from "../forms-blind95/build";
import { buildBlind96 } from "../forms-blind96/build";
import { buildBlind97 } from "../forms-blind97/build";
import { buildBlind98 } from "../forms-blind98/build";
import { buildBlind99 } from "../forms-blind99/build";
import { buildBlind100 } from "../forms-blind100/build";
import { buildBlind101 } from "../forms-blind101/build";
import { buildBlind102 } from "../forms-blind102/build";
import { buildBlind103 } from "../forms-blind103/build";
import { buildBlind104 } from "../forms-blind104/build";
import { buildBlind105 } from "../forms-blind105/build";
import { buildBlind106 } from "../forms-blind106/build";
import { buildBlind107 } from "../forms-blind107/build";
import { buildBlind108 } from "../forms-blind108/build";
import { buildBlind109 } from "../forms-blind109/build";
import { buildBlind110 } from "../forms-blind110/build";
import { buildBlind111 } from "../forms-blind111/build";
import { buildBlind112 } from "../forms-blind112/build";
import { buildBlind113 } from "../forms-blind113/build";
import { buildBlind114 } from "../forms-blind114/build";
import { buildBlind115 } from "../forms-blind115/build";
import { buildBlind116 } from "../forms-blind116/build";
import { buildBlind117 } from "../forms-blind117/build";
import { buildBlind118 } from "../forms-blind118/build";
import { buildBlind119 } from "../forms-blind119/build";
import { buildBlind120 } from "../forms-blind120/build";
import { buildBlind121 } from "../forms-blind121/build";
import { buildBlind122 } from "../forms-blind122/build";
import { buildBlind123 } from "../forms-blind123/build";
import { buildBlind124 } from "../forms-blind124/build";
import { buildBlind125 } from "../forms-blind125/build";
import { buildBlind126 } from "../forms-blind126/build";
import { buildBlind127 } from "../forms-blind127/build";
import { buildBlind128 } from "../forms-blind128/build";
import { buildBlind129 } from "../forms-blind129/build";
import { buildBlind130 } from "../forms-blind130/build";
import { buildBlind131 } from "../forms-blind131/build";
import { buildBlind132 } from "../forms-blind132/build";
import { buildBlind133 } from "../forms-blind133/build";
import { buildBlind134 } from "../forms-blind134/build";
import { buildBlind135 } from "../forms-blind135/build";
import { buildBlind136 } from "../forms-blind136/build";
import { buildBlind137 } from "../forms-blind137/build";
import { buildBlind138 } from "../forms-blind138/build";
import { buildBlind139 } from "../forms-blind139/build";
import { buildBlind140 } from "../forms-blind140/build";
import { buildBlind141 } from "../forms-blind141/build";
import { buildBlind142 } from "../forms-blind142/build";
import { buildBlind143 } from "../forms-blind143/build";
import { buildBlind144 } from "../forms-blind144/build";
import { buildBlind146 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-forty-sixth set of unseen standard-form workbooks (Bappeda, RKPD evaluation)",
  buildBlind146,
  {
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
      ...buildBlind53(),
      ...buildBlind54(),
      ...buildBlind55(),
      ...buildBlind56(),
      ...buildBlind57(),
      ...buildBlind58(),
      ...buildBlind59(),
      ...buildBlind60(),
      ...buildBlind61(),
      ...buildBlind62(),
      ...buildBlind63(),
      ...buildBlind64(),
      ...buildBlind65(),
      ...buildBlind66(),
      ...buildBlind67(),
      ...buildBlind68(),
      ...buildBlind69(),
      ...buildBlind70(),
      ...buildBlind71(),
      ...buildBlind72(),
      ...buildBlind73(),
      ...buildBlind74(),
      ...buildBlind75(),
      ...buildBlind76(),
      ...buildBlind77(),
      ...buildBlind78(),
      ...buildBlind79(),
      ...buildBlind80(),
      ...buildBlind84(),
      ...buildBlind85(),
      ...buildBlind86(),
      ...buildBlind87(),
      ...buildBlind88(),
      ...buildBlind89(),
      ...buildBlind90(),
      ...buildBlind91(),
      ...buildBlind92(),
      ...buildBlind93(),
      ...buildBlind94(),
      ...buildBlind95(),
      ...buildBlind96(),
      ...buildBlind97(),
      ...buildBlind98(),
      ...buildBlind99(),
      ...buildBlind100(),
      ...buildBlind101(),
      ...buildBlind102(),
      ...buildBlind103(),
      ...buildBlind104(),
      ...buildBlind105(),
      ...buildBlind106(),
      ...buildBlind107(),
      ...buildBlind108(),
      ...buildBlind109(),
      ...buildBlind110(),
      ...buildBlind111(),
      ...buildBlind112(),
      ...buildBlind113(),
      ...buildBlind114(),
      ...buildBlind115(),
      ...buildBlind116(),
      ...buildBlind117(),
      ...buildBlind118(),
      ...buildBlind119(),
      ...buildBlind120(),
      ...buildBlind121(),
      ...buildBlind122(),
      ...buildBlind123(),
      ...buildBlind124(),
      ...buildBlind125(),
      ...buildBlind126(),
      ...buildBlind127(),
      ...buildBlind128(),
      ...buildBlind129(),
      ...buildBlind130(),
      ...buildBlind131(),
      ...buildBlind132(),
      ...buildBlind133(),
      ...buildBlind134(),
      ...buildBlind135(),
      ...buildBlind136(),
      ...buildBlind137(),
      ...buildBlind138(),
      ...buildBlind139(),
      ...buildBlind140(),
      ...buildBlind141(),
      ...buildBlind142(),
      ...buildBlind143(),
      ...buildBlind144(),
    ],
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("accommodates no more proposals or money than a kecamatan sent", () => {
        const { book: b, wb } = book("rekap-usulan-musrenbang-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [us, pu, ak, pa] = [3, 4, 5, 6].map((d) => get(t.sheet, r, c0 + d) as number);
          expect([r, ak <= us, pa <= pu]).toEqual([r, true, true]);
        }
      });
    },
  },
);
