// The T-C.27-like plan table of the Renstra 2025-2029 of a Sulawesi Barat-like provincial Badan
// Kesbangpol: ormas and penanganan konflik sosial programs, Target | Rp per year under "Target Kinerja
// Program dan Kerangka Pendanaan" with the calendar years, Rp "(dalam ribuan rupiah)", program and
// kegiatan Rp as SUM formulas over the rows beneath, kondisi akhir Rp the sum of the five years and
// kondisi akhir K the last target for rates and indices, the sum for counts. Every number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type P = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** Rp per year (thousands) for sub kegiatan; program / kegiatan rows sum their children */
  rp?: number[];
  kids?: string[];
  /** kondisi akhir K: "last" for levels, "sum" for counts */
  akhir: "last" | "sum";
  unit: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27KesbangpolSulbar(): BookW {
  const b = new BookW(
    "renstra-tc27-kesbangpol-sulbar-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Kesbangpol)",
    "T-C.27-like Renstra 2025-2029 table of a provincial Badan Kesbangpol in Sulawesi Barat: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; '(dalam ribuan rupiah)'; no number row; three header rows; SUM formulas for program / kegiatan Rp and the kondisi akhir Rp; a falling index (lower is better)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI BARAT", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Badan Kesatuan Bangsa dan Politik Provinsi Sulawesi Barat Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const U1 = "Bidang Ormas dan Ketahanan Sosbud";
  const U2 = "Bidang Kewaspadaan dan Penanganan Konflik";
  const rows: P[] = [
    {
      id: "p1",
      kode: "8.01.04",
      uraian: "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN",
      ind: "Persentase ormas terdaftar yang aktif menyampaikan laporan kegiatan",
      sat: "%",
      awal: 61.2,
      k: [65, 70, 75, 80, 85],
      kids: ["k1"],
      akhir: "last",
      unit: U1,
    },
    {
      id: "k1",
      kode: "8.01.04.2.01",
      uraian: "Pelaksanaan Kebijakan di Bidang Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
      ind: "Jumlah kegiatan pemberdayaan dan pengawasan ormas",
      sat: "kegiatan",
      awal: 9,
      k: [10, 10, 12, 12, 14],
      kids: ["s1", "s2"],
      akhir: "sum",
      unit: U1,
    },
    {
      id: "s1",
      kode: "8.01.04.2.01.0001",
      uraian: "Fasilitasi Pendaftaran dan Verifikasi Keberadaan Organisasi Kemasyarakatan",
      ind: "Jumlah dokumen verifikasi keberadaan ormas",
      sat: "dokumen",
      awal: 6,
      k: [6, 6, 6, 6, 6],
      rp: [412_500, 425_000, 437_800, 450_900, 464_400],
      akhir: "sum",
      unit: U1,
    },
    {
      id: "s2",
      kode: "8.01.04.2.01.0003",
      uraian: "Peningkatan Kapasitas Pengurus Organisasi Kemasyarakatan",
      ind: "Jumlah pengurus ormas yang mengikuti peningkatan kapasitas",
      sat: "orang",
      awal: 150,
      k: [160, 160, 180, 180, 200],
      rp: [286_300, 291_700, 328_600, 334_200, 372_900],
      akhir: "sum",
      unit: U1,
    },
    {
      id: "p2",
      kode: "8.01.06",
      uraian:
        "PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL",
      ind: "Indeks kerawanan konflik sosial (semakin kecil semakin baik)",
      sat: "indeks",
      awal: 2.74,
      k: [2.65, 2.55, 2.45, 2.35, 2.25],
      kids: ["k2"],
      akhir: "last",
      unit: U2,
    },
    {
      id: "k2",
      kode: "8.01.06.2.02",
      uraian: "Pelaksanaan Kebijakan di Bidang Kewaspadaan Nasional dan Penanganan Konflik Sosial",
      ind: "Persentase konflik sosial yang ditangani dalam 1 x 24 jam",
      sat: "%",
      awal: 80,
      k: [82, 85, 88, 90, 92],
      kids: ["s3", "s4"],
      akhir: "last",
      unit: U2,
    },
    {
      id: "s3",
      kode: "8.01.06.2.02.0001",
      uraian: "Penyelenggaraan Forum Kewaspadaan Dini Masyarakat (FKDM)",
      ind: "Jumlah laporan deteksi dini FKDM provinsi dan kabupaten",
      sat: "laporan",
      awal: 48,
      k: [48, 48, 60, 60, 72],
      rp: [538_200, 552_900, 641_300, 658_700, 744_800],
      akhir: "sum",
      unit: U2,
    },
    {
      id: "s4",
      // planted: coded under program 8.01.05 (ketahanan ekonomi, sosial dan budaya) inside kegiatan 8.01.06.2.02
      kode: "8.01.05.2.02.0002",
      uraian: "Fasilitasi Tim Terpadu Penanganan Konflik Sosial",
      ind: "Jumlah rapat koordinasi Tim Terpadu PKS",
      sat: "kali",
      awal: 4,
      k: [4, 4, 4, 6, 6],
      rp: [318_400, 327_900, 337_700, 486_200, 500_800],
      akhir: "sum",
      unit: U2,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) dan Kegiatan / Sub Kegiatan (Output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "Target"], role: "target", year: y, fmt: DEC, width: 8 },
      { key: `r${i}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, fmt: RP, width: 12 },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 9 },
    { key: "ar", head: [A, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const row = (p: P): Row => ({
    id: p.id,
    bold: !!p.kids,
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: p.kode,
        ur: p.uraian,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit: p.unit,
        lok: "Provinsi Sulawesi Barat",
      };
      YEARS.forEach((_, i) => {
        c[`k${i}`] = p.k[i];
        c[`r${i}`] = p.kids
          ? fx(
              p.kids.length === 1
                ? `${x.a(`r${i}`, p.kids[0])}`
                : `SUM(${x.a(`r${i}`, p.kids[0])}:${x.a(`r${i}`, p.kids[p.kids.length - 1])})`,
            )
          : p.rp![i];
      });
      // planted: the program's kondisi akhir K typed 80.00, the 2028 target (the 2029 target is 85.00)
      c.ak = p.id === "p1" ? 80 : p.akhir === "last" ? p.k[4] : p.k.reduce((n, v) => n + v, 0);
      c.ar = fx(`${x.a("r0")}+${x.a("r1")}+${x.a("r2")}+${x.a("r3")}+${x.a("r4")}`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows: rows.map(row) });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target = target tahun 2029 untuk indikator persentase dan indeks, jumlah lima tahun untuk indikator jumlah.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Mamuju, 3 Maret 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI SULAWESI BARAT,"],
    nama: "Dr. H. MUHAMMAD ARSYAD LATANRO, S.Sos., M.AP.",
    nip: "19710827 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const five = (k: string, id: string) => YEARS.map((_, i) => a(`${k}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi Tim Terpadu PKS is coded 8.01.05.2.02.0002 under kegiatan 8.01.06.2.02 (program 8.01.06)",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "p1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the ormas reporting rate is 80.00, the 2028 target; a rate ends at its 2029 target 85.00",
    truth: a("k4", "p1"),
  });
  // levels end at the last target (not the sum); the index falls because lower is better
  for (const id of ["p2", "k2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: five("k", id),
    });
  for (const id of ["k1", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: five("k", id) });
  b.ok({ sheet: S, cell: a("k4", "p2"), rules: ["target-trend", "target-outlier"], truth: "2.25" });
  for (const id of ["p1", "k1", "s2", "p2", "s4"])
    b.ok({
      sheet: S,
      cell: a("ar", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: five("r", id),
    });
  for (const i of [0, 2, 4]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "p2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s3")}+${a(`r${i}`, "s4")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k2")})`,
  });
  // the 2028 jump of s4's Rp comes with the sixth rapat: not an outlier
  b.ok({ sheet: S, cell: a("r3", "s4"), rules: ["target-outlier"], truth: "486200" });
  return b.finish();
}
