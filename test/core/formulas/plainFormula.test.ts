// toPlainFormula: every rewrite is checked numerically. The original formula (IKU.* evaluated by
// the add-in's own `fungsi`) and its plain replacement are evaluated by a small Excel-subset
// interpreter (excelMini.ts) over fake sheets, and must agree on values, "" and error codes.
import { hasIkuCall, toPlainFormula, tokenize } from "../../../src/core/formulas";
import { Evaluator, sama, tampil } from "./excelMini";
import type { Scalar, Sheet } from "./excelMini";

function plain(formula: string): string {
  const r = toPlainFormula(formula);
  if (!r.ok) throw new Error(`expected a rewrite of ${formula}: ${r.reason.en}`);
  expect(hasIkuCall(r.formula)).toBe(false);
  return r.formula;
}

function evaluate(formula: string, sheet: Sheet): ReturnType<Evaluator["evaluate"]> {
  return new Evaluator(sheet).evaluate(formula);
}

/** Rewrites `formula` and checks it against the original on every sheet; returns the rewrite. */
function setara(formula: string, sheets: Sheet[]): string {
  const p = plain(formula);
  const beda: string[] = [];
  for (const sheet of sheets) {
    const a = evaluate(formula, sheet);
    const b = evaluate(p, sheet);
    if (!sama(a, b)) beda.push(`${JSON.stringify(sheet)}: add-in ${tampil(a)}, plain ${tampil(b)}`);
  }
  if (beda.length) throw new Error(`${formula}\n-> ${p}\n${beda.slice(0, 8).join("\n")}`);
  return p;
}

/** All combinations of values for the named cells. */
function kombinasi(cells: Record<string, Scalar[]>): Sheet[] {
  let out: Sheet[] = [{}];
  for (const [cell, values] of Object.entries(cells)) {
    out = out.flatMap((s) => values.map((v) => ({ ...s, [cell]: v })));
  }
  return out;
}

const ANGKA: Scalar[] = [null, "", 0, 0.36, 0.39, 0.35, 82, 91.35, 90, -5, 1, 5.89, 200, 1e-12];

