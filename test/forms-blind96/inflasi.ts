// Inflation and market prices kept by the Bagian Perekonomian dan SDA of a kabupaten in Kalimantan
// Selatan (TPID secretariat): the monthly year-on-year inflation of 2024 against the TPID target
// (lower is better, capaian by refleksi, the year is December's level, never a sum), and on a second
// sheet the average price of staple goods per week at one market with the change against last month.
// Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export function inflasiBatuMandi(): BookW {
  const b = new BookW(
    "inflasi-yoy-harga-pasar-tpid-batu-mandi-raya.xlsx",
    "rekap inflasi bulanan yoy dan harga bahan pokok mingguan (Bagian Perekonomian)",
    "sheet 'Inflasi 2024': No | Bulan | IHK (2018=100) | 'Inflasi (%)' > m-to-m | y-on-y | Sasaran Inflasi TPID (%) | Capaian (%) refleksi | Ket.; number row (1)..(7) with '(6) = (2x(5)-(4))/(5)x100'; footer 'Tahun 2024 (posisi Desember)' = the December level; sheet 'Harga Pasar Nov 2024': No | Komoditas | Satuan | 'Harga Rata-rata per Minggu (Rp)' > Minggu I..IV | Rata-rata November | Rata-rata Oktober | Perubahan (%)",
  );
  const S = "Inflasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATU MANDI RAYA",
    "SEKRETARIAT DAERAH - BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM",
    "Jl. Jenderal Sudirman No. 27 Batu Mandi, Kalimantan Selatan 71472",
  ]);
  s.lines([
    "REKAPITULASI INFLASI BULANAN YEAR ON YEAR (YoY) TAHUN 2024",
    "Tim Pengendalian Inflasi Daerah (TPID) Kabupaten Batu Mandi Raya",
  ]);
  s.gap();
  const ihk = [104.62, 104.88, 105.71, 105.93, 105.4, 105.12, 105.36, 105.21, 105.03, 105.27, 105.58, 106.02];
  const mtm = [0.41, 0.25, 0.79, 0.21, -0.5, -0.27, 0.23, -0.14, -0.17, 0.23, 0.29, 0.42];
  const yoy = [2.85, 2.61, 3.12, 3.05, 2.78, 2.41, 2.19, 2.05, 1.86, 1.72, 1.58, 1.63];
  const T = 3;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], role: "indikator", num: "(2)", width: 30 },
    { key: "ihk", head: ["IHK (2018=100)"], role: "lainnya", num: "(3)", fmt: DEC, width: 11 },
    { key: "mtm", head: ["Inflasi (%)", "m-to-m"], role: "lainnya", num: "(4a)", fmt: DEC, width: 9 },
    {
      key: "yoy",
      head: ["Inflasi (%)", "y-on-y"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "t",
      head: ["Sasaran Inflasi TPID (%)"],
      role: "target",
      year: 2024,
      num: "(5)",
      fmt: DEC,
      width: 11,
    },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(6) = (2x(5)-(4))/(5)x100",
      fmt: DEC,
      width: 14,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(7)", width: 18 },
  ];
  const PLANT = 2; // Maret
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((m, i): Row => ({
        id: `m${i}`,
        cells: (c) => ({
          no: i + 1,
          bln: m,
          ihk: ihk[i],
          mtm: mtm[i],
          yoy: yoy[i],
          t: T,
          // planted: Maret (3,12 above the sasaran) got the R / T formula of a positive indicator
          c: fx(i === PLANT ? rt(c.a("yoy"), c.a("t")) : refl(c.a("yoy"), c.a("t"))),
          ket: yoy[i] > T ? "di atas sasaran" : "terkendali",
        }),
      })),
      {
        id: "th",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "Tahun 2024 (posisi Desember, yoy)",
          ihk: fx(c.a("ihk", "m11")),
          yoy: fx(c.a("yoy", "m11")),
          t: T,
          c: fx(refl(c.a("yoy"), c.a("t"))),
          ket: "nilai akhir tahun",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: BPS Kabupaten Batu Mandi Raya (diolah). Sasaran inflasi 3,0 % batas atas TPID.",
    "Inflasi semakin rendah semakin baik: capaian = (2 x sasaran - realisasi) / sasaran x 100 %.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Batu Mandi, 10 Januari 2025",
    jabatan: ["Kepala Bagian Perekonomian dan SDA,"],
    nama: "H. AHMAD RIFANI NOOR, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19790314 200501 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "m2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of Maret is =ROUND(R/T*100,2) = 104.00, the formula of a positive indicator; inflation is lower is better (note, number row): (2 x 3.00 - 3.12) / 3.00 x 100 gives 96.00",
    truth: refl(a("yoy", "m2"), a("t", "m2")),
  });
  for (const i of [0, 3, 9]) {
    const R = a("yoy", `m${i}`);
    const Tc = a("t", `m${i}`);
    b.ok({
      sheet: S,
      cell: a("c", `m${i}`),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: refl(R, Tc),
      trap: rt(R, Tc),
    });
  }
  b.ok({
    sheet: S,
    cell: a("yoy", "th"),
    rules: ["sum-mismatch"],
    truth: a("yoy", "m11"),
    // a year-on-year rate: the year is the December level, never the twelve months added
    trap: `SUM(${a("yoy", "m0")}:${a("yoy", "m11")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "th"),
    rules: ["capaian-mismatch"],
    truth: refl(a("yoy", "th"), a("t", "th")),
    trap: `ROUND(AVERAGE(${a("c", "m0")}:${a("c", "m11")}),2)`,
  });
  if (round(((2 * T - yoy[2]) / T) * 100) !== 96) throw new Error("inflasi maret");

  // ------------------------------------------------------------------ harga bahan pokok per minggu
  const H = "Harga Pasar Nov 2024";
  const h = b.sheet(H);
  letterhead(h, ["BAGIAN PEREKONOMIAN DAN SDA SETDA KABUPATEN BATU MANDI RAYA"]);
  h.lines([
    "HARGA RATA-RATA BAHAN POKOK PASAR INDUK BATU MANDI",
    "Bulan November 2024 (pemantauan mingguan, Rp per satuan)",
  ]);
  h.gap();
  type K = { id: string; nm: string; sat: string; w: number[]; okt: number };
  const kom: K[] = [
    { id: "k1", nm: "Beras medium", sat: "kg", w: [13500, 13500, 13600, 13600], okt: 13400 },
    { id: "k2", nm: "Beras premium (Unus)", sat: "kg", w: [16800, 16800, 17000, 17000], okt: 16500 },
    { id: "k3", nm: "Gula pasir", sat: "kg", w: [17500, 17800, 17800, 18000], okt: 17600 },
    { id: "k4", nm: "Minyak goreng curah", sat: "liter", w: [17000, 17000, 17200, 17200], okt: 16800 },
    { id: "k5", nm: "Cabai rawit (Hiyung)", sat: "kg", w: [58000, 64000, 72000, 76000], okt: 52000 },
    { id: "k6", nm: "Bawang merah", sat: "kg", w: [36000, 34000, 33000, 32000], okt: 38000 },
    { id: "k7", nm: "Telur ayam ras", sat: "kg", w: [28500, 28500, 29000, 29500], okt: 28000 },
    { id: "k8", nm: "Daging ayam ras", sat: "kg", w: [38000, 38000, 39000, 40000], okt: 37000 },
  ];
  const avg = (x: K) => round(x.w.reduce((p, q) => p + q, 0) / 4, 0);
  const chg = (x: K) => round(((avg(x) - x.okt) / x.okt) * 100);
  const PK = "k5";
  const hk = h.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Komoditas"], role: "indikator", width: 26 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      ...[1, 2, 3, 4].map((w): Col => ({
        key: `w${w}`,
        head: ["Harga Rata-rata per Minggu (Rp)", `Minggu ${["I", "II", "III", "IV"][w - 1]}`],
        role: "realisasi",
        fmt: RP,
        width: 11,
      })),
      { key: "nov", head: ["Rata-rata November"], role: "realisasi", year: 2024, fmt: RP, width: 12 },
      { key: "okt", head: ["Rata-rata Oktober"], role: "realisasi", year: 2024, fmt: RP, width: 12 },
      { key: "ch", head: ["Perubahan (%)"], role: "pertumbuhan", fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: kom.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        nm: x.nm,
        sat: x.sat,
        w1: x.w[0],
        w2: x.w[1],
        w3: x.w[2],
        w4: x.w[3],
        nov: fx(`ROUND(AVERAGE(${c.a("w1")}:${c.a("w4")}),0)`),
        okt: x.okt,
        // planted: cabai rawit's change is a typed 13.46 (left over from the October sheet) among
        // formulas; 67,500 against 52,000 is 29.81
        ch: x.id === PK ? fmt(13.46, DEC) : fx(`ROUND((${c.a("nov")}-${c.a("okt")})/${c.a("okt")}*100,2)`),
      }),
    })),
  });
  h.gap();
  h.lines(["Sumber: Tim SP2KP pasar induk, diolah Bagian Perekonomian dan SDA."]);
  b.plant({
    at: { sheet: H, cell: hk.a("ch", PK) },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Perubahan (%) of cabai rawit is a typed 13.46 among formulas; the November average 67,500 against Oktober's 52,000 gives 29.81",
    truth: `ROUND((${hk.a("nov", PK)}-${hk.a("okt", PK)})/${hk.a("okt", PK)}*100,2)`,
  });
  for (const x of kom.filter((k) => k.id !== PK).slice(0, 4)) {
    b.ok({
      sheet: H,
      cell: hk.a("ch", x.id),
      rules: ["growth-mismatch", "hardcoded-value"],
      truth: `ROUND((${hk.a("nov", x.id)}-${hk.a("okt", x.id)})/${hk.a("okt", x.id)}*100,2)`,
    });
    if (chg(x) === 0) throw new Error("harga chg");
  }
  for (const id of ["k1", "k5", "k6"])
    b.ok({
      sheet: H,
      cell: hk.a("nov", id),
      rules: ["sum-mismatch"],
      truth: `ROUND(AVERAGE(${hk.a("w1", id)}:${hk.a("w4", id)}),0)`,
      // a price is a level: the month is the average of its weeks, not their sum
      trap: `SUM(${hk.a("w1", id)}:${hk.a("w4", id)})`,
    });
  if (avg(kom[4]) !== 67500) throw new Error("cabai avg");
  return b.finish();
}
