// The Bagian Perekonomian of a kabupaten's Sekretariat Daerah as the secretariat of the TPID (Tim
// Pengendalian Inflasi Daerah): a monthly table of the beras medium price in a Jawa Tengah and a
// Kalimantan Timur kabupaten side by side with the year-on-year change, the LKjIP 2024 measurement
// of the Bagian in Kalimantan Timur (inflasi yoy lower is better), and its T-C.27 Renstra funding
// table 2025-2029 in thousands of rupiah. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

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
const yoy = (h24: string, h23: string) => `ROUND((${h24}-${h23})/${h23}*100,2)`;

// ============================================================== harga beras bulanan, two provinces

export function hargaBeras(): BookW {
  const b = new BookW(
    "harga-beras-medium-bulanan-tpid-sindangreja-mahakam-hulu.xlsx",
    "Tabel harga bulanan dan inflasi yoy (TPID)",
    "Harga rata-rata beras medium per bulan 2023 / 2024 of two TPID secretariats side by side (Kabupaten Sindangreja, Jawa Tengah | Kabupaten Mahakam Hulu Raya, Kalimantan Timur), an empty column between: Bulan | Harga 2023 (Rp/kg) | Harga 2024 (Rp/kg) | Perubahan yoy (%); number row '4 = (3 - 2) / 2 x 100'; Rata-rata row (AVERAGE; the yoy of the averages)",
  );
  const S = "Harga Beras 2024";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT TIM PENGENDALIAN INFLASI DAERAH (TPID)", "BAGIAN PEREKONOMIAN SETDA"]);
  s.lines([
    "PERKEMBANGAN HARGA RATA-RATA BERAS MEDIUM DI TINGKAT ECERAN (Rp/kg)",
    "BULAN JANUARI S.D. DESEMBER 2024 DIBANDINGKAN TAHUN 2023",
  ]);
  s.gap();
  const jt23 = [
    11_250, 11_400, 11_600, 11_500, 11_450, 11_500, 11_600, 11_800, 12_100, 12_300, 12_350, 12_400,
  ];
  const jt24 = [
    13_100, 13_550, 14_200, 13_900, 13_500, 13_350, 13_300, 13_250, 13_200, 13_150, 13_100, 13_150,
  ];
  const kt23 = [
    12_800, 12_900, 13_100, 13_050, 13_000, 13_050, 13_150, 13_300, 13_600, 13_800, 13_850, 13_900,
  ];
  const kt24 = [
    14_300, 14_650, 15_300, 15_150, 14_900, 14_800, 14_750, 14_700, 14_650, 14_600, 14_600, 14_650,
  ];
  s.lines(["Kabupaten Sindangreja (Jawa Tengah)"], 1, { bold: true });
  s.put(s.r - 1, 6, "Kabupaten Mahakam Hulu Raya (Kalimantan Timur)", { bold: true });
  const top = s.r;
  const mk = (h23: number[], h24: number[], typed?: [number, number], wrong?: number) => {
    const cols: Col[] = [
      { key: "bln", head: ["Bulan"], num: 1, width: 12 },
      {
        key: "h23",
        head: ["Harga Rata-rata (Rp/kg)", "2023"],
        role: "realisasi",
        year: 2023,
        num: 2,
        fmt: RP,
        width: 11,
      },
      {
        key: "h24",
        head: ["Harga Rata-rata (Rp/kg)", "2024"],
        role: "realisasi",
        year: 2024,
        num: 3,
        fmt: RP,
        width: 11,
      },
      {
        key: "yoy",
        head: ["Perubahan yoy (%)"],
        role: "pertumbuhan",
        year: 2024,
        num: "4 = (3 - 2) / 2 x 100",
        fmt: DEC,
        width: 12,
      },
    ];
    const rows: Row[] = BULAN.map((m, i): Row => ({
      id: `m${i + 1}`,
      cells: (x: Ctx) => ({
        bln: m,
        h23: h23[i],
        h24: h24[i],
        yoy:
          typed && typed[0] === i
            ? typed[1]
            : wrong === i
              ? fx(`ROUND((${x.a("h24")}-${x.a("h23")})/${x.a("h24")}*100,2)`)
              : fx(yoy(x.a("h24"), x.a("h23"))),
      }),
    }));
    rows.push({
      id: "avg",
      bold: true,
      cells: (x: Ctx) => ({
        bln: "Rata-rata",
        h23: fx(`ROUND(AVERAGE(${x.a("h23", "m1")}:${x.a("h23", "m12")}),0)`),
        h24: fx(`ROUND(AVERAGE(${x.a("h24", "m1")}:${x.a("h24", "m12")}),0)`),
        yoy: fx(yoy(x.a("h24"), x.a("h23"))),
      }),
    });
    return { cols, headerRows: 2, numberRow: "plain" as const, rows };
  };
  // planted: Jawa Tengah March typed 18.22 (14,200 vs 11,600 is 22.41); Kaltim August divides by 2024
  const tj = s.table(mk(jt23, jt24, [2, 18.22]), 1, top);
  const tk = s.table(mk(kt23, kt24, undefined, 7), 6, top);
  s.gap();
  s.lines([
    "Sumber: Panel Harga Pangan dan survei pasar mingguan Dinas Perdagangan (diolah).",
    "Catatan: baris Rata-rata kolom 4 adalah perubahan harga rata-rata tahunan, bukan rata-rata persentase bulanan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sindangreja, 6 Januari 2025",
    jabatan: ["KEPALA BAGIAN PEREKONOMIAN,"],
    nama: "RETNO WULANDARI, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19800721 200501 2 009",
  });

  b.plant({
    at: { sheet: S, cell: tj.a("yoy", "m3") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Perubahan yoy of Maret (Jawa Tengah) is a typed 18.22 among ROUND formulas; (14,200 - 11,600) / 11,600 gives 22.41",
    truth: yoy(tj.a("h24", "m3"), tj.a("h23", "m3")),
  });
  b.plant({
    at: { sheet: S, cell: tk.a("yoy", "m8") },
    rules: ["growth-mismatch", "inconsistent-formula"],
    note: "Perubahan yoy of Agustus (Kalimantan Timur) divides by the 2024 price: (14,700 - 13,300) / 14,700 = 9.52; against the 2023 price it is 10.53, as every other month computes",
    truth: yoy(tk.a("h24", "m8"), tk.a("h23", "m8")),
  });
  for (const [t, id] of [
    [tj, "m1"],
    [tj, "m9"],
    [tk, "m3"],
    [tk, "m12"],
  ] as const)
    b.ok({
      sheet: S,
      cell: t.a("yoy", id),
      rules: ["growth-mismatch"],
      truth: yoy(t.a("h24", id), t.a("h23", id)),
      trap: `ROUND((${t.a("h24", id)}-${t.a("h23", id)})/${t.a("h24", id)}*100,2)`,
    });
  for (const t of [tj, tk])
    for (const k of ["h23", "h24"])
      b.ok({
        sheet: S,
        cell: t.a(k, "avg"),
        rules: ["sum-mismatch"],
        truth: `ROUND(AVERAGE(${t.a(k, "m1")}:${t.a(k, "m12")}),0)`,
        trap: `SUM(${t.a(k, "m1")}:${t.a(k, "m12")})`,
        tol: 0.5,
      });
  b.ok({
    sheet: S,
    cell: tj.a("yoy", "avg"),
    rules: ["growth-mismatch"],
    truth: yoy(tj.a("h24", "avg"), tj.a("h23", "avg")),
  });
  return b.finish();
}

// ==================================================================== LKjIP 2024 Bagian Perekonomian

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  r23: number;
};