describe("IKU.CAPAIAN", () => {
  const sheets = kombinasi({ B5: ANGKA, C5: ANGKA });
  const varian = [
    "",
    ',"positif"',
    ",1",
    ',"+"',
    ',"negatif"',
    ',"Negatif"',
    ',"-"',
    ',"turun"',
    ",-1",
    ',"negatif","refleksi"',
    ',"negatif","rasio"',
    ',"-","RASIO"',
    ",-1,",
    ',,"rasio"',
    ',"positif","rasio"',
  ];
  it.each(varian)("=IKU.CAPAIAN(B5,C5%s) agrees with the add-in on %#", (opsi) => {
    setara(`=IKU.CAPAIAN(B5,C5${opsi})`, sheets);
  });

  it("gives the Kota Blitar Renstra values", () => {
    // Indeks Gini (negatif, refleksi): T 0,36 R 0,39 -> 91,67
    const gini = plain('=IKU.CAPAIAN(B5,C5,"negatif")');
    expect(evaluate(gini, { B5: 0.39, C5: 0.36 })).toBeCloseTo(91.67, 2);
    expect(evaluate(gini, { B5: 0.35, C5: 0.36 })).toBeCloseTo(102.78, 2);
    // PMKS memperoleh rehabilitasi sosial: T 82 R 91,35 -> 111,40
    expect(evaluate(plain("=IKU.CAPAIAN(B5,C5)"), { B5: 91.35, C5: 82 })).toBeCloseTo(111.4, 2);
  });

  it("has the shapes the module documents", () => {
    expect(plain("=IKU.CAPAIAN(B5,C5)")).toBe('=IF(B5="","",IF(C5="",#N/A,IF(C5<0,#VALUE!,B5/C5*100)))');
    expect(plain('=IKU.CAPAIAN(B5,C5,"negatif")')).toBe(
      '=IF(B5="","",IF(C5="",#N/A,IF(C5<0,#VALUE!,IF(C5=0,IF(B5=0,100,#DIV/0!),(2*C5-B5)/C5*100))))',
    );
    expect(plain('=IKU.CAPAIAN(B5,C5,"negatif","rasio")')).toBe(
      '=IF(B5="","",IF(C5="",#N/A,IF(C5<0,#VALUE!,IF(B5=0,IF(C5=0,100,#DIV/0!),IF(B5<0,#NUM!,C5/B5*100)))))',
    );
    // a literal target needs no guard on it
    expect(plain("=IKU.CAPAIAN(B5,82)")).toBe('=IF(B5="","",B5/82*100)');
    expect(plain('=IKU.CAPAIAN(0.39,"0,36",-1)')).toBe("=(2*0.36-0.39)/0.36*100");
  });

  it("literal arguments, Indonesian number text and an omitted realisation", () => {
    setara('=IKU.CAPAIAN(0.39,"0,36","negatif")', [{}]);
    expect(evaluate(plain('=IKU.CAPAIAN(0.39,"0,36","negatif")'), {})).toBeCloseTo(91.67, 2);
    setara('=IKU.CAPAIAN("91,35",82)', [{}]);
    setara("=IKU.CAPAIAN(,C5)", kombinasi({ C5: ANGKA }));
    setara('=IKU.CAPAIAN(B5,"")', kombinasi({ B5: ANGKA }));
    setara("=IKU.CAPAIAN(B5,0,-1)", kombinasi({ B5: ANGKA }));
    setara('=IKU.CAPAIAN(0,C5,"negatif","rasio")', kombinasi({ C5: ANGKA }));
    setara("=IKU.CAPAIAN(-3,C5)", kombinasi({ C5: ANGKA }));
  });

  it("expression arguments are wrapped in parentheses and still agree", () => {
    const p = setara(
      '=IKU.CAPAIAN(B5*2-1,C5+D5,"negatif")',
      kombinasi({ B5: ANGKA, C5: [0, 0.2, 82], D5: [0, 1] }),
    );
    expect(p).toContain("(2*(C5+D5)-(B5*2-1))/(C5+D5)*100");
  });

  it("spills over ranges as the custom function does", () => {
    const sheet: Sheet = { B2: 0.39, B3: 0.35, B4: null, C2: 0.36, C3: 0.36, C4: 0.36 };
    setara('=IKU.CAPAIAN(B2:B4,C2:C4,"negatif")', [sheet]);
    setara("=IKU.CAPAIAN(B2:B4,C2)", [sheet]);
  });

  it("refuses a range target text: no concise plain formula", () => {
    const r = toPlainFormula('=IKU.CAPAIAN(B5,"80 - 90")');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/range target/);
  });

  it("refuses a polaritas or metode that is not written in the formula, in Indonesian and English", () => {
    for (const f of [
      "=IKU.CAPAIAN(B5,C5,D5)",
      '=IKU.CAPAIAN(B5,C5,"negatif",$E$1)',
      "=IKU.CAPAIAN(B5,C5,IF(A1,1,-1))",
    ]) {
      const r = toPlainFormula(f);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.id).toMatch(/(polaritas|metode) diambil dari .*bukan ditulis langsung/);
        expect(r.reason.en).toMatch(
          /(polarity|method) comes from .* instead of being written in the formula/,
        );
      }
    }
  });

  it("refuses an unknown polaritas word with the add-in's own message", () => {
    const r = toPlainFormula('=IKU.CAPAIAN(B5,C5,"terbalik")');
    expect(!r.ok && r.reason.id).toMatch(/Polaritas "terbalik" tidak dikenal/);
    expect(!r.ok && r.reason.en).toMatch(/Unknown polarity/);
  });
});

