// Set 338, evaluation and plan forms of two Disdukcapil: an E.81 Renja evaluation (Kabupaten Lembah
// Sirapan, Sumatera Barat), a T-C.27 Renstra funding table (Kota Teluk Warindi, Sulawesi Tenggara) and
// an LKjIP measurement table. Every place, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const SIRAPAN = [
  "PEMERINTAH KABUPATEN LEMBAH SIRAPAN",
  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
  "Jl. Bagindo Aziz Chan No. 14, Sirapan Hilir",
];
const WARINDI = [
  "PEMERINTAH KOTA TELUK WARINDI",
  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
  "Jl. Laode Mangkubumi No. 7, Teluk Warindi",
];

type E81Line = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  /** levels keep the last quarter and the latest value; flows add up */
  level: boolean;
  k: [number, number, number, number, number, number, number]; // 5, 6, 7, TW I..IV
  rp: [number, number, number, number, number, number, number];
};

/** E.81 s.d. Triwulan IV 2024, Kode first (no No column), Satuan column, pairs numbered once. */
export function e81Disdukcapil(): BookW {
  const book = new BookW(
    "e81-disdukcapil-lembah-sirapan-338.xlsx",
    "E.81",
    "Evaluasi Renja Disdukcapil Kabupaten Lembah Sirapan s.d. Triwulan IV 2024",
  );
  const s = book.sheet("Evaluasi Renja TW IV");
  letterhead(s, SIRAPAN);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SIRAPAN",
    "Renja Disdukcapil Tahun 2024, periode pelaksanaan s.d. Triwulan IV (Renstra 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const pair = (key: string, g: string, num: string, kr: [string, number?], rr: [string, number?]): Col[] => [
    { key: `${key}k`, head: [g, "K"], role: kr[0] as Col["role"], year: kr[1], num, fmt: DEC },
    { key: `${key}r`, head: [g, "Rp"], role: rr[0] as Col["role"], year: rr[1], num, fmt: INT, width: 14 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 16 },
    { key: "uraian", head: ["Urusan / Program / Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("c5", "Target Renstra PD Akhir Periode (2026)", "5", ["target"], ["anggaran"]),
    ...pair(
      "c6",
      "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)",
      "6",
      ["realisasi", 2023],
      ["realisasi-anggaran", 2023],
    ),
    ...pair("c7", "Target Kinerja dan Anggaran Renja 2024", "7", ["target", 2024], ["anggaran", 2024]),
    ...pair("q1", "Realisasi Triwulan I", "8", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...pair("q2", "Realisasi Triwulan II", "9", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...pair("q3", "Realisasi Triwulan III", "10", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...pair("q4", "Realisasi Triwulan IV", "11", ["realisasi", 2024], ["realisasi-anggaran", 2024]),
    ...pair(
      "c12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      ["realisasi", 2024],
      ["realisasi-anggaran", 2024],
    ),
    ...pair(
      "c13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "13 = 6 + 12",
      ["realisasi", 2024],
      ["realisasi-anggaran", 2024],
    ),
    ...pair("c14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", ["capaian"], ["capaian"]),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const lines: E81Line[] = [
    {
      id: "p1",
      kode: "2.12.02",
      uraian: "Program Pendaftaran Penduduk",
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      sat: "%",
      level: true,
      k: [99, 96.2, 97.5, 96.5, 96.9, 97.2, 97.6],
      rp: [4850000, 2810000, 1020000, 180000, 260000, 240000, 310000],
    },
    {
      id: "k1",
      kode: "2.12.02.2.01",
      uraian: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah keping KTP-el yang dicetak",
      sat: "keping",
      level: false,
      k: [60000, 35400, 12500, 2900, 3300, 3100, 3400],
      rp: [3100000, 1790000, 640000, 110000, 170000, 150000, 195000],
    },
    {
      id: "k2",
      kode: "2.12.02.2.02",
      uraian: "Penataan Pendaftaran Penduduk",
      ind: "Jumlah perekaman KTP-el pemula",
      sat: "orang",
      level: false,
      k: [42000, 24800, 8800, 1950, 2300, 2150, 2480],
      rp: [1750000, 1020000, 380000, 70000, 90000, 90000, 115000],
    },
    {
      id: "p2",
      kode: "2.12.03",
      uraian: "Program Pencatatan Sipil",
      ind: "Persentase anak 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      level: true,
      k: [98, 93.4, 95, 93.9, 94.4, 94.8, 95.3],
      rp: [2400000, 1380000, 520000, 95000, 130000, 125000, 160000],
    },
    {
      id: "k3",
      kode: "2.12.03.2.01",
      uraian: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta kelahiran yang diterbitkan",
      sat: "lembar",
      level: false,
      k: [30000, 17900, 6200, 1420, 1610, 1530, 1760],
      rp: [2400000, 1380000, 520000, 95000, 130000, 125000, 160000],
    },
  ];
  const keys = ["c5", "c6", "c7", "q1", "q2", "q3", "q4"];
  const rows: Row[] = lines.map((l) => ({
    id: l.id,
    bold: l.level,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: l.kode,
        uraian: l.uraian,
        ind: l.ind,
        sat: l.sat,
        pj: "Bidang " + (l.kode.startsWith("2.12.02") ? "Dafduk" : "Capil"),
      };
      keys.forEach((k, i) => {
        out[`${k}k`] = l.k[i];
        out[`${k}r`] = l.rp[i];
      });
      out.c12k = l.level
        ? fx(`${x.a("q4k")}`)
        : fx(`SUM(${x.a("q1k")},${x.a("q2k")},${x.a("q3k")},${x.a("q4k")})`);
      out.c12r = fx(`SUM(${x.a("q1r")},${x.a("q2r")},${x.a("q3r")},${x.a("q4r")})`);
      out.c13k = l.level ? fx(`${x.a("c12k")}`) : fx(`${x.a("c6k")}+${x.a("c12k")}`);
      out.c13r = l.id === "k2" ? 1358000 : fx(`${x.a("c6r")}+${x.a("c12r")}`);
      out.c14k = fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`, l.id === "k1" ? 88.17 : undefined);
      out.c14r = fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`);
      return out;
    },
  }));
  const ids = lines.map((l) => l.id);
  rows.push({
    id: "avg",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => ({
      kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
      c14k: fx(`ROUND(AVERAGE(${x.a("c14k", ids[0])}:${x.a("c14k", ids[4])}),2)`),
      c14r: fx(`ROUND(AVERAGE(${x.a("c14r", ids[0])}:${x.a("c14r", ids[4])}),2)`),
    }),
  });
  rows.push({
    id: "pred",
    bold: true,
    span: ["kode", "sat"],
    cells: { kode: "Predikat kinerja", c14k: "Tinggi", c14r: "Tinggi" },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: jemput bola perekaman ke sekolah dan nagari.",
    "Faktor penghambat: blangko KTP-el terlambat pada Triwulan II.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sirapan Hilir, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN", "DAN PENCATATAN SIPIL"],
    nama: "Drs. ERMANSYAH DATUAK RAJO",
    pangkat: "Pembina Utama Muda",
    nip: "19700314 199503 1 002",
  });

  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("c13r", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "column 13 Rp of 2.12.02.2.02 typed 1,358,000; 6 + 12 = 1,020,000 + 365,000 = 1,385,000",
    truth: `${t.a("c6r", "k2")}+${t.a("c12r", "k2")}`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("c14k", "k1") },
    rules: ["capaian-mismatch"],
    note: "stale cached 88.17 for =ROUND(13/5*100,2); 48,100 / 60,000 gives 80.17",
    truth: `ROUND(${t.a("c13k", "k1")}/${t.a("c5k", "k1")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c12k", "p1"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p1"),
    trap: `SUM(${t.a("q1k", "p1")},${t.a("q2k", "p1")},${t.a("q3k", "p1")},${t.a("q4k", "p1")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c13k", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p2"),
    trap: `${t.a("c6k", "p2")}+${t.a("c12k", "p2")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c13r", "k3"),
    rules: ["sum-mismatch"],
    truth: `${t.a("c6r", "k3")}+${t.a("c12r", "k3")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c14k", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("c13k", "p2")}/${t.a("c5k", "p2")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("c14k", "avg")})`,
  });
  return book.finish();
}

type TcLine = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  parts?: string[];
  flow: boolean;
};

