// The Perjanjian Kinerja 2025 of a Camat (Kecamatan Bojongsari, Kabupaten Mojopuro): the statement,
// the indicator table with the year's target and cumulative quarterly targets (levels: Triwulan IV
// is the year's target, not the sum of the quarters; dashes where a semester survey gives no
// figure), the program table with a typed Jumlah, and the Renstra Kecamatan 2025-2029 on a sheet of
// its own. Every name and number is invented; the codes are Kepmendagri-shaped (7.01 kecamatan).
import { BookW, DEC, RP, fmt, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

type KIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  /** Renstra targets 2025..2029 */
  tg: number[];
  /** cumulative quarterly targets 2025 (null: a dash) */
  tw: Array<number | null>;
};

/** PK 2025 of the Camat Bojongsari with cumulative quarterly targets, Renstra 2025-2029 beside. */
export function pkKecamatan(): BookW {
  const b = new BookW(
    "pk-twkumulatif-kecamatan-bojongsari.xlsx",
    "Perjanjian Kinerja with cumulative quarterly targets (Kecamatan)",
    "PK 2025 of a Camat: statement (pihak pertama Camat, pihak kedua Bupati), No | Sasaran (merged) | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target Kinerja Triwulanan (Kumulatif)' > TW-I .. TW-IV with dashes for a semester survey, then No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah on the same sheet; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | Target Tahun 2025 .. 2029 | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const SR = "Renstra 2025-2029";
  const s = b.sheet(S);
  const S1 = "Meningkatnya kualitas pelayanan publik di kecamatan";
  const S2 = "Meningkatnya kualitas penyelenggaraan pemerintahan desa";
  const S3 = "Meningkatnya ketenteraman dan ketertiban umum di wilayah kecamatan";
  const rows: KIn[] = [
    {
      id: "ikm",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM) terhadap layanan PATEN",
      sat: "nilai",
      awal: 81.6,
      tg: [82.5, 83.25, 84, 84.75, 85.5],
      tw: [null, 82, null, 82.5],
    },
    {
      id: "pbb",
      sas: S1,
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 86.9,
      tg: [88, 89, 90, 91, 92],
      // the planted row's quarters follow its (wrong) PK target
      tw: [20, 45, 70, 89],
    },
    {
      id: "lpj",
      sas: S2,
      ind: "Persentase desa yang menyampaikan LPJ APBDes tepat waktu",
      sat: "%",
      awal: 82.35,
      tg: [85, 88, 91, 94, 97],
      tw: [25, 50, 75, 85],
    },
    {
      id: "rkp",
      sas: S2,
      ind: "Persentase desa yang difasilitasi penyusunan RKPDes tepat waktu",
      sat: "%",
      awal: 92.86,
      tg: [100, 100, 100, 100, 100],
      tw: [0, 42.86, 100, 100],
    },
    {
      id: "trantib",
      sas: S3,
      ind: "Persentase gangguan trantibum tingkat kecamatan yang tertangani",
      sat: "%",
      awal: 88.5,
      tg: [90, 92, 94, 96, 98],
      tw: [90, 90, 90, 90],
    },
  ];
  // planted 1: the PK 2025 target of the PBB-P2 is 89.00, the Renstra 2026 target (2025: 88.00)
  const PLANT_X = "pbb";
  const pkT = (x: KIn) => (x.id === PLANT_X ? x.tg[1] : x.tg[0]);
  for (const x of rows) if (x.tw[3] !== pkT(x)) throw new Error(`pk: TW IV of ${x.id}`);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MOJOPURO",
    "KECAMATAN BOJONGSARI",
    "Jl. Raya Bojongsari No. 1, Kode Pos 61372",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : FAJAR KURNIAWAN HADI, S.STP., M.M.",
    "Jabatan : Camat Bojongsari",
    "selanjutnya disebut PIHAK PERTAMA",
    "Nama    : H. SUTRISNO WIDODO, S.E.",
    "Jabatan : Bupati Mojopuro",
    "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.",
    "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.put(s.r, 1, "PIHAK KEDUA,");
  s.put(s.r, 6, "Mojopuro, 3 Januari 2025");
  s.r++;
  s.put(s.r, 1, "BUPATI MOJOPURO,");
  s.put(s.r, 6, "PIHAK PERTAMA,");
  s.r += 4;
  s.put(s.r, 1, "H. SUTRISNO WIDODO, S.E.");
  s.put(s.r, 6, "FAJAR KURNIAWAN HADI, S.STP., M.M.");
  s.r++;
  s.put(s.r, 6, "NIP. 19830421 200112 1 003");
  s.r += 3;
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "CAMAT BOJONGSARI KABUPATEN MOJOPURO"], 1, {
    bold: true,
  });
  s.gap();
  const TW = ["TW-I", "TW-II", "TW-III", "TW-IV"];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 10 },
      ...TW.map((q, i): Col => ({
        key: `q${i}`,
        head: ["Target Kinerja Triwulanan (Kumulatif)", q],
        role: "target",
        year: 2025,
        width: 9,
      })),
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => {
      const cells: Record<string, Cell> = {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), DEC),
      };
      x.tw.forEach((v, i) => (cells[`q${i}`] = v === null ? "-" : fmt(v, DEC)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: target triwulanan bersifat kumulatif s.d. triwulan berkenaan; target TW-IV sama dengan target tahunan.",
    "IKM diukur melalui survei semesteran (Juni dan Desember).",
  ]);
  s.gap();
  type PrIn = { id: string; kode: string; nama: string; ang: number; dana: string };
  const progs: PrIn[] = [
    {
      id: "g1",
      kode: "7.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ang: 2_148_615_300,
      dana: "DAU",
    },
    {
      id: "g2",
      kode: "7.01.02",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      ang: 286_450_000,
      dana: "DAU",
    },
    {
      id: "g3",
      kode: "7.01.03",
      nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      ang: 412_380_000,
      dana: "DAU; DBHCHT",
    },
    {
      id: "g4",
      kode: "7.01.04",
      nama: "Program Koordinasi Ketentraman dan Ketertiban Umum",
      ang: 158_200_000,
      dana: "DAU",
    },
    {
      id: "g5",
      kode: "7.01.05",
      nama: "Program Penyelenggaraan Urusan Pemerintahan Umum",
      ang: 97_650_000,
      dana: "DAU",
    },
    {
      id: "g6",
      kode: "7.01.06",
      nama: "Program Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa",
      ang: 231_740_000,
      dana: "DAU",
    },
  ];
  const J = sum(progs.map((p) => p.ang));
  if (J !== 3_335_035_300) throw new Error(`jumlah ${J}`);
  // planted 2: Jumlah typed 3,335,053,300 ("35" swapped); the programs add up to 3,335,035,300
  const PLANT_J = 3_335_053_300;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nama", head: ["Program"], width: 50 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "dana", head: ["Sumber Dana"], width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nama: p.nama, ang: p.ang, dana: p.dana },
      })),
      { id: "jml", bold: true, span: ["no", "nama"], cells: { no: "Jumlah", ang: PLANT_J } },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Mojopuro, 3 Januari 2025",
    jabatan: ["CAMAT BOJONGSARI,"],
    nama: "FAJAR KURNIAWAN HADI, S.STP., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19830421 200112 1 003",
  });

  // the Renstra Kecamatan 2025-2029
  const r = b.sheet(SR);
  letterhead(r, ["KECAMATAN BOJONGSARI KABUPATEN MOJOPURO"]);
  r.lines(["Tabel 5.1 Indikator Kinerja Kecamatan yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029"]);
  r.gap();
  const YR = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YR.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, k): Row => {
      const cells: Record<string, Cell> = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        akhir: x.tg[4],
      };
      x.tg.forEach((v, i) => (cells[`y${i}`] = v));
      return { id: x.id, cells };
    }),
  });
  b.finish();

  const RS = `'${SR}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", PLANT_X) },
        { sheet: SR, cell: t3.a("y0", PLANT_X) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "The PK 2025 target of the persentase realisasi PBB-P2 is 89.00, the Renstra target of 2026; the Renstra 2025 target is 88.00 (its TW-IV follows the wrong target)",
    truth: `${RS}${t3.a("y0", PLANT_X)}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("ang", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 3,335,053,300; the six programs add up to 3,335,035,300 (two digits swapped)",
    truth: `SUM(${t2.a("ang", progs[0].id)}:${t2.a("ang", progs[progs.length - 1].id)})`,
    tol: 0.5,
  });
  for (const x of rows) {
    const q = [0, 1, 2, 3].map((i) => t1.a(`q${i}`, x.id));
    // the year's target of a level is the TW-IV target, not the quarters added up
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["sum-mismatch"],
      truth: q[3],
      trap: `SUM(${q[0]}:${q[3]})`,
    });
    if (x.id !== PLANT_X)
      b.ok({
        sheet: SR,
        cell: t3.a("y0", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${S}'!${t1.a("tg", x.id)}`,
      });
    const ys = [0, 1, 2, 3, 4].map((i) => t3.a(`y${i}`, x.id));
    b.ok({
      sheet: SR,
      cell: t3.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      trap: ys.join("+"),
    });
  }
  return b;
}
