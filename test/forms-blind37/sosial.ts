// The social offices of the thirty-seventh unseen set (Kabupaten Lembah Sibalaya, Sulawesi Tengah): the
// Dinas Sosial's E.81 evaluation in thousands of rupiah and the recap of PBI-JK recipients per
// kecamatan (a count of people at the end of each quarter) with the contributions paid. Every
// person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  lvl: "u" | "p" | "k";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  level?: boolean;
  akK?: number;
  akR?: number;
  sdlK?: number;
  sdlR?: number;
  tK?: number;
  tR?: number;
  qK?: number[];
  qR?: number[];
  kids?: string[];
};

/** E.81 evaluasi hasil Renja Dinas Sosial 2024 s.d. triwulan IV, Rp in thousands. */
export function e81Dinsos(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dinsos-lembahsibalaya.xlsx",
    "E.81 evaluasi hasil Renja 2024 (Dinas Sosial, ribuan rupiah)",
    "sheet 'E81 TW IV': No | Sasaran | Kode | Urusan / Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | eight K / Rp pairs (Renstra 2026, s.d. 2023, Renja 2024, TW I .. IV, Realisasi 2024) then capaian 2024, s.d. 2024, capaian s.d. 2024 | Unit Penanggung Jawab; 3 header rows, number row with pairs; Rp in ribuan; program Rp SUM of kegiatan; levels (percentages) take TW IV and the latest level; footer average with predikat",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIBALAYA", "DINAS SOSIAL"]);
  s.lines(
    [
      "Evaluasi terhadap Hasil Renja Dinas Sosial Kabupaten Lembah Sibalaya",
      "Renja Dinas Sosial Periode Pelaksanaan Tahun 2024 (s.d. Triwulan IV)",
      "Indikator dan target kinerja Dinas Sosial yang mengacu pada sasaran RKPD: meningkatnya perlindungan sosial bagi PPKS",
      "(Anggaran dalam ribuan rupiah)",
    ],
    1,
  );
  s.gap();
  const SAS = "Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";
  const es: E[] = [
    { id: "u", lvl: "u", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    {
      id: "p1",
      lvl: "p",
      kode: "1.06.04",
      nama: "PROGRAM REHABILITASI SOSIAL",
      ind: "Persentase PPKS yang memperoleh rehabilitasi sosial dasar di luar panti",
      sat: "%",
      level: true,
      akK: 85,
      akR: 6_480_000,
      sdlK: 71.4,
      sdlR: 3_915_420,
      tK: 76,
      qK: [58.2, 64.5, 70.1, 76.8],
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.06.04.2.01",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: "Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti",
      sat: "orang",
      akK: 2_400,
      akR: 4_250_000,
      sdlK: 1_690,
      sdlR: 2_816_300,
      tK: 420,
      tR: 1_085_400,
      qK: [85, 110, 105, 128],
      qR: [198_650, 276_480, 251_930, 318_115],
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.06.04.2.03",
      nama: "Rehabilitasi Sosial Dasar Tuna Sosial khususnya Gelandangan dan Pengemis di Luar Panti Sosial",
      ind: "Jumlah gelandangan dan pengemis yang ditangani",
      sat: "orang",
      akK: 300,
      akR: 2_230_000,
      sdlK: 214,
      sdlR: 1_099_120,
      tK: 60,
      tR: 412_600,
      qK: [12, 18, 14, 19],
      qR: [78_450, 96_300, 88_725, 121_900],
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.06.05",
      nama: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase keluarga fakir miskin yang terdata dan terverifikasi dalam DTKS",
      sat: "%",
      level: true,
      akK: 95,
      akR: 12_350_000,
      sdlK: 82.3,
      sdlR: 7_647_400,
      tK: 88,
      qK: [83.1, 84.6, 86.9, 88.4],
      kids: ["k21", "k22"],
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah data keluarga fakir miskin yang diverifikasi dan divalidasi",
      sat: "KK",
      akK: 62_000,
      akR: 2_950_000,
      sdlK: 38_450,
      sdlR: 1_734_600,
      tK: 12_500,
      tR: 642_800,
      qK: [2_140, 3_820, 3_615, 2_935],
      qR: [96_420, 182_315, 174_880, 168_905],
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.06.05.2.02",
      nama: "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
      ind: "Jumlah keluarga penerima manfaat yang menerima bantuan sosial",
      sat: "KK",
      akK: 5_000,
      akR: 9_400_000,
      sdlK: 3_120,
      sdlR: 5_912_800,
      tK: 950,
      tR: 1_845_000,
      qK: [0, 310, 280, 325],
      qR: [0, 602_450, 544_300, 638_950],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    k: Col["role"],
    r: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}K`, head: [...head, "K"], role: k, year, num, fmt: "#,##0.##", width: 10 },
    { key: `${key}R`, head: [...head, "Rp"], role: r, year, num, fmt: RP, width: 13 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 14 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "4", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5a", width: 8 },
    ...pair(
      "ak",
      ["Target Renstra Dinas pada Tahun 2026 (Akhir Periode Renstra)"],
      "6",
      "target",
      "anggaran",
    ),
    ...pair(
      "sdl",
      ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2023)"],
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("t", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "8", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i}`, [TW, q], String(9 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "r",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)"],
      "14 = 13/8",
      "capaian",
      "capaian",
      2024,
    ),
    ...pair(
      "sd",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "15 = 7+13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "cs",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"],
      "16 = 15/6",
      "capaian",
      "capaian",
      2024,
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "17", width: 16 },
  ];
  for (const k of ["cK", "cR", "csK", "csR"]) cols.find((c) => c.key === k)!.fmt = DEC;
  const Q = [0, 1, 2, 3];
  const capIds = es.filter((e) => e.lvl !== "u").map((e) => e.id);
  const rows: Row[] = es.map((e) => ({
    id: e.id,
    bold: e.lvl !== "k",
    cells: (c) => {
      const o: Record<string, Cell> = { kode: e.kode, nama: e.nama };
      if (e.lvl === "u") return o;
      o.no = e.lvl === "p" ? capIds.indexOf(e.id) + 1 : null;
      o.sas = SAS;
      o.ind = e.ind;
      o.sat = e.sat;
      o.akK = e.akK;
      o.akR = e.akR;
      o.sdlK = e.sdlK;
      o.sdlR = e.sdlR;
      o.tK = e.tK;
      const kidSum = (k: string) => fx(`SUM(${e.kids!.map((x) => c.a(k, x)).join(",")})`);
      o.tR = e.kids ? kidSum("tR") : e.tR;
      Q.forEach((i) => {
        o[`q${i}K`] = e.qK![i];
        o[`q${i}R`] = e.kids ? kidSum(`q${i}R`) : e.qR![i];
      });
      o.rK = e.level ? fx(c.a("q3K")) : fx(`SUM(${c.a("q0K")},${c.a("q1K")},${c.a("q2K")},${c.a("q3K")})`);
      // planted: k12's yearly Rp typed with two digits swapped (385,375 in the quarters)
      o.rR =
        e.id === "k12"
          ? 358_375
          : e.kids
            ? kidSum("rR")
            : fx(`SUM(${c.a("q0R")},${c.a("q1R")},${c.a("q2R")},${c.a("q3R")})`);
      o.cK = fx(`ROUND(${c.a("rK")}/${c.a("tK")}*100,2)`);
      o.cR = fx(`ROUND(${c.a("rR")}/${c.a("tR")}*100,2)`);
      o.sdK = e.level ? fx(c.a("rK")) : fx(`${c.a("sdlK")}+${c.a("rK")}`);
      o.sdR = fx(`${c.a("sdlR")}+${c.a("rR")}`);
      // planted: k11's capaian s.d. 2024 divides column 13 (the year) instead of column 15
      o.csK =
        e.id === "k11"
          ? fx(`ROUND(${c.a("rK")}/${c.a("akK")}*100,2)`)
          : fx(`ROUND(${c.a("sdK")}/${c.a("akK")}*100,2)`);
      o.csR = fx(`ROUND(${c.a("sdR")}/${c.a("akR")}*100,2)`);
      o.pj =
        e.lvl === "p"
          ? "Kepala Dinas"
          : e.kode.startsWith("1.06.04")
            ? "Bidang Rehabilitasi Sosial"
            : "Bidang Linjamsos";
      return o;
    },
  }));
  // the capaian 2024 K of every program and kegiatan, as the footer averages them
  const capK = (e: E): number => {
    const r = e.level ? e.qK![3] : e.qK!.reduce((p, v) => p + v, 0);
    return round((r / e.tK!) * 100);
  };
  const avg = round(es.filter((e) => e.lvl !== "u").reduce((p, e) => p + capK(e), 0) / capIds.length);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => ({
      no: "Rata-rata capaian kinerja (%)",
      cK: fx(`ROUND(AVERAGE(${capIds.map((x) => c.a("cK", x)).join(",")}),2)`),
    }),
  });
  rows.push({
    id: "pred",
    bold: true,
    span: ["no", "ind"],
    cells: { no: "Predikat kinerja", cK: predikat(avg) },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan data DTKS dari Kementerian Sosial; faktor penghambat: akses ke desa terpencil.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Sibalaya, 24 Januari 2025",
    jabatan: ["Kepala Dinas Sosial", "Kabupaten Lembah Sibalaya"],
    nama: "Drs. ABDUL RAZAK LAMASITUDJU, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700519 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rR", "k12") },
    rules: ["sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "column 13 Rp of the gepeng kegiatan typed 358,375 (thousand) where the rows sum their quarters; 78,450 + 96,300 + 88,725 + 121,900 = 385,375",
    truth: `SUM(${a("q0R", "k12")},${a("q1R", "k12")},${a("q2R", "k12")},${a("q3R", "k12")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("csK", "k11") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "column 16 K of the PPKS count = 13 / 6 = 428 / 2,400 = 17.83; by 15 / 6 it is (1,690 + 428) / 2,400 = 88.25",
    truth: `ROUND(${a("sdK", "k11")}/${a("akK", "k11")}*100,2)`,
  });
  // traps: a level's year is TW IV and its s.d. is the latest level; counts add up
  b.ok({
    sheet: S,
    cell: a("rK", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q3K", "p1"),
    trap: `SUM(${a("q0K", "p1")},${a("q1K", "p1")},${a("q2K", "p1")},${a("q3K", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "p2"),
    rules: ["sum-mismatch"],
    truth: a("rK", "p2"),
    trap: `${a("sdlK", "p2")}+${a("rK", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k21"),
    rules: ["sum-mismatch"],
    truth: `${a("sdlK", "k21")}+${a("rK", "k21")}`,
    trap: a("rK", "k21"),
  });
  b.ok({
    sheet: S,
    cell: a("cK", "k11"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rK", "k11")}/${a("tK", "k11")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("tR", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("tR", "k21")}+${a("tR", "k22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("cK", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cK", "avg")})`,
  });
  return b.finish();
}