/** T-C.27 Renstra 2025-2029, "Tahun ke-1..5" > Target / Rp, group headers written once (unmerged). */
export function tc27Disdukcapil(): BookW {
  const book = new BookW(
    "tc27-disdukcapil-teluk-warindi-338.xlsx",
    "T-C.27",
    "Rencana program, kegiatan dan pendanaan indikatif Disdukcapil Kota Teluk Warindi 2025-2029",
  );
  const s = book.sheet("T-C.27 Renstra");
  letterhead(s, WARINDI);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Kependudukan dan Pencatatan Sipil Kota Teluk Warindi Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const years: Col[] = [1, 2, 3, 4, 5].flatMap((n) => [
    {
      key: `t${n}`,
      head: [G, `Tahun ke-${n}`, "Target"],
      role: "target" as const,
      year: 2024 + n,
      num: String(n + 5),
      fmt: DEC,
    },
    {
      key: `r${n}`,
      head: [G, `Tahun ke-${n}`, "Rp"],
      role: "anggaran" as const,
      year: 2024 + n,
      num: String(n + 5),
      fmt: INT,
      width: 13,
    },
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 15 },
    { key: "uraian", head: ["Program dan Kegiatan"], num: "2", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...years,
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "11",
      fmt: DEC,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: "11",
      fmt: INT,
      width: 13,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13" },
  ];
  const lines: TcLine[] = [
    {
      id: "P1",
      kode: "2.12.02",
      uraian: "Program Pendaftaran Penduduk",
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      sat: "%",
      awal: 96.8,
      k: [97.4, 97.9, 98.3, 98.7, 99],
      parts: ["K1", "K2"],
      flow: false,
    },
    {
      id: "K1",
      kode: "2.12.02.2.01",
      uraian: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah KTP-el dan KIA yang diterbitkan",
      sat: "keping",
      awal: 21500,
      k: [22000, 22500, 23000, 23500, 24000],
      rp: [1240000, 1310000, 1385000, 1450000, 1520000],
      flow: true,
    },
    {
      id: "K2",
      kode: "2.12.02.2.02",
      uraian: "Penataan Pendaftaran Penduduk",
      ind: "Cakupan anak 0-17 tahun yang memiliki KIA",
      sat: "%",
      awal: 41.5,
      k: [48, 55, 62, 68, 75],
      rp: [415000, 440000, 470000, 495000, 520000],
      flow: false,
    },
    {
      id: "P2",
      kode: "2.12.03",
      uraian: "Program Pencatatan Sipil",
      ind: "Persentase penduduk yang memiliki akta kelahiran",
      sat: "%",
      awal: 92.1,
      k: [93.5, 94.5, 95.5, 96.5, 97.5],
      parts: ["K3"],
      flow: false,
    },
    {
      id: "K3",
      kode: "2.12.03.2.01",
      uraian: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta pencatatan sipil yang diterbitkan",
      sat: "lembar",
      awal: 14200,
      k: [14500, 14800, 15100, 15400, 15700],
      rp: [860000, 905000, 950000, 1000000, 1050000],
      flow: true,
    },
  ];
  const rows: Row[] = lines.map((l) => ({
    id: l.id,
    bold: !!l.parts,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: l.kode,
        uraian: l.uraian,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        unit: l.kode.startsWith("2.12.02")
          ? "Bidang Pelayanan Pendaftaran Penduduk"
          : "Bidang Pelayanan Pencatatan Sipil",
        lok: "Kota Teluk Warindi",
      };
      l.k.forEach((v, i) => (out[`t${i + 1}`] = v));
      for (let n = 1; n <= 5; n++) {
        if (l.rp) out[`r${n}`] = l.rp[n - 1];
        else if (l.id === "P1" && n === 4) out[`r${n}`] = 1954000;
        else out[`r${n}`] = fx(`SUM(${l.parts!.map((p) => x.a(`r${n}`, p)).join(",")})`);
      }
      out.ak = l.flow
        ? fx(`SUM(${x.a("t1")},${x.a("t2")},${x.a("t3")},${x.a("t4")},${x.a("t5")})`)
        : l.id === "K2"
          ? 68
          : fx(x.a("t5"));
      out.ar = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", groups: "first", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase/cakupan = target Tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  const S = s.name;
  const sumT = (id: string) => `SUM(${[1, 2, 3, 4, 5].map((n) => t.a(`t${n}`, id)).join(",")})`;
  book.plant({
    at: { sheet: S, cell: t.a("r4", "P1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program Tahun ke-4 Rp typed 1,954,000 among SUM formulas; its kegiatan give 1,450,000 + 495,000 = 1,945,000",
    truth: `${t.a("r4", "K1")}+${t.a("r4", "K2")}`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("ak", "K2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of cakupan KIA (a level) typed 68, the Tahun ke-4 target; Tahun ke-5 is 75",
    truth: t.a("t5", "K2"),
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "P1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "P1"),
    trap: sumT("P1"),
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "P2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "P2"),
    trap: sumT("P2"),
  });
  book.ok({ sheet: S, cell: t.a("ak", "K3"), rules: ["kondisi-akhir-mismatch"], truth: sumT("K3") });
  book.ok({ sheet: S, cell: t.a("r3", "P2"), rules: ["sum-mismatch"], truth: t.a("r3", "K3") });
  book.ok({
    sheet: S,
    cell: t.a("ar", "K1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: `SUM(${[1, 2, 3, 4, 5].map((n) => t.a(`r${n}`, "K1")).join(",")})`,
  });
  return book.finish();
}

/** LKjIP 2024 Tabel 3.1, merged Sasaran, typed predikat words, refleksi for the negative indicators. */
export function lkjipDisdukcapil(): BookW {
  const book = new BookW(
    "lkjip-2024-disdukcapil-lembah-sirapan-338.xlsx",
    "LKjIP",
    "Pengukuran kinerja LKjIP 2024 Disdukcapil Kabupaten Lembah Sirapan",
  );
  const s = book.sheet("Tabel 3.1");
  s.lines(
    ["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Dinas Kependudukan dan Pencatatan Sipil Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(9)", width: 14 },
  ];
  const S1 = "Meningkatnya kepemilikan dokumen kependudukan";
  const S2 = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const data: Array<[string, string, string, string, number, number, number, boolean, string]> = [
    [
      "a",
      S1,
      "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      "%",
      96.2,
      98,
      97.1,
      false,
      "Sangat Baik",
    ],
    ["b", S1, "Persentase anak 0-17 tahun yang memiliki KIA", "%", 33.9, 45, 38.6, false, "Baik"],
    [
      "c",
      S1,
      "Persentase anak 0-18 tahun yang memiliki akta kelahiran",
      "%",
      93.4,
      95,
      93.2,
      false,
      "Sangat Baik",
    ],
    [
      "d",
      S2,
      "Rata-rata waktu penyelesaian dokumen kependudukan (hari kerja)",
      "hari",
      2.9,
      3,
      2.4,
      true,
      "Sangat Baik",
    ],
    [
      "e",
      S2,
      "Persentase pengaduan layanan adminduk yang tidak terselesaikan",
      "%",
      7.2,
      5,
      6.5,
      true,
      "Cukup",
    ],
    ["f", S2, "Indeks kepuasan masyarakat (IKM) layanan Disdukcapil", "nilai", 80.6, 82, 84.3, false, "Baik"],
  ];
  const rows: Row[] = data.map(([id, sas, ind, sat, r23, tt, rr, neg, pr], i) => ({
    id,
    cells: (x) => ({
      no: i + 1,
      sas,
      ind,
      sat,
      r23,
      t: tt,
      r: rr,
      pred: pr,
      cap:
        neg && id !== "e"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (x) => ({
      no: "Rata-rata capaian kinerja",
      cap: fx(`ROUND(AVERAGE(${x.a("cap", "a")}:${x.a("cap", "f")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["*) Indikator d dan e bersifat negatif: capaian = (2 x target - realisasi) / target x 100."]);
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t.a("cap", "e") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "pengaduan tidak terselesaikan (negative) computed R/T = 130.00; refleksi (2T - R)/T gives 70.00",
    truth: `ROUND((2*${t.a("t", "e")}-${t.a("r", "e")})/${t.a("t", "e")}*100,2)`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("pred", "f") },
    rules: ["predikat-mismatch"],
    note: "IKM capaian 102.80 labelled Baik; above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${t.a("cap", "f")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("cap", "d"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "d")}-${t.a("r", "d")})/${t.a("t", "d")}*100,2)`,
    trap: `ROUND(${t.a("r", "d")}/${t.a("t", "d")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("cap", "b"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "b")}/${t.a("t", "b")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: t.a("pred", "b"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "b")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("pred", "d"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "d")})`,
  });
  return book.finish();
}