describe("IKU.PENURUNAN, IKU.PERTUMBUHAN, IKU.SERAPAN", () => {
  const sheets = kombinasi({ B5: ANGKA, C5: ANGKA });
  it.each(["PENURUNAN", "PERTUMBUHAN", "SERAPAN"])("IKU.%s agrees with the add-in", (f) => {
    setara(`=IKU.${f}(B5,C5)`, sheets);
    setara(`=IKU.${f}(B5,100)`, kombinasi({ B5: ANGKA }));
    setara(`=IKU.${f}(0,C5)`, kombinasi({ C5: ANGKA }));
  });

  it("gives the Kota Blitar values", () => {
    // Belanja Langsung 2020: realisasi 21.014.747.235 of pagu 21.434.854.461 -> 98,04
    const s = plain("=IKU.SERAPAN(B5,C5)");
    expect(evaluate(s, { B5: 21014747235, C5: 21434854461 })).toBeCloseTo(98.04, 2);
    // Belanja Tidak Langsung anggaran 2.161.905.000 -> 2.233.885.914: +3,33 %
    const g = plain("=IKU.PERTUMBUHAN(B5,C5)");
    expect(evaluate(g, { B5: 2161905000, C5: 2233885914 })).toBeCloseTo(3.33, 2);
    // PMKS from 100 to 94,11: penurunan 5,89
    expect(evaluate(plain("=IKU.PENURUNAN(B5,C5)"), { B5: 100, C5: 94.11 })).toBeCloseTo(5.89, 2);
    expect(plain("=IKU.PENURUNAN(B5,C5)")).toBe(
      '=IF(C5="","",IF(B5="",#N/A,IF(B5<0,#VALUE!,IF(C5<0,#VALUE!,(B5-C5)/B5*100))))',
    );
  });
});

describe("IKU.EFISIENSI", () => {
  const sheets = kombinasi({ B5: ANGKA, C5: ANGKA });
  it.each(["", ',"selisih"', ',"rasio"', ',"RATIO"', ",", ',"difference"'])(
    "=IKU.EFISIENSI(B5,C5%s) agrees with the add-in",
    (opsi) => {
      setara(`=IKU.EFISIENSI(B5,C5${opsi})`, sheets);
    },
  );
  it("capaian 100 against serapan 97,29 is 2,71 points (selisih)", () => {
    expect(plain("=IKU.EFISIENSI(B5,C5)")).toBe('=IF(B5="","",IF(C5="","",IF(C5<0,#VALUE!,B5-C5)))');
    expect(evaluate(plain("=IKU.EFISIENSI(B5,C5)"), { B5: 100, C5: 97.29 })).toBeCloseTo(2.71, 2);
  });
  it("refuses an unknown method", () => {
    expect(toPlainFormula('=IKU.EFISIENSI(B5,C5,"bagi")').ok).toBe(false);
  });
});

describe("IKU.TARGETANTARA", () => {
  const tahun: Scalar[] = [null, 2020, 2023, 2024, 2025, 2026, 2027, 2024.5];
  it("with literal years (the usual form) agrees with the add-in", () => {
    const p = setara(
      "=IKU.TARGETANTARA($C5,$H5,2023,2026,D$4)",
      kombinasi({ C5: [null, 6.86, 0], H5: [null, 15.86, 2], D4: tahun }),
    );
    expect(p).toBe(
      '=IF(D$4="","",IF($C5="",#N/A,IF($H5="",#N/A,IF(D$4<>INT(D$4),#VALUE!,IF(D$4<2023,#NUM!,IF(D$4>2026,#NUM!,$C5+($H5-$C5)*(D$4-2023)/(2026-2023)))))))',
    );
    // Buleleng Tabel 2.2.1: 6,86 (2023) to 15,86 (2026): 2024 -> 9,86, 2025 -> 12,86
    expect(evaluate(p, { C5: 6.86, H5: 15.86, D4: 2024 })).toBeCloseTo(9.86, 9);
    expect(evaluate(p, { C5: 6.86, H5: 15.86, D4: 2025 })).toBeCloseTo(12.86, 9);
  });
  it("with every argument in a cell agrees with the add-in", () => {
    setara(
      "=IKU.TARGETANTARA(A1,B1,C1,D1,E1)",
      kombinasi({
        A1: [null, 84.96],
        B1: [85.08, null],
        C1: [null, 2022, 2023.5, 2026],
        D1: [2026, 2022],
        E1: tahun,
      }),
    );
  });
  it("with reversed literal years is #VALUE! like the add-in", () => {
    setara("=IKU.TARGETANTARA(A1,B1,2026,2023,E1)", kombinasi({ A1: [1], B1: [2], E1: tahun }));
  });
});