export function lkjipTpid(): BookW {
  const b = new BookW(
    "lkjip-tpid-bagian-perekonomian-mahakam-hulu-raya.xlsx",
    "LKjIP pengukuran kinerja (Bagian Perekonomian, TPID)",
    "LKjIP 2024 Tabel III.1 of a Bagian Perekonomian Setda in Kalimantan Timur: No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; two lower-is-better rows (inflasi yoy, disparitas harga) with refleksi (2T - R) / T; Rata-rata and Kategori rows; note with the bands",
  );
  const S = "Tabel III.1";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KABUPATEN MAHAKAM HULU RAYA", "BAGIAN PEREKONOMIAN"]);
  s.lines(["Tabel III.1", "Capaian Indikator Kinerja Bagian Perekonomian Tahun 2024"]);
  s.gap();
  const S1 = "Terkendalinya inflasi daerah";
  const S2 = "Meningkatnya efektivitas koordinasi pengendalian harga pangan";
  const xs: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Tingkat inflasi year-on-year (yoy) Kabupaten",
      sat: "%",
      t: 3.5,
      r: 2.87,
      neg: true,
      r23: 3.92,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Disparitas harga beras medium antarpasar",
      sat: "%",
      t: 10,
      r: 8.4,
      neg: true,
      r23: 11.6,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah pelaksanaan operasi pasar / Gerakan Pangan Murah",
      sat: "kali",
      t: 24,
      r: 30,
      r23: 21,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase rekomendasi TPID yang ditindaklanjuti perangkat daerah",
      sat: "%",
      t: 80,
      r: 72,
      r23: 65,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase ketersediaan stok beras CPP terhadap kebutuhan darurat",
      sat: "%",
      t: 100,
      r: 86.5,
      r23: 92,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (cap(xs[3]) !== 90 || predikatBaik(90) !== "Baik") throw new Error("lkjip i4");
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...xs.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx): Record<string, Cell> => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the stok beras capaian typed 96.50 (86.50 / 100 x 100 = 86.50)
          c:
            x.id === "i5"
              ? 96.5
              : x.neg
                ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: operasi pasar 125.00 called "Baik"
          p: x.id === "i3" ? "Baik" : x.id === "i5" ? "Sangat Baik" : predikatBaik(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 1 dan 2 bersifat negatif, capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Ujoh Bilang Raya, 20 Februari 2025",
    jabatan: ["KEPALA BAGIAN PEREKONOMIAN,"],
    nama: "DANIEL HUVANG LAHANG, S.STP., M.Si.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19880214 200701 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the stok beras CPP is a typed 96.50 among ROUND formulas; 86.50 / 100 x 100 gives 86.50",
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 125.00 (30 operasi pasar against 24); above 90 the note's band is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  // inflasi and disparitas are lower is better: the refleksi, not R / T
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`,
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  // 90.00 exactly is Baik: the band above 90 starts after it
  b.ok({
    sheet: S,
    cell: a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
    trap: `"Sangat Baik"`,
  });
  return b.finish();
}

// ============================================================ T-C.27 Renstra Bagian Perekonomian

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level?: boolean;
  bold?: boolean;
};

export function tc27Perekonomian(): BookW {
  const b = new BookW(
    "tc27-pendanaan-tpid-perekonomian-mahakam-hulu-raya.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Bagian Perekonomian)",
    "T-C.27 Renstra Setda 2025-2029 for the Bagian Perekonomian in Kalimantan Timur, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 each K | Rp | Kondisi Akhir Periode Renstra K | Rp | Unit Kerja; number row merged over pairs, '11 = 6 s.d. 10 (Rp)'; levels end at 2029, flows add; Rp sums by hand (K | Rp side by side)",
  );
  const S = "T-C.27 Perekonomian";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MAHAKAM HULU RAYA", "SEKRETARIAT DAERAH - BAGIAN PEREKONOMIAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Sekretariat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Tc[] = [
    {
      id: "s11",
      kode: "4.01.03.2.01.0001",
      ur: "Koordinasi Pengendalian Inflasi Daerah (TPID)",
      ind: "Jumlah rapat koordinasi High Level Meeting / TPID",
      sat: "kali",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [185_000, 195_000, 205_000, 215_000, 225_000],
    },
    {
      id: "s12",
      kode: "4.01.03.2.01.0003",
      ur: "Fasilitasi Operasi Pasar dan Gerakan Pangan Murah",
      ind: "Jumlah pelaksanaan operasi pasar / GPM",
      sat: "kali",
      awal: 30,
      k: [24, 24, 26, 26, 28],
      rp: [420_000, 440_000, 465_000, 490_000, 515_000],
    },
    {
      id: "s21",
      kode: "4.01.03.2.02.0002",
      ur: "Pemantauan Harga dan Stok Bahan Pokok",
      ind: "Jumlah laporan pemantauan harga mingguan",
      sat: "laporan",
      awal: 52,
      k: [52, 52, 52, 52, 52],
      rp: [96_000, 101_000, 106_000, 111_000, 116_000],
    },
  ];
  const rows0: Tc[] = [
    {
      id: "p",
      kode: "4.01.03",
      ur: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
      ind: "Tingkat inflasi year-on-year (yoy)",
      sat: "%",
      awal: 2.87,
      k: [3.5, 3.25, 3.0, 3.0, 2.75],
      level: true,
      bold: true,
    },
    {
      id: "k1",
      kode: "4.01.03.2.01",
      ur: "Pelaksanaan Kebijakan Perekonomian",
      ind: "Jumlah rekomendasi kebijakan pengendalian inflasi",
      sat: "rekomendasi",
      awal: 5,
      k: [6, 6, 8, 8, 8],
    },
    subs[0],
    subs[1],
    {
      id: "k2",
      kode: "4.01.03.2.02",
      ur: "Pelaksanaan Koordinasi Kebijakan Perekonomian",
      ind: "Persentase komoditas strategis terpantau harganya",
      sat: "%",
      awal: 87.5,
      k: [90, 92.5, 95, 97.5, 100],
      level: true,
    },
    subs[2],
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s11", "s12"], k2: ["s21"] };
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 16 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: "#,##0.##",
      width: 11,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ${y}`, "Target"],
        role: "target",
        year: y,
        num: 6 + i,
        fmt: "#,##0.##",
        width: 8,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11 = 6 s.d. 10",
      fmt: "#,##0.##",
      width: 9,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11 = 6 s.d. 10",
      fmt: RP,
      width: 13,
    },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows0.map((e): Row => ({
      id: e.id,
      bold: e.bold,
      cells: (x: Ctx) => {
        const out: Record<string, Cell> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          unit: "Bagian Perekonomian",
        };
        YRS.forEach((y, i) => {
          out[`k${y}`] = e.k[i];
          // planted: the 2027 Rp of the operasi pasar typed 4,650,000 (465,000 with a zero too many)
          out[`r${y}`] = kids[e.id]
            ? fx(kids[e.id].map((c) => x.a(`r${y}`, c)).join("+"))
            : e.id === "s12" && y === 2027
              ? 4_650_000
              : e.rp![i];
        });
        out.ak = e.level ? fx(x.a("k2029")) : fx(YRS.map((y) => x.a(`k${y}`)).join("+"));
        // planted: the koordinasi TPID's Rp kondisi akhir typed as four years (800,000)
        out.ar = e.id === "s11" ? 800_000 : fx(YRS.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator program (inflasi yoy) semakin rendah semakin baik dalam rentang sasaran inflasi nasional 2,5 +/- 1 %.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Ujoh Bilang Raya, 14 Maret 2025",
    jabatan: ["SEKRETARIS DAERAH,"],
    nama: "Drs. YOHANES AJANG BATO, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19700618 199303 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrsum = (k: string, id: string) => YRS.map((y) => a(`${k}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "s12") },
    rules: ["target-outlier"],
    note: "Rp 2027 of the operasi pasar is 4,650,000 (ribuan), ten times its neighbours 440,000 and 490,000; 465,000 was meant",
    truth: `ROUND((${a("r2026", "s12")}+${a("r2028", "s12")})/2,0)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ar", "s11") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of the koordinasi TPID is a typed 800,000, the years 2025-2028 only; the five years give 1,025,000",
    truth: yrsum("r", "s11"),
  });
  // levels end at the 2029 target; flows add the five years
  for (const id of ["p", "k2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: yrsum("k", id),
    });
  for (const id of ["k1", "s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrsum("k", id),
      trap: a("k2029", id),
    });
  // the Rp kondisi akhir adds the Rp only, not the K between them
  b.ok({
    sheet: S,
    cell: a("ar", "s21"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: yrsum("r", "s21"),
    trap: `SUM(${a("r2025", "s21")}:${a("r2029", "s21")})`,
  });
  b.ok({ sheet: S, cell: a("ar", "k2"), rules: ["kondisi-akhir-mismatch"], truth: yrsum("r", "k2") });
  for (const y of [2025, 2029]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  }
  for (const id of ["s11", "s12", "s21"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s21" ? "k2" : "k1"),
    });
  b.ok({ sheet: S, cell: a("k2029", "p"), rules: ["target-trend"], truth: "2.75" });
  return b.finish();
}
