// Performance tables of the fifteenth unseen set: the LKjIP measurement of an Inspektorat Daerah with
// audit indicators (tindak lanjut rekomendasi, temuan berulang, penurunan temuan, kerugian daerah)
// whose only year is the sheet's name ("Capaian 2024"), and the quarterly performance report of a
// BPBD: response times (lower is better, cumulative averages "s.d. triwulan") beside counts of events
// and trained people (flows: the year is the sum of its quarters). Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const cap = (neg: boolean | undefined, T: number, R: number) =>
  round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);

// ============================================ Inspektorat Daerah Kabupaten Lebakwangi, "Capaian 2024"

type InIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

/** LKjIP Tabel 3.1 of an Inspektorat; the year stands only in the sheet's name. */
export function capaianInspektorat(): BookW {
  const b = new BookW(
    "capaian-namasheet-inspektorat-lebakwangi.xlsx",
    "LKjIP pengukuran (Inspektorat), year in the sheet name",
    "LKjIP Tabel 3.1 of an Inspektorat Daerah on the sheet 'Capaian 2024' (the only place a year is given: no year in the title, the header or the undated signature): No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Kategori; number row (1) .. (8); audit indicators: tindak lanjut rekomendasi (higher is better), temuan berulang, kerugian daerah belum dikembalikan and pengaduan terbukti (lower is better, refleksi by the note), persentase penurunan temuan (higher is better); capaian and kategori typed; Rata-rata row",
  );
  const S = "Capaian 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEBAKWANGI",
    "INSPEKTORAT DAERAH",
    "Jl. Veteran No. 12 Lebakwangi 42311",
  ]);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Sasaran Inspektorat Daerah",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas tata kelola keuangan dan kinerja Pemerintah Daerah";
  const S2 = "Meningkatnya kapabilitas APIP dan maturitas penyelenggaraan SPIP";
  const S3 = "Menurunnya penyalahgunaan wewenang aparatur";
  const rows: InIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase rekomendasi hasil pemeriksaan yang telah ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 88.42,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah temuan berulang hasil pemeriksaan BPK RI",
      sat: "temuan",
      t: 6,
      r: 4,
      neg: true,
      f: "0",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase penurunan jumlah temuan hasil pemeriksaan eksternal",
      sat: "%",
      t: 10,
      r: 12.5,
      f: DEC,
    },
    { id: "i4", sas: S2, ind: "Level kapabilitas APIP", sat: "level", t: 3, r: 3, f: "0" },
    { id: "i5", sas: S2, ind: "Nilai maturitas SPIP", sat: "nilai", t: 3.5, r: 3.38, f: DEC },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase nilai kerugian daerah yang belum dikembalikan",
      sat: "%",
      t: 15,
      r: 18.6,
      neg: true,
      f: DEC,
    },
    {
      id: "i7",
      sas: S3,
      ind: "Jumlah pengaduan masyarakat atas penyalahgunaan wewenang yang terbukti",
      sat: "kasus",
      t: 5,
      r: 7,
      neg: true,
      f: "0",
    },
    {
      id: "i8",
      sas: S3,
      ind: "Persentase pengaduan masyarakat yang ditindaklanjuti",
      sat: "%",
      t: 100,
      r: 96.3,
      f: DEC,
    },
  ];
  // planted 1: capaian of the kerugian daerah (lower is better) typed as R / T = 124.00 (refleksi 76.00),
  // its kategori following the typed number
  const PLANT_C = { id: "i6", v: round((18.6 / 15) * 100) };
  // planted 2: kategori "Cukup" for a capaian of 60.00 (the band > 50 - 65 is Kurang)
  const PLANT_P = { id: "i7", v: "Cukup" };
  const written = (x: InIn) => (x.id === PLANT_C.id ? PLANT_C.v : cap(x.neg, x.t, x.r));
  if (cap(true, 5, 7) !== 60 || predikatBaik(60) !== "Kurang") throw new Error("inspektorat: i7");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "t", head: ["Target"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC, width: 10 },
    { key: "k", head: ["Kategori"], role: "predikat", num: "(8)", width: 13 },
  ];
  const avg = round(sum(rows.map(written)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          c: written(x),
          k: x.id === PLANT_P.id ? PLANT_P.v : predikatBaik(written(x)),
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("i1")}:${c.c("c")}${c.row("i8")}),2)`),
          k: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indikator nomor 2, 6 dan 7 berpolaritas negatif (semakin kecil semakin baik): capaian = (2 x Target - Realisasi) / Target x 100.",
    "2. Indikator nomor 3 mengukur penurunan jumlah temuan (semakin besar penurunan semakin baik): capaian = Realisasi / Target x 100.",
    "3. Kategori capaian: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lebakwangi,",
    jabatan: ["INSPEKTUR DAERAH", "KABUPATEN LEBAKWANGI,"],
    nama: "Drs. ASEP KURNIAWAN HIDAYAT, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19690814 199003 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const x6 = rows.find((x) => x.id === PLANT_C.id)!;
  b.plant({
    at: { sheet: S, cell: a("c", x6.id) },
    rules: ["capaian-mismatch"],
    note: "capaian of the persentase nilai kerugian daerah yang belum dikembalikan (lower is better by note 1) is 124.00 = 18.60 / 15.00; (2 x 15.00 - 18.60) / 15.00 gives 76.00",
    truth: refl(a("r", x6.id), a("t", x6.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("k", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: "kategori 'Cukup' for the capaian of 60.00 of the pengaduan terbukti (7 against a target of 5, refleksi); the band > 50 - 65 of note 3 is Kurang",
    truth: `PREDIKAT_BAIK(${a("c", PLANT_P.id)})`,
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    if (x.id !== PLANT_C.id) {
      const c = cap(x.neg, x.t, x.r);
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the lower-is-better rows are not R / T; the penurunan temuan is not a refleksi
        trap: x.t === x.r ? undefined : x.neg ? rt(R, T) : x.id === "i3" ? refl(R, T) : undefined,
      });
      if (x.id !== PLANT_P.id)
        b.ok({
          sheet: S,
          cell: a("k", x.id),
          rules: ["predikat-mismatch"],
          truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
        });
    }
  }
  b.ok({
    sheet: S,
    cell: a("k", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

// ======================================================= BPBD Kabupaten Rawabening, Triwulan 2024

type BpIn = {
  id: string;
  ind: string;
  sat: string;
  /** "Jumlah": a flow, the year adds the quarters; "Nilai s.d. triwulan": a level, the year is TW IV */
  flow: boolean;
  t: number;
  q: number[];
  neg?: boolean;
  f: string;
};

/** Quarterly performance report 2024 of a Badan Penanggulangan Bencana Daerah. */
export function triwulanBpbd(): BookW {
  const b = new BookW(
    "triwulan-respons-bpbd-rawabening.xlsx",
    "quarterly performance report (BPBD)",
    "Laporan capaian kinerja Triwulan IV 2024 of a BPBD: No | Indikator Kinerja | Satuan | Sifat Data | Target 2024 | 'Realisasi Triwulan' > I | II | III | IV | Realisasi Tahun 2024 | Capaian (%) | Keterangan; number row 1 .. 12; response times in menit and jam (lower is better, cumulative averages: the year is TW IV), a share of victims served (a level), trained people, villages, contingency plans and forest fires (flows: the year is the sum of the quarters, as SUM formulas; the fires lower is better); capaian typed",
  );
  const S = "Kinerja Triwulan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RAWABENING",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Pahlawan No. 88 Rawabening, Telp. (0542) 731 112",
  ]);
  s.lines(["LAPORAN CAPAIAN KINERJA TRIWULAN IV", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const rows: BpIn[] = [
    {
      id: "b1",
      ind: "Rata-rata waktu tanggap (response time) penanganan darurat bencana",
      sat: "menit",
      flow: false,
      t: 30,
      q: [28, 27, 26, 25],
      neg: true,
      f: "0",
    },
    {
      id: "b2",
      ind: "Rata-rata waktu penyaluran logistik ke lokasi bencana",
      sat: "jam",
      flow: false,
      t: 6,
      q: [7.5, 6.8, 6.2, 5.6],
      neg: true,
      f: "0.0",
    },
    {
      id: "b3",
      ind: "Persentase korban bencana yang mendapat pemenuhan kebutuhan dasar",
      sat: "%",
      flow: false,
      t: 100,
      q: [100, 100, 98.75, 99.12],
      f: DEC,
    },
    {
      id: "b4",
      ind: "Jumlah warga yang dilatih siaga bencana",
      sat: "orang",
      flow: true,
      t: 1_200,
      q: [180, 420, 360, 465],
      f: "#,##0",
    },
    {
      id: "b5",
      ind: "Jumlah desa tangguh bencana yang dibentuk",
      sat: "desa",
      flow: true,
      t: 8,
      q: [0, 2, 3, 3],
      f: "0",
    },
    {
      id: "b6",
      ind: "Jumlah kejadian kebakaran hutan dan lahan",
      sat: "kejadian",
      flow: true,
      t: 40,
      q: [3, 5, 21, 7],
      neg: true,
      f: "0",
    },
    {
      id: "b7",
      ind: "Jumlah dokumen rencana kontinjensi yang disusun",
      sat: "dokumen",
      flow: true,
      t: 2,
      q: [0, 0, 1, 1],
      f: "0",
    },
  ];
  // planted 1: the capaian of the response time (lower is better) typed as R / T = 83.33 (refleksi 116.67)
  const PLANT_C = "b1";
  // planted 2: the year's realisasi of the trained people is a typed 1,245 among SUM formulas (1,425);
  // its capaian follows the typed number (103.75)
  const PLANT_S = { id: "b4", v: 1_245 };
  const year = (x: BpIn) => (x.id === PLANT_S.id ? PLANT_S.v : x.flow ? sum(x.q) : x.q[3]);
  const written = (x: BpIn) => (x.id === PLANT_C ? round((year(x) / x.t) * 100) : cap(x.neg, x.t, year(x)));
  const RQ = "Realisasi Triwulan";
  const QN = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    { key: "sifat", head: ["Sifat Data"], num: 4, width: 14 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: 5, width: 10 },
    ...QN.map((q, i): Col => ({
      key: `q${i}`,
      head: [RQ, q],
      role: "realisasi",
      year: 2024,
      num: 6 + i,
      width: 8,
    })),
    { key: "y", head: ["Realisasi Tahun 2024"], role: "realisasi", year: 2024, num: 10, width: 11 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: 11, fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 12, width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const F = (v: number) => fmt(v, x.f);
        const cells: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          sifat: x.flow ? "Jumlah" : "Nilai s.d. triwulan",
          t: F(x.t),
          c: written(x),
          ket: x.neg ? "polaritas negatif" : undefined,
        };
        x.q.forEach((v, i) => (cells[`q${i}`] = F(v)));
        cells.y =
          x.id === PLANT_S.id
            ? F(PLANT_S.v)
            : x.flow
              ? fx(`SUM(${c.a("q0")}:${c.a("q3")})`)
              : fx(`${c.a("q3")}`);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Sifat data 'Jumlah': realisasi tahun = jumlah realisasi Triwulan I s.d. IV. 'Nilai s.d. triwulan': realisasi triwulan adalah nilai kumulatif sampai dengan triwulan berkenaan (rata-rata seluruh kejadian sejak Januari), realisasi tahun = nilai Triwulan IV.",
    "2) Indikator berpolaritas negatif (waktu tanggap, waktu penyaluran logistik, jumlah kejadian karhutla): capaian = (2 x Target - Realisasi) / Target x 100; indikator lainnya: Realisasi / Target x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Rawabening, 10 Januari 2025",
    jabatan: ["KEPALA PELAKSANA", "BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN RAWABENING,"],
    nama: "YUSUF RAHMATULLAH, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19750321 199503 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id));
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian of the response time (lower is better by note 2) is 83.33 = 25 / 30; (2 x 30 - 25) / 30 gives 116.67",
    truth: refl(a("y", PLANT_C), a("t", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("y", PLANT_S.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realisasi 2024 of the warga dilatih siaga bencana (a count: 'Jumlah' by note 1) is a typed 1,245 among SUM formulas; the quarters 180 + 420 + 360 + 465 give 1,425",
    truth: qs(PLANT_S.id).join("+"),
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("y", x.id);
    if (x.id !== PLANT_S.id)
      b.ok({
        sheet: S,
        cell: a("y", x.id),
        rules: ["sum-mismatch"],
        truth: x.flow ? qs(x.id).join("+") : a("q3", x.id),
        // a level is the TW IV value, not the quarters added up
        trap: x.flow ? undefined : qs(x.id).join("+"),
      });
    if (x.id !== PLANT_C && x.id !== PLANT_S.id) {
      const c = cap(x.neg, x.t, year(x));
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
  }
  return b.finish();
}