describe("IKU.PREDIKAT", () => {
  const nilai: Scalar[] = [
    null,
    "",
    90.5,
    90,
    90.00000000000001,
    75,
    75.01,
    65,
    55,
    50,
    50.5,
    100,
    120,
    -3,
    0,
  ];
  const sheets = kombinasi({ B5: nilai });
  it.each(["", ',"permendagri86"', ',"lkjip"', ',"LKjIP"', ',"berhasil"', ',"Permendagri 86"', ","])(
    "=IKU.PREDIKAT(B5%s) agrees with the add-in",
    (skala) => {
      setara(`=IKU.PREDIKAT(B5${skala})`, sheets);
    },
  );
  it("90,5 is Sangat Tinggi, 90 is Tinggi (permendagri86, half-open bands)", () => {
    const p = plain("=IKU.PREDIKAT(B5)");
    expect(evaluate(p, { B5: 90.5 })).toBe("Sangat Tinggi");
    expect(evaluate(p, { B5: 90 })).toBe("Tinggi");
    expect(p).toBe(
      '=IF(B5="","",IF(ROUND(B5,9)>90,"Sangat Tinggi",IF(ROUND(B5,9)>75,"Tinggi",IF(ROUND(B5,9)>65,"Sedang",IF(ROUND(B5,9)>50,"Rendah","Sangat Rendah")))))',
    );
    expect(plain('=IKU.PREDIKAT(B5,"berhasil")')).toContain('IF(ROUND(B5,9)>=100,"Sangat Berhasil"');
  });
  it("an array-constant scale agrees with the add-in; a literal capaian is labelled now", () => {
    setara('=IKU.PREDIKAT(B5,{90,"A";75,"B";"","C"})', sheets);
    expect(plain("=IKU.PREDIKAT(90.5)")).toBe('="Sangat Tinggi"');
  });
  it("refuses a scale table in cells, and an unknown scale name", () => {
    const r = toPlainFormula("=IKU.PREDIKAT(B5,$H$1:$I$5)");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.id).toMatch(/skala .* rentang atau rumus/);
    expect(toPlainFormula('=IKU.PREDIKAT(B5,"bintang")').ok).toBe(false);
  });
});

describe("IKU.NILAISAKIP", () => {
  it("agrees with the add-in on scores, bounds and out-of-range scores", () => {
    const p = setara(
      "=IKU.NILAISAKIP(B5)",
      kombinasi({ B5: [null, "", 90, 90.01, 80, 84.35, 70, 60.5, 50, 30, 30.5, 0, 100, 101, -1] }),
    );
    expect(evaluate(p, { B5: 90 })).toBe("A");
    expect(evaluate(p, { B5: 90.01 })).toBe("AA");
  });
  it("a literal text with a score is decided now, as the add-in reads it", () => {
    expect(plain('=IKU.NILAISAKIP("A (84,35)")')).toBe('="A"');
    expect(plain("=IKU.NILAISAKIP(90)")).toBe('="A"');
  });
});

