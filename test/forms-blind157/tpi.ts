// The per-TPI landing recap of a Dinas Kelautan dan Perikanan in Sulawesi Utara: volume landed per
// quarter at each tempat pelelangan ikan, the yearly sum, the nilai produksi in thousands of rupiah and
// the average price (Rp/kg = nilai (Rp 000) / volume (ton)); a JUMLAH row and a Rata-rata per TPI row
// (the average, not the sum). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Tpi = { id: string; nm: string; kec: string; q: number[]; harga: number };

export function rekapTpiMinahasa(): BookW {
  const b = new BookW(
    "rekap-pendaratan-ikan-per-tpi-dkp-minahasa-pesisir.xlsx",
    "Rekap pendaratan ikan per TPI (DKP)",
    "Rekap pendaratan ikan 2024 per TPI of a DKP in Sulawesi Utara: No | Nama TPI / PPI | Kecamatan | 'Volume Pendaratan (ton)' > Triwulan I .. IV | Jumlah | Nilai Produksi (Rp 000) | Harga Rata-rata (Rp/kg); number row with '8 = 4+5+6+7' and '10 = 9 / 8'; JUMLAH and Rata-rata per TPI rows",
  );
  const S = "Rekap TPI 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MINAHASA PESISIR",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Trans Sulawesi No. 41 Amurang Pantai",
  ]);
  s.lines([
    "REKAPITULASI PENDARATAN IKAN MENURUT TEMPAT PELELANGAN IKAN (TPI)",
    "TAHUN 2024",
    "(volume dalam ton; nilai produksi dalam ribuan rupiah)",
  ]);
  s.gap();
  const T: Tpi[] = [
    {
      id: "t1",
      nm: "TPI Amurang Pantai",
      kec: "Amurang Barat",
      q: [312.4, 288.7, 341.2, 305.9],
      harga: 18_500,
    },
    { id: "t2", nm: "PPI Tumpaan Baru", kec: "Tumpaan", q: [198.6, 176.3, 210.8, 189.5], harga: 17_250 },
    { id: "t3", nm: "TPI Belang Raya", kec: "Belang", q: [421.7, 398.2, 455.6, 430.1], harga: 21_400 },
    { id: "t4", nm: "TPI Ratatotok Timur", kec: "Ratatotok", q: [156.2, 149.8, 171.4, 162.0], harga: 19_800 },
    { id: "t5", nm: "TPI Kema Selatan", kec: "Kema", q: [264.3, 251.9, 289.7, 270.6], harga: 16_900 },
  ];
  const V = "Volume Pendaratan (ton)";
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Nama TPI / PPI"], role: "lokasi", num: 2, width: 22 },
    { key: "kec", head: ["Kecamatan"], num: 3, width: 16 },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [V, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: 4 + i,
      fmt: DEC,
      width: 11,
    })),
    {
      key: "jml",
      head: [V, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: DEC,
      width: 12,
    },
    { key: "nil", head: ["Nilai Produksi (Rp 000)"], role: "lainnya", num: 9, fmt: INT, width: 15 },
    {
      key: "hrg",
      head: ["Harga Rata-rata (Rp/kg)"],
      role: "lainnya",
      num: "10 = 9 / 8",
      fmt: INT,
      width: 12,
    },
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const tot = (t: Tpi) =>
    round(
      t.q.reduce((n, v) => n + v, 0),
      1,
    );
  const rng = (k: string, x: Ctx) => `${x.a(k, "t1")}:${x.a(k, "t5")}`;
  const trueQ2 = round(
    T.reduce((n, t) => n + t.q[1], 0),
    1,
  );
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...T.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: p.nm,
          kec: p.kec,
          q1: p.q[0],
          q2: p.q[1],
          q3: p.q[2],
          q4: p.q[3],
          // planted: Belang's Jumlah typed 1,750.6 (the four quarters give 1,705.6)
          jml: p.id === "t3" ? 1750.6 : fx(qs.map((k) => x.a(k)).join("+")),
          nil: Math.round(tot(p) * p.harga),
          hrg: fx(`ROUND(${x.a("nil")}/${x.a("jml")},0)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          q1: fx(`SUM(${rng("q1", x)})`),
          // planted: stale cached result from before the Kema Selatan Triwulan II data were revised
          q2: fx(`SUM(${rng("q2", x)})`, round(trueQ2 - 42.5, 1)),
          q3: fx(`SUM(${rng("q3", x)})`),
          q4: fx(`SUM(${rng("q4", x)})`),
          jml: fx(`SUM(${rng("jml", x)})`),
          nil: fx(`SUM(${rng("nil", x)})`),
          hrg: fx(`ROUND(${x.a("nil")}/${x.a("jml")},0)`),
        }),
      },
      {
        id: "avg",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "Rata-rata per TPI",
          q1: fx(`ROUND(AVERAGE(${rng("q1", x)}),2)`),
          q3: fx(`ROUND(AVERAGE(${rng("q3", x)}),2)`),
          q4: fx(`ROUND(AVERAGE(${rng("q4", x)}),2)`),
          nil: fx(`ROUND(AVERAGE(${rng("nil", x)}),0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: data bersumber dari buku lelang TPI dan laporan harian syahbandar perikanan.",
    "*) Data Triwulan IV PPI Tumpaan Baru bersifat sementara.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Amurang, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN MINAHASA PESISIR,"],
    nama: "Ir. JOUDY F. RUMENGAN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690812 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "t3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah volume of TPI Belang Raya is a typed 1,750.6 among 4+5+6+7 formulas; 421.7 + 398.2 + 455.6 + 430.1 give 1,705.6 (digits swapped)",
    truth: qs.map((k) => a(k, "t3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Triwulan II is =SUM with a stale cached ${round(trueQ2 - 42.5, 1)}; the five TPI give ${trueQ2}`,
    truth: `SUM(${a("q2", "t1")}:${a("q2", "t5")})`,
  });
  for (const p of T)
    if (p.id !== "t3")
      b.ok({
        sheet: S,
        cell: a("jml", p.id),
        rules: ["sum-mismatch"],
        truth: qs.map((k) => a(k, p.id)).join("+"),
      });
  for (const k of ["q1", "q3", "q4", "nil"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "t1")}:${a(k, "t5")})` });
  // the Rata-rata per TPI row is the average of the five TPI, not their sum (nor the JUMLAH)
  for (const k of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a(k, "avg"),
      rules: ["sum-mismatch"],
      truth: `ROUND(AVERAGE(${a(k, "t1")}:${a(k, "t5")}),2)`,
      trap: `SUM(${a(k, "t1")}:${a(k, "t5")})`,
    });
  return b.finish();
}
