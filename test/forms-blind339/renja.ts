// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas Tenaga
// Kerja: pelatihan BLK, penempatan tenaga kerja, hubungan industrial. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  /** K of column 5, 6, 7 and the four quarters */
  k: [number, number, number];
  q: [number, number, number, number];
  /** Rp of column 5, 6, 7 and the four quarters (sub kegiatan only; programs sum their subs) */
  rp?: [number, number, number];
  rq?: [number, number, number, number];
  pj: string;
};

/** E.81 of the Dinas Tenaga Kerja Kabupaten Lembah Sarimbun (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Disnaker(): BookW {
  const b = new BookW(
    "e81-disnaker-lembah-sarimbun-339.xlsx",
    "E.81 Evaluasi Renja (Dinas Tenaga Kerja)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; three header rows (Realisasi Kinerja Triwulan > I..IV > K / Rp); Satuan column; number row merged over K/Rp pairs with '12 = 8+9+10+11', '13 = 6 + 12'; level rows (% ditempatkan) beside flows; Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIMBUN",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Bukit Gadang No. 14, Koto Sarimbun",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH",
    "s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const P = "Bidang Pelatihan dan Produktivitas";
  const T = "Bidang Penempatan Tenaga Kerja";
  const H = "Bidang Hubungan Industrial";
  const lines: Line[] = [
    {
      id: "p1",
      kode: "2.07.02",
      ur: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
      ind: "Persentase lulusan pelatihan BLK yang ditempatkan",
      sat: "%",
      level: true,
      k: [65, 52.1, 58],
      q: [38.5, 44.2, 51, 57.4],
      pj: P,
    },
    {
      id: "s11",
      kode: "2.07.02.2.01.0006",
      ur: "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      level: false,
      k: [1200, 560, 240],
      q: [0, 64, 96, 80],
      rp: [4_850_000_000, 2_184_300_000, 968_500_000],
      rq: [112_400_000, 286_900_000, 331_750_000, 205_300_000],
      pj: P,
    },
    {
      id: "s12",
      kode: "2.07.02.2.01.0010",
      ur: "Pengukuran Produktivitas Tingkat Daerah",
      ind: "Jumlah perusahaan yang diukur produktivitasnya",
      sat: "perusahaan",
      level: false,
      k: [90, 41, 16],
      q: [0, 5, 6, 4],
      rp: [612_000_000, 276_450_000, 118_200_000],
      rq: [9_800_000, 34_600_000, 41_250_000, 27_900_000],
      pj: P,
    },
    {
      id: "p2",
      kode: "2.07.03",
      ur: "PROGRAM PENEMPATAN TENAGA KERJA",
      ind: "Persentase pencari kerja yang ditempatkan",
      sat: "%",
      level: true,
      k: [48, 36.4, 42],
      q: [22.6, 29.8, 35.1, 39.7],
      pj: T,
    },
    {
      id: "s21",
      kode: "2.07.03.2.01.0002",
      ur: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      level: false,
      k: [5400, 2710, 1150],
      q: [214, 305, 288, 251],
      rp: [2_340_000_000, 1_046_800_000, 452_600_000],
      rq: [71_300_000, 118_450_000, 126_900_000, 104_250_000],
      pj: T,
    },
    {
      id: "p3",
      kode: "2.07.04",
      ur: "PROGRAM HUBUNGAN INDUSTRIAL",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      level: true,
      k: [90, 81.3, 85],
      q: [70, 74.5, 79.2, 82.6],
      pj: H,
    },
    {
      id: "s31",
      kode: "2.07.04.2.01.0001",
      ur: "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama",
      ind: "Jumlah peraturan perusahaan yang disahkan",
      sat: "dokumen",
      level: false,
      k: [260, 118, 45],
      q: [9, 12, 13, 10],
      rp: [780_000_000, 351_200_000, 142_800_000],
      rq: [21_400_000, 38_700_000, 44_150_000, 31_900_000],
      pj: H,
    },
  ];
  const subsOf: Record<string, string[]> = { p1: ["s11", "s12"], p2: ["s21"], p3: ["s31"] };
  const pair = (
    top: string,
    k: string,
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${k}k`, head: [top, "K"], role: kRole, year, num, fmt: DEC },
    { key: `${k}r`, head: [top, "Rp"], role: rRole, year, num, fmt: RP, width: 16 },
  ];
  const quarter = (i: number): Col[] => [
    {
      key: `q${i}k`,
      head: ["Realisasi Kinerja Triwulan", ["I", "II", "III", "IV"][i - 1], "K"],
      role: "realisasi",
      num: 7 + i,
      fmt: DEC,
    },
    {
      key: `q${i}r`,
      head: ["Realisasi Kinerja Triwulan", ["I", "II", "III", "IV"][i - 1], "Rp"],
      role: "realisasi-anggaran",
      num: 7 + i,
      fmt: RP,
      width: 16,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Sub Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a" },
    ...pair("Target Renstra PD Akhir Periode (2026)", "c5", "5", "target", "anggaran", 2026),
    ...pair(
      "Realisasi Capaian s.d. Renja Tahun Lalu (2023)",
      "c6",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("Target Kinerja dan Anggaran Renja 2024", "c7", "7", "target", "anggaran", 2024),
    ...quarter(1),
    ...quarter(2),
    ...quarter(3),
    ...quarter(4),
    ...pair(
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "c12",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "c13",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...pair("Tingkat Capaian Renstra s.d. 2024 (%)", "c14", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 24 },
  ];
  const rpOf = (l: Line, i: number): number =>
    l.rp ? l.rp[i] : sum(subsOf[l.id].map((x) => lines.find((y) => y.id === x)!.rp![i]));
  const rqOf = (l: Line, i: number): number =>
    l.rq ? l.rq[i] : sum(subsOf[l.id].map((x) => lines.find((y) => y.id === x)!.rq![i]));
  const capK: number[] = [];
  const capR: number[] = [];
  let no = 0;
  const body: Row[] = lines.map((l) => ({
    id: l.id,
    bold: !l.rp,
    cells: (x) => {
      const sumSubs = (key: string) => {
        const ss = subsOf[l.id];
        return fx(`SUM(${x.a(key, ss[0])}:${x.a(key, ss[ss.length - 1])})`);
      };
      const rp = (key: string, v: number) => (l.rp ? v : sumSubs(key));
      const k12 = l.level ? fx(x.a("q4k")) : fx([1, 2, 3, 4].map((i) => x.a(`q${i}k`)).join("+"));
      const k13 = l.level ? fx(x.a("c12k")) : fx(`${x.a("c6k")}+${x.a("c12k")}`);
      const kEnd = l.level ? l.q[3] : l.k[1] + sum(l.q);
      const rEnd = rpOf(l, 1) + sum([0, 1, 2, 3].map((i) => rqOf(l, i)));
      capK.push(round((kEnd / l.k[0]) * 100, 2));
      capR.push(round((rEnd / rpOf(l, 0)) * 100, 2));
      return {
        no: l.rp ? null : ++no,
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        c5k: l.k[0],
        c5r: rp("c5r", l.rp?.[0] ?? 0),
        c6k: l.k[1],
        c6r: rp("c6r", l.rp?.[1] ?? 0),
        c7k: l.k[2],
        c7r: rp("c7r", l.rp?.[2] ?? 0),
        ...Object.fromEntries(
          [1, 2, 3, 4].flatMap((i) => [
            [`q${i}k`, l.q[i - 1]],
            [`q${i}r`, rp(`q${i}r`, l.rq?.[i - 1] ?? 0)],
          ]),
        ),
        c12k: k12,
        c12r: fx([1, 2, 3, 4].map((i) => x.a(`q${i}r`)).join("+")),
        c13k: k13,
        // planted: the sub kegiatan's (13) Rp is typed, not 6 + 12
        c13r: l.id === "s12" ? 734_900_000 : fx(`${x.a("c6r")}+${x.a("c12r")}`),
        c14k: fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
        c14r: fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
        pj: l.pj,
      };
    },
  }));
  // the typed (13) Rp of s12 also feeds its (14) Rp
  capR[2] = round((734_900_000 / 612_000_000) * 100, 2);
  const avgK = round(sum(capK) / capK.length, 2);
  body.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (x) => ({
        no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "s31")}),2)`),
        c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "s31")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      cells: {
        no: "Predikat kinerja",
        c14k: "Sangat Tinggi",
        c14r: predikat(round(sum(capR) / capR.length, 2)),
      },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  if (predikat(avgK) === "Sangat Tinggi") throw new Error(`E.81 average ${avgK} is Sangat Tinggi`);
  s.gap();
  s.lines([
    "Faktor pendorong: kemitraan BLK dengan 14 perusahaan; faktor penghambat: lowongan formal terbatas.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Koto Sarimbun, 17 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI"],
    nama: "Drs. AFRIZAL MUNANDAR, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19690814 199503 1 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c13r", "s12") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) Rp of sub kegiatan .0010 typed 734,900,000; (6) + (12) = 276,450,000 + 113,550,000 = 390,000,000",
    truth: `${t.a("c6r", "s12")}+${t.a("c12r", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    note: `"Sangat Tinggi" for an average capaian kinerja of ${avgK}`,
    truth: `PREDIKAT(${t.a("c14k", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c12k", "p1"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p1"),
    trap: `${t.a("q1k", "p1")}+${t.a("q2k", "p1")}+${t.a("q3k", "p1")}+${t.a("q4k", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c13k", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p2"),
    trap: `${t.a("c6k", "p2")}+${t.a("c12k", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c12r", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("c12r", "s11")}+${t.a("c12r", "s12")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c14k", "s21"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("c13k", "s21")}/${t.a("c5k", "s21")}*100,2)`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  /** level or stock: the kondisi akhir is the last year's target; a flow sums the years */
  level: boolean;
  awal: number;
  k: number[];
  /** Rp per year in thousands (sub kegiatan); kegiatan and programs sum their children */
  rp?: number[];
  kids?: string[];
  unit: string;
};