describe("IKU.ANGKA", () => {
  it("agrees with the add-in on numbers, blanks and Indonesian number text", () => {
    setara(
      "=IKU.ANGKA(B5)",
      kombinasi({
        B5: [null, "", " ", 84.35, "11.653", "6,12", "12,5%", "21.014.747.235", "2 161 905 000", "-7,31"],
      }),
    );
  });
  it("documents its limits in catatan: labels, Rp and decimal points are not read like the add-in", () => {
    const r = toPlainFormula("=IKU.ANGKA(B5)");
    expect(r.ok && r.catatan?.[0]?.id).toMatch(/A \(84,35\)/);
    const p = plain("=IKU.ANGKA(B5)");
    const add = (v: Scalar) => evaluate("=IKU.ANGKA(B5)", { B5: v });
    const pl = (v: Scalar) => evaluate(p, { B5: v });
    expect(add("A (84,35)")).toBe(84.35);
    expect(tampil(pl("A (84,35)"))).toBe("#VALUE!");
    expect(add("11.60")).toBe(11.6);
    expect(pl("11.60")).toBe(1160);
  });
  it("a literal text is converted now, exactly", () => {
    expect(plain('=IKU.ANGKA("A (84,35)")')).toBe("=84.35");
    expect(plain('=IKU.ANGKA("11.653")*2')).toBe("=11653*2");
  });
});

describe("IKU.KONDISIAKHIR", () => {
  const baris: Scalar[][] = [
    [7.4, 7.26, 7.15, 7.04, null], // Kota Blitar Tabel 4.2, Persentase PMKS -> 7,04
    [0.66, 2.32, 2.77, 3.24, null],
    [null, null, null, null, null],
    [null, 5, null, 3, ""],
    [1, 2, 3, 4, 5],
    [0, null, null, null, 0],
  ];
  const sheets = baris.map((v) => ({ B5: v[0], C5: v[1], D5: v[2], E5: v[3], F5: v[4] }) as Sheet);
  const kolom = baris.map((v) => ({ H1: v[0], H2: v[1], H3: v[2], H4: v[3], H5: v[4] }) as Sheet);
  it.each(["", ',"akhir"', ',"jumlah"', ',"rata-rata"', ',"average"', ',"Total"'])(
    "=IKU.KONDISIAKHIR(range%s) agrees with the add-in on rows and columns",
    (jenis) => {
      setara(`=IKU.KONDISIAKHIR(B5:F5${jenis})`, sheets);
      setara(`=IKU.KONDISIAKHIR($H$1:$H$5${jenis})`, kolom);
    },
  );
  it("gives 7,04 for the Persentase PMKS targets; the formulas", () => {
    expect(evaluate(plain("=IKU.KONDISIAKHIR(B5:F5)"), sheets[0] as Sheet)).toBeCloseTo(7.04, 9);
    expect(plain("=IKU.KONDISIAKHIR(B5:F5)")).toBe('=IF(COUNT(B5:F5)=0,"",LOOKUP(2,1/(B5:F5<>""),B5:F5))');
    expect(plain('=IKU.KONDISIAKHIR(B5:F5,"jumlah")')).toBe('=IF(COUNT(B5:F5)=0,"",SUM(B5:F5))');
    expect(plain('=IKU.KONDISIAKHIR(B5:F5,"rata-rata")')).toBe('=IF(COUNT(B5:F5)=0,"",AVERAGE(B5:F5))');
  });
  it("refuses a block, a name or a jenis in a cell", () => {
    expect(toPlainFormula("=IKU.KONDISIAKHIR(B5:F6)").ok).toBe(false);
    expect(toPlainFormula("=IKU.KONDISIAKHIR(TargetTahunan)").ok).toBe(false);
    expect(toPlainFormula("=IKU.KONDISIAKHIR(B5:F5,A1)").ok).toBe(false);
  });
});