const KEC: Array<[string, string, number, number[]]> = [
  ["a", "Sibalaya Utara", 8_420, [8_105, 8_262, 8_318, 8_391]],
  ["b", "Sibalaya Selatan", 6_915, [6_840, 6_712, 6_798, 6_880]],
  ["c", "Tongoa", 5_230, [4_986, 5_044, 5_120, 5_102]],
  ["d", "Lembah Pakuli", 7_680, [7_412, 7_530, 7_495, 7_644]],
  ["e", "Bora Raya", 9_140, [8_876, 8_950, 9_031, 9_118]],
  ["f", "Kalukubula Timur", 4_875, [4_702, 4_688, 4_751, 4_809]],
  ["g", "Pombewe", 6_310, [6_015, 6_128, 6_244, 6_197]],
  ["h", "Sidera Barat", 5_560, [5_390, 5_412, 5_468, 5_531]],
  ["i", "Loru Hilir", 3_945, [3_802, 3_865, 3_841, 3_910]],
  ["j", "Ngatabaru Tengah", 4_410, [4_226, 4_301, 4_355, 4_388]],
];
const IURAN = 42_000 * 3;

/** Rekap peserta PBI-JK per kecamatan (levels at the end of each quarter) and the iuran paid. */
export function rekapPbiJk(): BookW {
  const b = new BookW(
    "rekap-pbijk-perkecamatan-dinsos-lembahsibalaya.xlsx",
    "rekap penerima PBI-JK per kecamatan with iuran per triwulan (Dinas Sosial)",
    "sheet 'PBI-JK 2024', two tables: No | Kecamatan | Kuota PBI-JK 2024 (jiwa) | 'Jumlah Peserta Aktif Akhir Triwulan (jiwa)' > I .. IV | Posisi 31 Desember 2024 (= TW IV) | % Terhadap Kuota; JUMLAH row; under it No | Kecamatan | 'Iuran PBI-JK Dibayarkan (Rp)' > Triwulan I .. IV | Jumlah Iuran 2024 (SUM); JUMLAH row; iuran Rp 42.000 per jiwa per bulan",
  );
  const S = "PBI-JK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIBALAYA",
    "DINAS SOSIAL - BIDANG PERLINDUNGAN DAN JAMINAN SOSIAL",
  ]);
  s.lines(["A. REKAPITULASI PESERTA PBI JAMINAN KESEHATAN PER KECAMATAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const TQ = "Jumlah Peserta Aktif Akhir Triwulan (jiwa)";
  const Q = [0, 1, 2, 3];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 20 },
      { key: "kuota", head: ["Kuota PBI-JK 2024 (jiwa)"], role: "target", year: 2024, fmt: INT, width: 12 },
      ...["I", "II", "III", "IV"].map((q, i): Col => ({
        key: `q${i}`,
        head: [TQ, q],
        role: "realisasi",
        year: 2024,
        fmt: INT,
        width: 10,
      })),
      { key: "pos", head: ["Posisi 31 Desember 2024"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
      { key: "pct", head: ["% Terhadap Kuota"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: [
      ...KEC.map(([id, kec, kuota, q], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          kec,
          kuota,
          ...Object.fromEntries(Q.map((j) => [`q${j}`, q[j]])),
          pos: fx(c.a("q3")),
          pct: fx(`ROUND(${c.a("pos")}/${c.a("kuota")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const col = (k: string, last = "j") => fx(`SUM(${c.a(k, "a")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH",
            kuota: col("kuota"),
            q0: col("q0"),
            q1: col("q1"),
            // planted: the SUM stops at Loru Hilir
            q2: col("q2", "i"),
            q3: col("q3"),
            pos: col("pos"),
            pct: fx(`ROUND(${c.a("pos")}/${c.a("kuota")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap(2);
  s.lines(["B. IURAN PBI-JK YANG DIBAYARKAN (Rp 42.000/jiwa/bulan x peserta akhir triwulan x 3 bulan)"], 1, {
    bold: true,
  });
  s.gap();
  const TI = "Iuran PBI-JK Dibayarkan (Rp)";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kec", head: ["Kecamatan"], role: "lokasi" },
      ...["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"].map((q, i): Col => ({
        key: `i${i}`,
        head: [TI, q],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 15,
      })),
      { key: "y", head: ["Jumlah Iuran 2024"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    ],
    headerRows: 2,
    rows: [
      ...KEC.map(([id, kec, , q], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          kec,
          ...Object.fromEntries(Q.map((j) => [`i${j}`, q[j] * IURAN])),
          // planted: Pombewe's yearly sum typed with two digits swapped
          y: id === "g" ? 3_079_584_000 : fx(`SUM(${c.a("i0")}:${c.a("i3")})`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            Q.map((j) => [`i${j}`, fx(`SUM(${c.a(`i${j}`, "a")}:${c.a(`i${j}`, "j")})`)]),
          ),
          y: fx(`SUM(${c.a("y", "a")}:${c.a("y", "j")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Sibalaya, 15 Januari 2025",
    jabatan: ["Kepala Bidang Perlindungan dan Jaminan Sosial"],
    nama: "NURHAYATI DG. MASIKKI, S.Sos",
    nip: "19830611 201001 2 019",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("q2", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH peserta TW III = SUM of nine kecamatan (57,066, Ngatabaru Tengah's 4,355 left out); the ten give 61,421",
    truth: `SUM(${a1("q2", "a")}:${a1("q2", "j")})`,
  });
  b.plant({
    at: { sheet: S, cell: a2("y", "g") },
    rules: ["sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "Pombewe's Jumlah Iuran 2024 typed 3,079,584,000 among SUM formulas; its four quarters give 24,584 x 126,000 = 3,097,584,000",
    truth: `SUM(${a2("i0", "g")}:${a2("i3", "g")})`,
  });
  // traps: the year-end position of a count of people is TW IV, not the sum of the quarters
  b.ok({
    sheet: S,
    cell: a1("pos", "e"),
    rules: ["sum-mismatch"],
    truth: a1("q3", "e"),
    trap: `SUM(${a1("q0", "e")}:${a1("q3", "e")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("pos", "jml"),
    rules: ["sum-mismatch"],
    truth: a1("q3", "jml"),
    trap: `SUM(${a1("q0", "jml")}:${a1("q3", "jml")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("pct", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a1("pos", "jml")}/${a1("kuota", "jml")}*100,2)`,
    trap: `SUM(${a1("pct", "a")}:${a1("pct", "j")})`,
  });
  // the iuran of a quarter is a flow: the year is their sum, not TW IV
  b.ok({
    sheet: S,
    cell: a2("y", "e"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("i0", "e")}:${a2("i3", "e")})`,
    trap: a2("i3", "e"),
  });
  b.ok({
    sheet: S,
    cell: a2("i3", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("i3", "a")}:${a2("i3", "j")})`,
  });
  return b.finish();
}