/** T-C.27 of the Dinas Tenaga Kerja Kota Teluk Rangkas (Sulawesi Tengah), Renstra 2025-2029. */
export function tc27Disnaker(): BookW {
  const b = new BookW(
    "tc27-disnaker-teluk-rangkas-339.xlsx",
    "T-C.27 Renstra pendanaan (Dinas Tenaga Kerja)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; no Tujuan/Sasaran columns; 'Tahun ke-1..5' > Target / Rp with the years only in the title; number row (1)..(19); stock (BLK terakreditasi) and level rows beside flows; Lokasi last",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "TABEL T-C.27",
      "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF",
      "DINAS TENAGA KERJA KOTA TELUK RANGKAS TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.lines(["(dalam ribuan rupiah)"]);
  s.gap();
  const UP = "Bidang Pelatihan dan Produktivitas";
  const UH = "Bidang Hubungan Industrial dan Syaker";
  const plans: Plan[] = [
    {
      id: "p1",
      kode: "2.07.02",
      ur: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      ind: "Persentase lulusan pelatihan yang bersertifikat kompetensi",
      sat: "%",
      level: true,
      awal: 61.5,
      k: [64, 67, 70, 73, 76],
      kids: ["g1", "g2"],
      unit: UP,
    },
    {
      id: "g1",
      kode: "2.07.02.2.01",
      ur: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      level: false,
      awal: 320,
      k: [336, 352, 368, 384, 400],
      kids: ["s11", "s12"],
      unit: UP,
    },
    {
      id: "s11",
      kode: "2.07.02.2.01.0006",
      ur: "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja",
      ind: "Jumlah paket pelatihan di BLK",
      sat: "paket",
      level: false,
      awal: 20,
      k: [21, 22, 23, 24, 24],
      rp: [1_864_200, 1_952_750, 2_046_300, 2_141_800, 2_163_500],
      unit: UP,
    },
    {
      id: "s12",
      kode: "2.07.02.2.01.0009",
      ur: "Pengadaan Peralatan Pelatihan BLK",
      ind: "Jumlah kejuruan yang peralatannya dimutakhirkan",
      sat: "kejuruan",
      level: false,
      awal: 2,
      k: [2, 2, 3, 3, 2],
      rp: [742_500, 768_900, 1_105_300, 1_146_800, 812_600],
      unit: UP,
    },
    {
      id: "g2",
      kode: "2.07.02.2.02",
      ur: "Standardisasi Kompetensi dan Pelatihan Kerja",
      ind: "Jumlah BLK/LPK terakreditasi",
      sat: "lembaga",
      level: true,
      awal: 3,
      k: [4, 5, 6, 7, 8],
      kids: ["s21"],
      unit: UP,
    },
    {
      id: "s21",
      kode: "2.07.02.2.02.0003",
      ur: "Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah LPK swasta yang dibina",
      sat: "lembaga",
      level: false,
      awal: 12,
      k: [12, 14, 14, 16, 16],
      rp: [186_400, 214_700, 221_300, 248_900, 256_100],
      unit: UP,
    },
    {
      id: "p2",
      kode: "2.07.04",
      ur: "Program Hubungan Industrial",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      level: true,
      awal: 78,
      k: [80, 82, 84, 86, 88],
      kids: ["g3"],
      unit: UH,
    },
    {
      id: "g3",
      kode: "2.07.04.2.01",
      ur: "Pengesahan Peraturan Perusahaan dan Pendaftaran PKB",
      ind: "Jumlah kasus perselisihan yang dimediasi",
      sat: "kasus",
      level: false,
      awal: 54,
      k: [56, 58, 60, 62, 64],
      kids: ["s31"],
      unit: UH,
    },
    {
      id: "s31",
      kode: "2.07.04.2.01.0002",
      ur: "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial",
      ind: "Jumlah mediasi perselisihan yang dilaksanakan",
      sat: "kasus",
      level: false,
      awal: 54,
      k: [56, 58, 60, 62, 64],
      rp: [318_600, 334_900, 351_200, 368_750, 386_400],
      unit: UH,
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: "(2)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(16)",
      fmt: DEC,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(17)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 22,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)" },
  ];
  const rows: Row[] = plans.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string | null> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit: p.unit,
        lok: "Kota Teluk Rangkas",
      };
      years.forEach((y) => {
        out[`k${y}`] = p.k[y - 1];
        out[`r${y}`] = p.rp ? p.rp[y - 1] : fx(p.kids!.map((c) => x.a(`r${y}`, c)).join("+"));
      });
      // planted: the kegiatan's Tahun ke-4 Rp typed, not the sum of its sub kegiatan
      if (p.id === "g1") out.r4 = 3_388_600;
      // planted: a flow's kondisi akhir typed as the Tahun ke-5 target
      out.ka = p.id === "g1" ? 400 : p.level ? fx(x.a("k5")) : fx(years.map((y) => x.a(`k${y}`)).join("+"));
      out.kr = fx(years.map((y) => x.a(`r${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows, groups: "merge" });
  s.gap();
  s.lines(["Catatan: pagu indikatif tahun ke-2 s.d. ke-5 mengikuti proyeksi kapasitas fiskal daerah."]);
  s.gap();
  signature(s, 14, {
    tempat: "Teluk Rangkas, 3 Maret 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja", "Kota Teluk Rangkas"],
    nama: "Ir. HASNAWATI LAMADJIDO, M.M",
    nip: "19740309 200003 2 006",
  });
  b.plant({
    at: { sheet: S, cell: t.a("r4", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "kegiatan 2.07.02.2.01 Tahun ke-4 Rp typed 3,388,600; its sub kegiatan give 2,141,800 + 1,146,800 = 3,288,600",
    truth: `${t.a("r4", "s11")}+${t.a("r4", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("ka", "g1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "jumlah peserta pelatihan is a flow: kondisi akhir typed 400 (Tahun ke-5); the five years give 1,840",
    truth: years.map((y) => t.a(`k${y}`, "g1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "g2"),
    trap: years.map((y) => t.a(`k${y}`, "g2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "p2"),
    trap: years.map((y) => t.a(`k${y}`, "p2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "s31"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => t.a(`k${y}`, "s31")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("r3", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r3", "s11")}+${t.a("r3", "s12")}+${t.a("r3", "s21")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("kr", "p2"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: years.map((y) => t.a(`r${y}`, "p2")).join("+"),
  });
  return b.finish();
}