describe("IKU.RATAPERTUMBUHAN", () => {
  // Kota Blitar Tabel 2.3.2, Belanja Tidak Langsung anggaran 2017-2021: aritmetika 11,60, CAGR 9,99
  const BTL = [2161905000, 2233885914, 3238828778, 3000088398, 3163628100];
  const baris: Scalar[][] = [
    BTL,
    [100, 110, 121, null, null], // years not reported yet
    [null, 100, 110, 121, null], // and not started yet
    [100, null, 121, null, null], // a gap: #N/A
    [100, null, null, null, null], // one value: #N/A
    [null, null, null, null, null], // blank: ""
    [0, 10, 20, null, null], // a zero base: #DIV/0! (aritmetika), #NUM! (geometrik)
    [10, 20, 0, null, null], // zero as the last value
    [10, -5, 20, 30, 40], // negative: #VALUE! / #NUM!
    [134064200, 32492000, 57511000, 38651000, 0], // Belanja Pegawai: ends in 0
    [100, 110, 121, "-", ""], // "-" and "" at the end are skipped, like the add-in
  ];
  const sheets = baris.map((v) => ({ B5: v[0], C5: v[1], D5: v[2], E5: v[3], F5: v[4] }) as Sheet);
  const kolomSheet = baris.map((v) =>
    Object.fromEntries(v.map((x, i) => [`Data Renstra!C${10 + i}`, x])),
  ) as Sheet[];

  it.each(["", ',"aritmetika"', ',"geometrik"', ',"CAGR"'])(
    "=IKU.RATAPERTUMBUHAN(range%s) agrees with the add-in on rows and quoted-sheet columns",
    (metode) => {
      setara(`=IKU.RATAPERTUMBUHAN(B5:F5${metode})`, sheets);
      setara(`=IKU.RATAPERTUMBUHAN($F$5:$B$5${metode})`, sheets);
      setara(`=IKU.RATAPERTUMBUHAN('Data Renstra'!C$10:C$14${metode})`, kolomSheet);
      setara(`=IKU.RATAPERTUMBUHAN(B5:C5${metode})`, sheets);
    },
  );
  it("gives 11,60 (aritmetika) and 9,99 (geometrik) for Belanja Tidak Langsung anggaran", () => {
    const s = sheets[0] as Sheet;
    expect(evaluate(plain("=IKU.RATAPERTUMBUHAN(B5:F5)"), s)).toBeCloseTo(11.6, 2);
    expect(evaluate(plain('=IKU.RATAPERTUMBUHAN(B5:F5,"geometrik")'), s)).toBeCloseTo(9.99, 2);
    expect(plain("=IKU.RATAPERTUMBUHAN(B5:F5)")).toContain(
      "SUMPRODUCT(IF(ISNUMBER(B5:E5)*ISNUMBER(C5:F5),(C5:F5-B5:E5)/B5:E5,0))/(COUNT(B5:F5)-1)*100",
    );
  });
  it("keeps the sheet prefix and the $ of each corner in the shifted ranges", () => {
    const p = plain("=IKU.RATAPERTUMBUHAN('It''s'!$B5:F$5)");
    expect(p).toContain("ISNUMBER('It''s'!$B5:E$5)*ISNUMBER('It''s'!$C5:F$5)");
  });
  it("refuses blocks, whole columns, names and a metode in a cell", () => {
    for (const f of [
      "=IKU.RATAPERTUMBUHAN(B5:F6)",
      "=IKU.RATAPERTUMBUHAN(B:B)",
      "=IKU.RATAPERTUMBUHAN(Deret)",
      "=IKU.RATAPERTUMBUHAN(OFFSET(B5,0,0,1,5))",
      "=IKU.RATAPERTUMBUHAN(B5:F5,A1)",
    ]) {
      const r = toPlainFormula(f);
      expect(r.ok).toBe(false);
    }
    const r = toPlainFormula("=IKU.RATAPERTUMBUHAN(B5:F6)");
    expect(!r.ok && r.reason.en).toMatch(/single row or column range/);
  });
});

