// A Dinas Pendidikan dan Kebudayaan's IKU table whose targets are typed as text with their units
// ('95 %', '12 sekolah') and whose capaian and kategori are typed, and an SPM pendidikan report
// (warga negara yang harus dilayani / terlayani / belum terlayani / persentase) of another kota.
// Eastern Indonesia offices; every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, predikatBaik, round, signature, type Col } from "../forms/kit";
import { refl, rt } from "./common";

type IkuIn = {
  sas: string;
  ind: string;
  cara: string;
  t: number;
  tText: string;
  r: number;
  neg?: boolean;
  pj: string;
};

/** IKU 2024 of Dinas Pendidikan dan Kebudayaan Kota Tanjung Arwana (Papua Barat). */
export function ikuTargetTeks(): BookW {
  const b = new BookW(
    "iku-target-berunit-disdikbud-tanjungarwana.xlsx",
    "IKU with capaian (Dinas Pendidikan dan Kebudayaan)",
    "IKU 2024 with typed text targets carrying their units, no Satuan column, typed capaian and kategori",
  );
  const S = "IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG ARWANA",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Trikora Kampung Sowi Baru No. 17, Tanjung Arwana - Papua Barat",
  ]);
  s.lines(["PENGUKURAN INDIKATOR KINERJA UTAMA (IKU)", "TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  const A = "Meningkatnya akses layanan pendidikan";
  const M = "Meningkatnya mutu pendidikan dasar";
  const K = "Meningkatnya pelestarian kebudayaan daerah";
  const rows: IkuIn[] = [
    {
      sas: A,
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      cara: "Jumlah peserta PAUD / penduduk usia 4-6 tahun x 100",
      t: 78,
      tText: "78 %",
      r: 80.15,
      pj: "Bidang PAUD dan PNF",
    },
    {
      sas: A,
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      cara: "Siswa SD/MI usia 7-12 / penduduk usia 7-12 x 100",
      t: 97.5,
      tText: "97,5 %",
      r: 96.84,
      pj: "Bidang Pembinaan SD",
    },
    {
      sas: A,
      ind: "Angka Putus Sekolah SMP/MTs",
      cara: "Siswa putus sekolah / jumlah siswa SMP x 100",
      t: 0.45,
      tText: "0,45 %",
      r: 0.52,
      neg: true,
      pj: "Bidang Pembinaan SMP",
    },
    {
      sas: M,
      ind: "Jumlah sekolah terakreditasi A",
      cara: "Jumlah SD dan SMP dengan akreditasi A",
      t: 12,
      tText: "12 sekolah",
      r: 14,
      pj: "Bidang Pembinaan SMP",
    },
    {
      sas: M,
      ind: "Persentase guru bersertifikat pendidik",
      cara: "Guru bersertifikat / jumlah guru x 100",
      t: 68,
      tText: "68 %",
      r: 64.3,
      pj: "Bidang Ketenagaan",
    },
    {
      sas: M,
      ind: "Rata-rata skor literasi Rapor Pendidikan jenjang SD",
      cara: "Rata-rata skor AN literasi SD negeri dan swasta",
      t: 62,
      tText: "62 poin",
      r: 58.9,
      pj: "Bidang Pembinaan SD",
    },
    {
      sas: M,
      ind: "Persentase ruang kelas dalam kondisi rusak berat",
      cara: "Ruang kelas rusak berat / jumlah ruang kelas x 100",
      t: 9,
      tText: "9 %",
      r: 7.2,
      neg: true,
      pj: "Sekretariat",
    },
    {
      sas: K,
      ind: "Jumlah objek cagar budaya yang ditetapkan",
      cara: "Objek ditetapkan dengan SK Wali Kota",
      t: 3,
      tText: "3 objek",
      r: 2,
      pj: "Bidang Kebudayaan",
    },
  ];
  const cap = (x: IkuIn) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: the dropout rate (lower is better) typed as R / T; the sekolah terakreditasi A swapped digits
  const typed = (i: number, x: IkuIn) => (i === 2 ? round((x.r / x.t) * 100) : i === 3 ? 161.67 : cap(x));
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "cara", head: ["Cara Pengukuran"], role: "rumus", width: 34 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 12 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "k", head: [G, "Kategori"], role: "predikat", width: 12 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => {
      const c = typed(i, x);
      return {
        id: `i${i}`,
        cells: {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          cara: x.cara,
          t: x.tText,
          r: x.r,
          c,
          k: predikatBaik(c),
          pj: x.pj,
        },
      };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indikator nomor 3 dan 7 berpolaritas negatif (semakin kecil realisasi semakin baik); capaiannya dihitung (2 x target - realisasi) / target x 100.",
    "2. Indikator lainnya: capaian = realisasi / target x 100.",
    "3. Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Arwana, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KOTA TANJUNG ARWANA,"],
    nama: "Dr. YULIANUS WABDARON, S.Pd., M.Pd.",
    pangkat: "Pembina Tingkat I",
    nip: "19740913 199903 1 006",
  });
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("c", 2) },
    rules: ["capaian-mismatch"],
    note: "capaian of the Angka Putus Sekolah SMP/MTs (negative by note 1) is 115.56 = 0.52 / 0.45 x 100; (2 x 0.45 - 0.52) / 0.45 x 100 gives 84.44",
    truth: refl(a("r", 2), "0.45"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", 3) },
    rules: ["capaian-mismatch"],
    note: "capaian of the sekolah terakreditasi A is a typed 161.67 (digits swapped); 14 against the target '12 sekolah' gives 116.67",
    truth: rt(a("r", 3), "12"),
  });
  // the ruang kelas rusak berat is negative: its 120.00 is the refleksi (R / T gives 80.00)
  b.ok({
    sheet: S,
    cell: a("c", 6),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r", 6), "9"),
    trap: rt(a("r", 6), "9"),
  });
  for (const i of [0, 1, 4, 5, 7])
    b.ok({ sheet: S, cell: a("c", i), rules: ["capaian-mismatch"], truth: rt(a("r", i), String(rows[i].t)) });
  for (const i of [0, 1, 4, 5, 6, 7])
    b.ok({ sheet: S, cell: a("k", i), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", i)})` });
  return b.finish();
}

type SpmIn = { jenis: string; ind: string; harus: number; layan: number };

/** SPM pendidikan 2024 of Dinas Pendidikan Kota Wairasa (Maluku). */
export function spmPendidikan(): BookW {
  const b = new BookW(
    "spm-pendidikan-capaian-dikbud-wairasa.xlsx",
    "SPM pendidikan report",
    "SPM bidang pendidikan 2024: harus dilayani | terlayani | belum terlayani | persentase, a Jumlah row whose persentase is the ratio of the sums",
  );
  const S = "SPM Pendidikan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WAIRASA",
    "DINAS PENDIDIKAN",
    "Jl. Pattimura Batu Merah Atas No. 4, Wairasa",
  ]);
  s.lines([
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM)",
    "BIDANG PENDIDIKAN KOTA WAIRASA TAHUN 2024",
  ]);
  s.gap();
  const rows: SpmIn[] = [
    {
      jenis: "Pendidikan Anak Usia Dini (PAUD)",
      ind: "Jumlah warga negara usia 5-6 tahun yang berpartisipasi dalam PAUD",
      harus: 4812,
      layan: 4135,
    },
    {
      jenis: "Pendidikan Dasar (SD)",
      ind: "Jumlah warga negara usia 7-12 tahun yang berpartisipasi dalam pendidikan dasar",
      harus: 15406,
      layan: 15118,
    },
    {
      jenis: "Pendidikan Dasar (SMP)",
      ind: "Jumlah warga negara usia 13-15 tahun yang berpartisipasi dalam pendidikan dasar",
      harus: 7265,
      layan: 6842,
    },
    {
      jenis: "Pendidikan Kesetaraan",
      ind: "Jumlah warga negara usia 7-18 tahun yang belum menyelesaikan pendidikan dasar dan menengah yang berpartisipasi dalam pendidikan kesetaraan",
      harus: 1128,
      layan: 397,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "jenis", head: ["Jenis Pelayanan Dasar"], num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Pencapaian"], role: "indikator", num: "(3)", width: 46 },
    {
      key: "h",
      head: ["Jumlah Warga Negara (jiwa)", "Yang Harus Dilayani"],
      role: "target",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "l",
      head: ["Jumlah Warga Negara (jiwa)", "Yang Sudah Terlayani"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    { key: "bl", head: ["Jumlah Warga Negara (jiwa)", "Belum Terlayani"], num: "(6) = (4) - (5)", fmt: INT },
    {
      key: "p",
      head: ["Persentase Pencapaian SPM (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (5) / (4) x 100",
      fmt: DEC,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(8)", width: 24 },
  ];
  const ket = [
    "Data Dapodik dan Disdukcapil",
    "-",
    "Anak pindah ke luar kota tidak tercatat",
    "Paket A, B, C di 6 PKBM",
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, i) => ({
        id: `s${i}`,
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          jenis: x.jenis,
          ind: x.ind,
          h: x.harus,
          l: x.layan,
          // planted: the SMP's belum terlayani typed with two digits swapped
          bl: i === 2 ? 432 : fx(`${c.a("h")}-${c.a("l")}`),
          // planted: the kesetaraan's persentase keeps the cached result of an earlier draft
          p: i === 3 ? fx(rt(c.a("l"), c.a("h")), 53.19) : fx(rt(c.a("l"), c.a("h"))),
          ket: ket[i],
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "ind"] as [string, string],
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: "JUMLAH",
          h: fx(`SUM(${c.a("h", "s0")}:${c.a("h", "s3")})`),
          l: fx(`SUM(${c.a("l", "s0")}:${c.a("l", "s3")})`),
          bl: fx(`SUM(${c.a("bl", "s0")}:${c.a("bl", "s3")})`),
          p: fx(rt(c.a("l"), c.a("h"))),
          ket: "-",
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber data: Dapodik semester ganjil 2024/2025 dan data kependudukan semester II 2024."]);
  s.gap();
  s.lines(["Rincian Layanan PAUD (anak usia 5-6 tahun) per Kecamatan"], 1, { bold: true });
  const kec: Array<[string, number, number]> = [
    ["Wairasa Pesisir", 1284, 1108],
    ["Batu Gajah Timur", 1507, 1342],
    ["Teluk Lesina", 1196, 1003],
    ["Leitimor Raya", 825, 682],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 26 },
      { key: "h", head: ["Anak Usia 5-6 Tahun"], role: "target", fmt: INT },
      { key: "l", head: ["Berpartisipasi di PAUD"], role: "realisasi", fmt: INT },
      { key: "p", head: ["Persentase (%)"], role: "capaian", fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...kec.map(([k, h, l], i) => ({
        id: `k${i}`,
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          kec: k,
          h,
          l,
          p: fx(rt(c.a("l"), c.a("h"))),
        }),
      })),
      {
        id: "kj",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: "Jumlah",
          h: fx(`SUM(${c.a("h", "k0")}:${c.a("h", "k3")})`),
          l: fx(`SUM(${c.a("l", "k0")}:${c.a("l", "k3")})`),
          p: fx(rt(c.a("l"), c.a("h"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Wairasa, 27 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "KOTA WAIRASA,"],
    nama: "Drs. SEMUEL J. LATUHERU, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19690302 199403 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("bl", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "belum terlayani of the SMP is a typed 432 among formulas (digits swapped); 7,265 - 6,842 gives 423",
    truth: `${a("h", "s2")}-${a("l", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "s3") },
    rules: ["capaian-mismatch"],
    note: "persentase of the pendidikan kesetaraan keeps a stale cached 53.19 of an earlier draft; 397 / 1,128 x 100 gives 35.20",
    truth: rt(a("l", "s3"), a("h", "s3")),
  });
  // the Jumlah's persentase is the ratio of the sums, not the sum (313.44) nor the average of the rows
  b.ok({
    sheet: S,
    cell: a("p", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: rt(a("l", "jml"), a("h", "jml")),
    trap: `SUM(${a("p", "s0")}:${a("p", "s3")})`,
  });
  for (const k of ["h", "l"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => a(k, `s${i}`)).join("+"),
    });
  for (const i of [0, 1, 2]) {
    b.ok({
      sheet: S,
      cell: a("p", `s${i}`),
      rules: ["capaian-mismatch"],
      truth: rt(a("l", `s${i}`), a("h", `s${i}`)),
    });
    if (i !== 2)
      b.ok({
        sheet: S,
        cell: a("bl", `s${i}`),
        rules: ["sum-mismatch"],
        truth: `${a("h", `s${i}`)}-${a("l", `s${i}`)}`,
      });
  }
  // the kecamatan table adds up to the PAUD row of the first table; its Jumlah % is the ratio, not the average
  for (const k of ["h", "l"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "kj"),
      rules: ["sum-mismatch", "cross-table-mismatch"],
      truth: a(k, "s0"),
      actual: [0, 1, 2, 3].map((i) => t2.a(k, `k${i}`)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("p", "kj"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(t2.a("l", "kj"), t2.a("h", "kj")),
    trap: `ROUND(AVERAGE(${t2.a("p", "k0")}:${t2.a("p", "k3")}),2)`,
  });
  b.ok({ sheet: S, cell: a("bl", "s3"), rules: ["sum-mismatch"], truth: `${a("h", "s3")}-${a("l", "s3")}` });
  return b.finish();
}
