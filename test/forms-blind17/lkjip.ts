// An LKjIP measurement table of a Kecamatan (Tabel 3.2 Pengukuran Capaian Kinerja Sasaran: last
// year's realisasi beside "Tahun 2024" > Rencana Tingkat Capaian | Realisasi | Capaian (%) and a
// Predikat in the Permendagri words), with the table of its budget per program under it on the same
// sheet. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { d2, refl, rt } from "./util";

type KecIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

type ProgIn = { id: string; kode: string; nama: string; pagu: number; real: number };

/** LKjIP 2024 Tabel 3.2 and 3.5 of Kecamatan Pasirluhur, Kabupaten Gunungtalang. */
export function pengukuranKecamatan(): BookW {
  const b = new BookW(
    "lkjip-predikat-kecamatan-pasirluhur.xlsx",
    "LKjIP measurement with predikat and budget per program (Kecamatan)",
    "LKjIP 2024 of a Kecamatan: Tabel 3.2 No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Rencana Tingkat Capaian | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi for the two lower-is-better rows by the note; a Rata-rata row with its predikat; under it Tabel 3.5 Kode | Program | Pagu Anggaran (Rp) | Realisasi (Rp) | Serapan (%) with a Jumlah",
  );
  const S = "Pengukuran 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "KECAMATAN PASIRLUHUR",
    "Jl. Raya Pasirluhur No. 12, Kode Pos 53871",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Capaian Kinerja Sasaran Kecamatan Pasirluhur Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const S1 = "Meningkatnya kualitas pelayanan publik di tingkat kecamatan";
  const S2 = "Meningkatnya kualitas penyelenggaraan pemerintahan desa";
  const S3 = "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan";
  const rows: KecIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM) terhadap layanan PATEN",
      sat: "nilai",
      r23: 81.27,
      t: 82,
      r: 84.36,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rata-rata waktu penyelesaian layanan PATEN",
      sat: "hari kerja",
      r23: 3.2,
      t: 3,
      r: 2.6,
      neg: true,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase pengaduan masyarakat yang ditindaklanjuti",
      sat: "%",
      r23: 93.1,
      t: 95,
      r: 97.5,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase desa berstatus Desa Mandiri dan Desa Maju (IDM)",
      sat: "%",
      r23: 36.36,
      t: 45.45,
      r: 45.45,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase desa yang menyampaikan LPPDes tepat waktu",
      sat: "%",
      r23: 81.82,
      t: 100,
      r: 90.91,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase APBDes yang ditetapkan tepat waktu",
      sat: "%",
      r23: 63.64,
      t: 100,
      r: 72.73,
      f: DEC,
    },
    {
      id: "i7",
      sas: S3,
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban umum",
      sat: "kejadian",
      r23: 27,
      t: 24,
      r: 18,
      neg: true,
      f: "0",
    },
    {
      id: "i8",
      sas: S3,
      ind: "Persentase pelanggaran Perda yang ditertibkan",
      sat: "%",
      r23: 71.2,
      t: 80,
      r: 76.5,
      f: DEC,
    },
  ];
  // planted 1: the waiting time (lower is better) carries the R / T formula of the positive rows
  const PLANT_F = "i2";
  // planted 2: the APBDes row's 72.73 is Sedang (> 65 - 75); "Tinggi" is typed
  const PLANT_P = { id: "i6", v: "Tinggi" };
  const shown = (x: KecIn) =>
    round(x.neg && x.id !== PLANT_F ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Rencana Tingkat Capaian"], role: "target", year: 2024, width: 12 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const AVG = "avg";
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const T = c.a("t");
          const R = c.a("r");
          return {
            no: k + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            r23: fmt(x.r23, x.f),
            t: fmt(x.t, x.f),
            r: fmt(x.r, x.f),
            c: fx(x.neg && x.id !== PLANT_F ? refl(R, T) : rt(R, T)),
            p: x.id === PLANT_P.id ? PLANT_P.v : predikat(shown(x)),
          };
        },
      })),
      {
        id: AVG,
        bold: true,
        span: ["no", "r"],
        cells: (c): Record<string, Cell> => {
          const avg = round(sum(rows.map(shown)) / rows.length);
          return {
            no: "Rata-rata Capaian Kinerja Sasaran",
            c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i8")}),2)`),
            p: predikat(avg),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Indikator rata-rata waktu penyelesaian layanan PATEN dan jumlah kejadian gangguan trantibum berpolaritas negatif (semakin kecil semakin baik): Capaian = (2 x Rencana - Realisasi) / Rencana x 100.",
    "2. Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah (Permendagri Nomor 86 Tahun 2017).",
  ]);
  s.gap();

  // ------------------------------------------------------------------ Tabel 3.5 under it
  s.lines(["Tabel 3.5", "Realisasi Anggaran per Program Kecamatan Pasirluhur Tahun 2024"], 1, { bold: true });
  s.gap();
  const progs: ProgIn[] = [
    {
      id: "p1",
      kode: "7.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      pagu: 2_846_215_000,
      real: 2_701_396_420,
    },
    {
      id: "p2",
      kode: "7.01.02",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      pagu: 412_500_000,
      real: 398_716_000,
    },
    {
      id: "p3",
      kode: "7.01.03",
      nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      pagu: 286_750_000,
      real: 271_480_500,
    },
    {
      id: "p4",
      kode: "7.01.04",
      nama: "Program Koordinasi Ketentraman dan Ketertiban Umum",
      pagu: 164_300_000,
      real: 158_922_000,
    },
    {
      id: "p5",
      kode: "7.01.05",
      nama: "Program Penyelenggaraan Urusan Pemerintahan Umum",
      pagu: 118_600_000,
      real: 109_735_000,
    },
    {
      id: "p6",
      kode: "7.01.06",
      nama: "Program Pembinaan dan Pengawasan Pemerintahan Desa",
      pagu: 198_450_000,
      real: 190_108_300,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 5 },
      { key: "nama", head: ["Program"], width: 28 },
      { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 40 },
      { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 11 },
      { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nama: x.nama,
          pagu: x.pagu,
          real: x.real,
          ser: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "nama"],
        cells: (c) => ({
          kode: "Jumlah",
          pagu: fx(`SUM(${c.a("pagu", "p1")}:${c.a("pagu", "p6")})`),
          real: fx(`SUM(${c.a("real", "p1")}:${c.a("real", "p6")})`),
          ser: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Pasirluhur, 27 Januari 2025",
    jabatan: ["CAMAT PASIRLUHUR,"],
    nama: "ANDRI WIBOWO SETIADJI, S.STP., M.Si.",
    pangkat: "Pembina",
    nip: "19850614 200312 1 002",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const x2 = rows.find((x) => x.id === PLANT_F)!;
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Capaian of the rata-rata waktu penyelesaian layanan PATEN (lower is better by note 1) is =ROUND(Realisasi/Rencana*100,2) = ${d2((x2.r / x2.t) * 100)}, the positive rows' formula; (2 x 3.00 - 2.60) / 3.00 gives ${d2(((2 * x2.t - x2.r) / x2.t) * 100)}, as the gangguan trantibum row computes`,
    truth: refl(a("r", PLANT_F), a("t", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("p", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: 'Predikat "Tinggi" for the capaian of 72.73 of the APBDes ditetapkan tepat waktu; the band > 65 - 75 of note 2 is Sedang',
    truth: `PREDIKAT(${a("c", PLANT_P.id)})`,
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    if (x.id !== PLANT_F) {
      const c = shown(x);
      const rules = ["capaian-mismatch"];
      if (x.neg) rules.push("inconsistent-formula");
      if (c > 100) rules.push("percent-out-of-range");
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules,
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
      if (x.id !== PLANT_P.id)
        b.ok({
          sheet: S,
          cell: a("p", x.id),
          rules: ["predikat-mismatch"],
          truth: `PREDIKAT(${a("c", x.id)})`,
        });
    }
  }
  // the average's predikat holds with the planted capaian and with its true value alike
  b.ok({ sheet: S, cell: a("p", AVG), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", AVG)})` });
  const a2 = (k: string, id: string) => t2.a(k, id);
  for (const x of progs)
    b.ok({
      sheet: S,
      cell: a2("ser", x.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a2("real", x.id), a2("pagu", x.id)),
    });
  for (const k of ["pagu", "real"])
    b.ok({
      sheet: S,
      cell: a2(k, "jml"),
      rules: ["sum-mismatch"],
      truth: progs.map((x) => a2(k, x.id)).join("+"),
      tol: 0.5,
    });
  b.ok({
    sheet: S,
    cell: a2("ser", "jml"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: rt(a2("real", "jml"), a2("pagu", "jml")),
    // the Jumlah's serapan is the ratio of the totals, not the mean of the programs' serapan
    trap: `ROUND(AVERAGE(${a2("ser", "p1")}:${a2("ser", "p6")}),2)`,
  });
  return b.finish();
}