describe("rewriting inside formulas", () => {
  const sheets = kombinasi({ B5: [null, 0.39, 91.35, 90, 0], C5: [0.36, 82, 100, 0, null] });

  it("nested IKU calls", () => {
    const p = setara("=IKU.PREDIKAT(IKU.CAPAIAN(B5,C5))", sheets);
    expect(p.startsWith('=IF(IF(B5="","",')).toBe(true);
    setara('=IKU.NILAISAKIP(IKU.CAPAIAN(B5,C5,"negatif"))', sheets);
    setara("=IKU.EFISIENSI(IKU.CAPAIAN(B5,C5),IKU.SERAPAN(B5,C5))", sheets);
  });

  it("IKU calls inside other expressions; the rest is kept byte for byte", () => {
    const f = '=ROUND(IKU.CAPAIAN(B5,C5), 2) & " %"  +  0*LEN("IKU.CAPAIAN(x,y)")';
    const r = toPlainFormula(f);
    expect(r.ok && r.formula).toBe(
      '=ROUND(IF(B5="","",IF(C5="",#N/A,IF(C5<0,#VALUE!,B5/C5*100))), 2) & " %"  +  0*LEN("IKU.CAPAIAN(x,y)")',
    );
    setara("=IF(B5>0,IKU.CAPAIAN(B5,C5)/100,-1)", sheets);
  });

  it("a replacement inside an expression is parenthesised when it is not a single call", () => {
    expect(plain("=IKU.CAPAIAN(91.35,82)^2")).toBe("=(91.35/82*100)^2");
    expect(plain("=IKU.CAPAIAN(91.35,82)")).toBe("=91.35/82*100");
    setara("=IKU.CAPAIAN(91.35,82)^2", [{}]);
    setara('=-IKU.CAPAIAN(0.39,0.36,"negatif")^2', [{}]);
    setara("=2^IKU.SERAPAN(B5,C5)/10", sheets);
    setara('=10-IKU.ANGKA("12,5%")*2', [{}]);
  });

  it("lower-case iku.capaian and spaces around arguments", () => {
    setara("=iku.capaian( B5 , C5 )", sheets);
    setara("=Iku.Capaian(B5,C5)+IKU.SERAPAN(B5,C5)", sheets);
  });

  it("quoted sheet names with commas, parentheses and '' escapes", () => {
    const f = "=IKU.CAPAIAN('Re, (x)''s'!B5,'Re, (x)''s'!C5,\"negatif\")";
    const p = plain(f);
    expect(p).toContain("(2*'Re, (x)''s'!C5-'Re, (x)''s'!B5)/'Re, (x)''s'!C5*100");
    const sheet = { "RE, (X)'S!B5": 0.39, "RE, (X)'S!C5": 0.36 };
    expect(evaluate(p, sheet)).toBeCloseTo(91.67, 2);
    expect(sama(evaluate(f, sheet), evaluate(p, sheet))).toBe(true);
  });

  it("array constants, strings with escaped quotes and structured references around the call", () => {
    const f =
      '=SUM({1,2;3,4})+IKU.SERAPAN(Tabel1[[#This Row],[Realisasi]],Tabel1[[#This Row],[Pagu]])&"say ""IKU.X(""!"';
    const r = toPlainFormula(f);
    expect(r.ok && r.formula).toBe(
      '=SUM({1,2;3,4})+IF((Tabel1[[#This Row],[Realisasi]])="","",IF((Tabel1[[#This Row],[Pagu]])="",#N/A,IF((Tabel1[[#This Row],[Realisasi]])<0,#VALUE!,IF((Tabel1[[#This Row],[Pagu]])<0,#VALUE!,(Tabel1[[#This Row],[Realisasi]])/(Tabel1[[#This Row],[Pagu]])*100))))&"say ""IKU.X(""!"',
    );
  });

  it("a formula without IKU calls, a constant, and IKU text in a string are returned unchanged", () => {
    for (const f of [
      "=SUM(A1:A5)/2",
      '="IKU.CAPAIAN(B5,C5)"',
      "IKU.CAPAIAN(B5,C5)",
      '=A1&"\'IKU.SERAPAN("',
      "=IKU!A1+IKU.CAPAIAN", // a sheet called IKU and a name, no call
      "",
    ]) {
      expect(toPlainFormula(f)).toEqual({ ok: true, formula: f });
      expect(hasIkuCall(f)).toBe(false);
    }
  });

  it("refuses what it cannot rewrite exactly", () => {
    const cases: [string, RegExp][] = [
      ["=IKU.FOO(B5)", /not a known IKU function/],
      ["=IKU.CAPAIAN(B5)", /takes 2-4 arguments/],
      ["=IKU.CAPAIAN(RAND(),C5)", /RAND/],
      ["=IKU.CAPAIAN(B5,TRUE)", /not a number/],
      ['=IKU.CAPAIAN(B5,"banyak")', /not a number/],
      ['=IKU.CAPAIAN(B5,C5,"negatif"', /parentheses/],
      ['=IKU.CAPAIAN(B5,"C5)', /closing quote/],
    ];
    for (const [f, re] of cases) {
      const r = toPlainFormula(f);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.en).toMatch(re);
        expect(r.reason.id.length).toBeGreaterThan(10);
      }
    }
    // inner failures fail the whole formula
    expect(toPlainFormula("=IKU.PREDIKAT(IKU.CAPAIAN(B5,C5,D5))").ok).toBe(false);
  });

  it("refuses a replacement longer than Excel's 8192 characters", () => {
    let f = "IKU.CAPAIAN(B5,C5)";
    for (let i = 0; i < 4; i++) f = `IKU.PREDIKAT(${f})`;
    const r = toPlainFormula(`=${f}`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/too long/);
  });
});

