// toPlainFormula: every rewrite is checked numerically. The original formula (IKU.* evaluated by
// the add-in's own `fungsi`) and its plain replacement are evaluated by a small Excel-subset
// interpreter (excelMini.ts) over fake sheets, and must agree on values, "" and error codes.
import { hasIkuCall, rumusBerkas, tokenize } from "../../../src/core/formulas";
import { toPlainFormula, ukuranHasil } from "../../../src/functions/rumusBiasa";
import { bacaDari, Evaluator, sama, tampil, XErr } from "./excelMini";
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

/**
 * Rewrites `formula` for the values each sheet holds (as Siap kirim does) and checks every
 * rewrite against the add-in on that sheet; returns how many were rewritten and the refusals.
 */
function setaraNilai(formula: string, sheets: Sheet[]): { rumus: string[]; tolak: string[] } {
  const rumus: string[] = [];
  const tolak: string[] = [];
  const beda: string[] = [];
  for (const sheet of sheets) {
    const r = toPlainFormula(formula, { nilai: bacaDari(sheet) });
    if (!r.ok) {
      tolak.push(r.reason.en);
      continue;
    }
    expect(hasIkuCall(r.formula)).toBe(false);
    rumus.push(r.formula);
    const a = evaluate(formula, sheet);
    const b = evaluate(r.formula, sheet);
    if (!sama(a, b))
      beda.push(`${JSON.stringify(sheet)}: add-in ${tampil(a)}, plain ${tampil(b)}\n  ${r.formula}`);
  }
  if (beda.length) throw new Error(`${formula}\n${beda.slice(0, 6).join("\n")}`);
  return { rumus, tolak };
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

  it("a range target written in the formula: 100 inside, against the nearer bound outside", () => {
    const r = kombinasi({ B5: [...ANGKA, 85, 80, 95, ""] });
    for (const opsi of ["", ',"negatif"', ',"negatif","rasio"']) {
      setara(`=IKU.CAPAIAN(B5,"80 - 90"${opsi})`, r);
      setara(`=IKU.CAPAIAN(B5,"0 s.d. 90"${opsi})`, r);
      setara(`=IKU.CAPAIAN(B2:B4,"80-90"${opsi})`, [{ B2: 85, B3: 100, B4: null }]);
    }
    expect(plain('=IKU.CAPAIAN(B5,"80 - 90")')).toBe(
      '=IF(B5="","",IF((B5>=80)*(B5<=90),100,IF(B5>90,B5/90*100,B5/80*100)))',
    );
    expect(plain('=IKU.CAPAIAN(95,"80 - 90")')).toBe("=95/90*100");
  });

  it("refuses a reversed or negative range target: the add-in answers #VALUE! whatever the realisation", () => {
    for (const t of ['"90 - 80"', '"-5 - 10"']) {
      const r = toPlainFormula(`=IKU.CAPAIAN(B5,${t})`);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason.en).toMatch(/range target .* reversed or negative/);
    }
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
    // capaian - serapan, 0 when the two differ by float noise only (as a spreadsheet shows it)
    expect(plain("=IKU.EFISIENSI(B5,C5)")).toBe(
      '=IF(B5="","",IF(C5="","",IF(C5<0,#VALUE!,IF(ABS(B5-C5)<=(ABS(B5)+ABS(C5))*1E-12,0,B5-C5))))',
    );
    expect(evaluate(plain("=IKU.EFISIENSI(B5,C5)"), { B5: 97.29000000000001, C5: 97.29 })).toBe(0);
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
    const d = "($H5-$C5)*(D$4-2023)/(2026-2023)";
    expect(p).toBe(
      `=IF(D$4="","",IF($C5="",#N/A,IF($H5="",#N/A,IF(D$4<>INT(D$4),#VALUE!,IF(D$4<2023,#NUM!,IF(D$4>2026,#NUM!,IF(ABS($C5+${d})<=(ABS($C5)+ABS(${d}))*1E-12,0,$C5+${d})))))))`,
    );
    // -0,1 (2023) to 0,2 (2026) is 0 in 2024, not 1,4e-17
    expect(evaluate(p, { C5: -0.1, H5: 0.2, D4: 2024 })).toBe(0);
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

describe("with the values present (Siap kirim reads the cells first)", () => {
  // Every kind a planner's cell holds: numbers, blanks, Indonesian and English number text,
  // "no data" marks, errors, and text no plain formula reads as the add-in does.
  const DIBACA: Scalar[] = [
    null,
    0,
    82,
    91.35,
    -5,
    "85,5",
    "2.111",
    "51%",
    "12,5 %",
    "-3,2",
    "0,36",
    "-",
    "NA",
  ];
  const TITIK: Scalar[] = ["85.5", "0.500", "1.5%"];
  const DITOLAK: Scalar[] = ["A (84,35)", "belum", true, "  ", "80 - 90", "1,234.56", "Rp 5.000", "\u22125"];
  const GALAT = new XErr("#DIV/0!");

  it("numbers and blanks only: the same formula as without the values", () => {
    const sheet: Sheet = { B5: 91.35, C5: 82 };
    for (const f of ["=IKU.CAPAIAN(B5,C5)", '=IKU.PREDIKAT(B5,"lkjip")', "=IKU.SERAPAN(B5,C5)"]) {
      const r = toPlainFormula(f, { nilai: bacaDari(sheet) });
      expect(r).toEqual({ ok: true, formula: plain(f) });
    }
  });

  it.each([
    ["=IKU.CAPAIAN(B5,C5)"],
    ['=IKU.CAPAIAN(B5,C5,"negatif")'],
    ['=IKU.CAPAIAN(B5,C5,"negatif","rasio")'],
    ["=IKU.PENURUNAN(B5,C5)"],
    ["=IKU.PERTUMBUHAN(B5,C5)"],
    ["=IKU.SERAPAN(B5,C5)"],
    ["=IKU.EFISIENSI(B5,C5)"],
    ['=IKU.EFISIENSI(B5,C5,"rasio")'],
    ['=IKU.CAPAIAN(B5,"80 - 90","negatif")'],
  ])("%s: text numbers and marks read as the add-in reads them, errors passed on", (f) => {
    const sheets = [
      ...kombinasi({ B5: DIBACA, C5: DIBACA }),
      ...kombinasi({ B5: TITIK, C5: [82, "85.5", null] }),
      ...kombinasi({ B5: [null, 90, GALAT], C5: [null, 90, GALAT, "-"] }),
    ];
    const { rumus, tolak } = setaraNilai(f, sheets);
    expect(tolak).toEqual([]);
    expect(rumus.some((x) => x.includes('NUMBERVALUE(SUBSTITUTE(B5,"%",""),",",".")'))).toBe(true);
  });

  it("the issue's cases: 85,5 2.111 51% are numbers, - is #N/A, a blank capaian with a #DIV/0! serapan is #DIV/0!", () => {
    const f = (formula: string, sheet: Sheet) => {
      const r = toPlainFormula(formula, { nilai: bacaDari(sheet) });
      if (!r.ok) throw new Error(r.reason.en);
      return tampil(evaluate(r.formula, sheet));
    };
    expect(f("=IKU.CAPAIAN(B5,C5)", { B5: "85,5", C5: "2.111" })).toBe(String((85.5 / 2111) * 100));
    expect(f("=IKU.SERAPAN(B5,C5)", { B5: "51%", C5: 100 })).toBe("51");
    expect(f("=IKU.CAPAIAN(B5,C5)", { B5: 90, C5: "-" })).toBe("#N/A");
    expect(f("=IKU.EFISIENSI(B5,C5)", { B5: null, C5: GALAT })).toBe("#DIV/0!");
    expect(f("=IKU.PREDIKAT(B5)", { B5: 65.0000000005 })).toBe('"Sedang"');
    expect(f('=IKU.KONDISIAKHIR(B5:F5,"jumlah")', { B5: 1, C5: "2,5", D5: null })).toBe("3.5");
    expect(f("=IKU.RATAPERTUMBUHAN(B5:D5)", { B5: 100, C5: 110, D5: "121" })).toBe(String(10));
  });

  it("refuses, naming the cell, what no plain formula reads as the add-in does", () => {
    for (const v of DITOLAK) {
      const r = toPlainFormula("=IKU.CAPAIAN(B5,82)", { nilai: bacaDari({ B5: v }) });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason.en).toMatch(
        /^IKU\.CAPAIAN: B5 holds .*, which a plain formula does not read as the add-in does\.$/,
      );
      expect(!r.ok && r.reason.id).toMatch(/^IKU\.CAPAIAN: B5 berisi /);
    }
    const rentang = toPlainFormula("=IKU.CAPAIAN(B5,C5)", { nilai: bacaDari({ B5: 85, C5: "80 - 90" }) });
    expect(!rentang.ok && rentang.reason.en).toMatch(/the target C5 holds the range "80 - 90"/);
    const campur = toPlainFormula("=IKU.CAPAIAN(B2:B3,82)", { nilai: bacaDari({ B2: "85,5", B3: "85.5" }) });
    expect(!campur.ok && campur.reason.en).toMatch(/mixes number text with a decimal comma \(B2 "85,5"\)/);
    const galat = toPlainFormula("=IKU.CAPAIAN(B2:B3,82)", { nilai: bacaDari({ B2: 90, B3: GALAT }) });
    expect(!galat.ok && galat.reason.en).toMatch(
      /B3 holds the error #DIV\/0!; the add-in then shows that error for the whole range/,
    );
    const nama = toPlainFormula("=IKU.CAPAIAN(Realisasi,82)", { nilai: bacaDari({}) });
    expect(!nama.ok && nama.reason.en).toMatch(/is a name or formula whose value cannot be known/);
    const lain = toPlainFormula("=IKU.CAPAIAN([Lain.xlsx]Data!B5,82)", { nilai: bacaDari({}) });
    expect(!lain.ok && lain.reason.en).toMatch(/cannot be read here \(another workbook or sheet\)/);
  });

  it("arithmetic and nested IKU calls give a number or an error: rewritten, errors passed on in argument order", () => {
    const sheets = kombinasi({ B5: [null, 90, GALAT, "-"], C5: [0, 82], D5: [null, 1] });
    const { tolak } = setaraNilai("=IKU.CAPAIAN(D5,B5/C5)", sheets);
    expect(tolak).toEqual([]);
    expect(setaraNilai("=IKU.PREDIKAT(IKU.CAPAIAN(B5,C5))", sheets).tolak).toEqual([]);
    expect(setaraNilai("=IKU.EFISIENSI(IKU.CAPAIAN(B5,C5),SUM(C5:D5))", sheets).tolak).toEqual([]);
    expect(toPlainFormula('=IKU.CAPAIAN(IF(B5="",0,B5),82)', { nilai: bacaDari({}) }).ok).toBe(false);
  });

  it("KONDISIAKHIR and RATAPERTUMBUHAN: text numbers count, marks and gaps as in the add-in", () => {
    const baris: Scalar[][] = [
      [1, "2,5", null, "3", null],
      ["7,40", "7,26", "7,15", "7,04", ""],
      ["-", 5, "NA", 3, null],
      [100, 110, "121", "-", null],
      ["-", "100", 110, 121, null],
      [100, "-", 121, null, null],
      [null, null, "-", null, null],
      ["0", 10, 20, null, null],
      [10, "-5", 20, null, null],
      [null, null, null, null, null],
      ["85.5", 90, null, null, null],
    ];
    const sheets = baris.map((v) => ({ B5: v[0], C5: v[1], D5: v[2], E5: v[3], F5: v[4] }) as Sheet);
    for (const f of [
      "=IKU.KONDISIAKHIR(B5:F5)",
      '=IKU.KONDISIAKHIR(B5:F5,"jumlah")',
      '=IKU.KONDISIAKHIR(B5:F5,"rata-rata")',
      "=IKU.RATAPERTUMBUHAN(B5:F5)",
      '=IKU.RATAPERTUMBUHAN(B5:F5,"geometrik")',
      "=IKU.RATAPERTUMBUHAN(B5)",
      "=IKU.KONDISIAKHIR(B5)",
    ]) {
      expect(setaraNilai(f, sheets).tolak).toEqual([]);
    }
    const kolom = toPlainFormula("=IKU.KONDISIAKHIR(B:B)", { nilai: bacaDari({ B5: "2,5" }) });
    expect(!kolom.ok && kolom.reason.en).toMatch(/only over a bounded range/);
  });

  it("TARGETANTARA and PREDIKAT, NILAISAKIP, ANGKA on text, marks and bounds", () => {
    const tahun: Scalar[] = [null, 2023, "2024", 2026, 2027, "-"];
    setaraNilai(
      "=IKU.TARGETANTARA(A1,B1,C1,D1,E1)",
      kombinasi({ A1: ["-0,1", 6.86, null], B1: [0.2, "NA"], C1: [2023, "2023"], D1: [2026], E1: tahun }),
    );
    const nilai: Scalar[] = [
      null,
      "90,5",
      90,
      "65,0000000005",
      65.0000000005,
      "-",
      "NA",
      "101",
      GALAT,
      "84.35",
    ];
    for (const f of [
      "=IKU.PREDIKAT(B5)",
      '=IKU.PREDIKAT(B5,"berhasil")',
      "=IKU.NILAISAKIP(B5)",
      "=IKU.ANGKA(B5)",
    ]) {
      expect(setaraNilai(f, kombinasi({ B5: nilai })).tolak).toEqual([]);
    }
  });
});

describe("rumusBerkas and ukuranHasil", () => {
  it("a file names NUMBERVALUE _xlfn.NUMBERVALUE, nothing else changes", () => {
    const r = toPlainFormula("=IKU.CAPAIAN(B5,82)", { nilai: bacaDari({ B5: "85,5" }) });
    const f = r.ok ? r.formula : "";
    expect(f).toContain("NUMBERVALUE(");
    expect(rumusBerkas(f)).toBe(f.replace(/NUMBERVALUE\(/g, "_xlfn.NUMBERVALUE("));
    expect(rumusBerkas('=A1&"NUMBERVALUE("')).toBe('=A1&"NUMBERVALUE("');
  });
  it("the size a formula's result covers: one IKU call spills over its element-wise ranges", () => {
    expect(ukuranHasil("=IKU.CAPAIAN(B2:B4,C2)")).toEqual({ rows: 3, cols: 1 });
    expect(ukuranHasil('=IKU.PREDIKAT(B2:D2,"lkjip")')).toEqual({ rows: 1, cols: 3 });
    expect(ukuranHasil("=IKU.CAPAIAN(B2,82)")).toEqual({ rows: 1, cols: 1 });
    expect(ukuranHasil("=IKU.KONDISIAKHIR(B2:F2)")).toEqual({ rows: 1, cols: 1 });
    expect(ukuranHasil("=ROUND(IKU.CAPAIAN(B2,C2),2)")).toEqual({ rows: 1, cols: 1 });
    expect(ukuranHasil("=IKU.PREDIKAT(B2:C3*1)")).toBeUndefined();
  });
});