describe("the checker itself", () => {
  it("tells a naive rewrite from the add-in (so agreement above means something)", () => {
    const orig = '=IKU.CAPAIAN(B5,C5,"negatif")';
    const naive = "=(2*C5-B5)/C5*100";
    // target 0 and realisation 0 on a negatif indicator is achieved: 100, not #DIV/0!
    expect(sama(evaluate(orig, { B5: 0, C5: 0 }), evaluate(naive, { B5: 0, C5: 0 }))).toBe(false);
    // blank realisation: "" from the add-in, 200 from the naive formula
    expect(sama(evaluate(orig, { C5: 0.36 }), evaluate(naive, { C5: 0.36 }))).toBe(false);
    const growthWithoutTrim = "=SUMPRODUCT((C5:F5-B5:E5)/B5:E5)/COLUMNS(C5:F5)*100";
    const s: Sheet = { B5: 100, C5: 110, D5: 121 };
    expect(sama(evaluate("=IKU.RATAPERTUMBUHAN(B5:F5)", s), evaluate(growthWithoutTrim, s))).toBe(false);
  });
  it("follows Excel on blanks, comparisons and LOOKUP", () => {
    expect(evaluate('=A1=""', {})).toBe(true);
    expect(evaluate("=A1=0", {})).toBe(true);
    expect(evaluate('="abc"<0', {})).toBe(false);
    expect(evaluate("=-2^2", {})).toBe(4);
    expect(evaluate('=LOOKUP(2,1/(B1:E1<>""),B1:E1)', { B1: 1, C1: 2, D1: "" })).toBe(2);
    expect(tampil(evaluate("=1/A1", {}))).toBe("#DIV/0!");
  });
});

describe("hasIkuCall and tokenize", () => {
  it("finds IKU calls in any case, outside string literals only", () => {
    expect(hasIkuCall("=IKU.CAPAIAN(B5,C5)")).toBe(true);
    expect(hasIkuCall('=1+iku.angka("1")')).toBe(true);
    expect(hasIkuCall('="IKU.CAPAIAN(" & A1')).toBe(false);
    expect(hasIkuCall("='IKU.CAPAIAN(x'!A1")).toBe(false);
    expect(hasIkuCall("=MYIKU.CAPAIAN(A1)")).toBe(false);
  });
  it("keeps literals whole and offsets exact", () => {
    const f = '=IF(A1="a""(,",\'It\'\'s\'!B2,{1,"x,"})+#N/A';
    const toks = tokenize(f);
    expect(toks.map((t) => t.text).join("")).toBe(f);
    expect(toks.filter((t) => t.kind === "comma")).toHaveLength(2);
    expect(toks.find((t) => t.kind === "string")?.text).toBe('"a""(,"');
    expect(toks.find((t) => t.kind === "quoted")?.text).toBe("'It''s'");
    expect(toks.find((t) => t.kind === "array")?.text).toBe('{1,"x,"}');
    expect(toks.find((t) => t.kind === "error")?.text).toBe("#N/A");
    expect(toks.find((t) => t.kind === "func")?.text).toBe("IF");
  });
});
