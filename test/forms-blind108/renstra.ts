// T-C.27 of the Renstra 2025-2029 of the Inspektorat Daerah Provinsi Sulawesi Utara, "(dalam ribuan
// rupiah)": calendar years in the header over Target | Rp, tujuan and sasaran merged down the rows,
// SUM formulas for the kegiatan, program = its kegiatan added, a JUMLAH row that adds the programs
// only, kondisi akhir K typed (the last target for levels, the sum for flows) and Rp as SUM formulas.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: number[];
  ak: number;
  rp?: number[];
  /** program: kegiatan rows added; kegiatan: first and last sub kegiatan */
  of?: string[];
  f: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function renstraInspektoratSulut(): BookW {
  const b = new BookW(
    "renstra-tc27-inspektorat-prov-sulut-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Inspektorat Provinsi)",
    "T-C.27 of the Inspektorat Daerah Provinsi Sulawesi Utara, Renstra 2025-2029, '(dalam ribuan rupiah)': Tujuan | Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row; levels (persentase TL, level maturitas SPIP, level kapabilitas APIP) and flows (laporan, dokumen); JUMLAH = the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI UTARA", "INSPEKTORAT DAERAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Inspektorat Daerah Provinsi Sulawesi Utara",
    "Rencana Strategis Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lns: Ln[] = [
    {
      id: "p1",
      kode: "6.01.02",
      nm: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang telah ditindaklanjuti",
      sat: "%",
      level: true,
      awal: 78.4,
      tg: [82, 85, 88, 91, 94],
      ak: 94,
      of: ["k1", "k2"],
      f: DEC,
    },
    {
      id: "k1",
      kode: "6.01.02.2.01",
      nm: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal",
      sat: "laporan",
      level: false,
      awal: 46,
      tg: [48, 50, 52, 54, 56],
      ak: 260,
      of: ["s11", "s13"],
      f: INT,
    },
    {
      id: "s11",
      kode: "6.01.02.2.01.0001",
      nm: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah laporan hasil reviu dan evaluasi kinerja (SAKIP)",
      sat: "laporan",
      level: false,
      awal: 15,
      tg: [16, 17, 17, 18, 18],
      ak: 86,
      rp: [1_850_000, 1_942_500, 2_039_600, 2_141_600, 2_248_700],
      f: INT,
    },
    {
      id: "s12",
      kode: "6.01.02.2.01.0002",
      nm: "Pengawasan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil reviu laporan keuangan dan audit keuangan",
      sat: "laporan",
      level: false,
      awal: 19,
      tg: [20, 21, 22, 22, 23],
      ak: 108,
      rp: [2_640_000, 2_772_000, 2_910_600, 3_056_100, 3_208_900],
      f: INT,
    },
    {
      id: "s13",
      kode: "6.01.02.2.01.0003",
      nm: "Pengawasan Pelaksanaan Program Prioritas Daerah",
      ind: "Jumlah laporan hasil pengawasan program prioritas daerah",
      sat: "laporan",
      level: false,
      awal: 12,
      tg: [12, 12, 13, 14, 15],
      ak: 66,
      rp: [980_000, 1_029_000, 1_080_500, 1_134_500, 1_191_200],
      f: INT,
    },
    {
      id: "k2",
      kode: "6.01.02.2.02",
      nm: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
      ind: "Jumlah laporan hasil pengawasan dengan tujuan tertentu",
      sat: "laporan",
      level: false,
      awal: 9,
      tg: [10, 10, 12, 12, 12],
      ak: 56,
      of: ["s21", "s22"],
      f: INT,
    },
    {
      id: "s21",
      // planted: coded under kegiatan 6.01.02.2.01 while it stands under 6.01.02.2.02
      kode: "6.01.02.2.01.0004",
      nm: "Pengawasan dengan Tujuan Tertentu atas Pengaduan Masyarakat",
      ind: "Jumlah laporan hasil pemeriksaan khusus atas pengaduan",
      sat: "laporan",
      level: false,
      awal: 5,
      tg: [6, 6, 7, 7, 7],
      ak: 33,
      rp: [720_000, 756_000, 793_800, 833_500, 875_200],
      f: INT,
    },
    {
      id: "s22",
      kode: "6.01.02.2.02.0002",
      nm: "Audit Investigatif atas Indikasi Kerugian Keuangan Daerah",
      ind: "Jumlah laporan hasil audit investigatif",
      sat: "laporan",
      level: false,
      awal: 4,
      tg: [4, 4, 5, 5, 5],
      ak: 23,
      rp: [540_000, 567_000, 595_400, 625_100, 656_400],
      f: INT,
    },
    {
      id: "p2",
      kode: "6.01.03",
      nm: "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI",
      ind: "Level maturitas penyelenggaraan SPIP Pemerintah Provinsi",
      sat: "level",
      level: true,
      awal: 3.12,
      tg: [3.25, 3.4, 3.55, 3.7, 3.85],
      // planted: the kondisi akhir is the 2027 target
      ak: 3.55,
      of: ["k3"],
      f: DEC,
    },
    {
      id: "k3",
      kode: "6.01.03.2.02",
      nm: "Pendampingan dan Asistensi",
      ind: "Level kapabilitas APIP",
      sat: "level",
      level: true,
      awal: 3,
      tg: [3, 3, 3, 4, 4],
      ak: 4,
      of: ["s31", "s32"],
      f: "0",
    },
    {
      id: "s31",
      kode: "6.01.03.2.02.0001",
      nm: "Pendampingan dan Asistensi Penyelenggaraan SPIP Perangkat Daerah",
      ind: "Jumlah dokumen hasil pendampingan rencana tindak pengendalian (RTP) SPIP",
      sat: "dokumen",
      level: false,
      awal: 38,
      tg: [40, 42, 44, 44, 46],
      ak: 216,
      rp: [610_000, 640_500, 672_500, 706_100, 741_400],
      f: INT,
    },
    {
      id: "s32",
      kode: "6.01.03.2.02.0002",
      nm: "Penjaminan Kualitas Reviu Laporan Keuangan Pemerintah Daerah",
      ind: "Persentase kertas kerja reviu yang lolos penjaminan kualitas",
      sat: "%",
      level: true,
      awal: 82.5,
      tg: [85, 87.5, 90, 92.5, 95],
      ak: 95,
      rp: [315_000, 330_800, 347_300, 364_700, 382_900],
      f: DEC,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  let n = 0;
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: ++n, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: ++n, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: ++n, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: ++n, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan dan Sub Kegiatan (Output)"],
      role: "indikator",
      num: ++n,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: ++n, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: ++n,
      width: 10,
    },
    ...YEARS.flatMap((y): Col[] => [
      { key: `t${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: ++n, width: 9 },
      { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: ++n, fmt: RP, width: 13 },
    ]),
    { key: "akt", head: [AK, "Target"], role: "kondisi-akhir", num: ++n, width: 9 },
    { key: "akr", head: [AK, "Rp"], num: ++n, fmt: RP, width: 14 },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: ++n, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: ++n, width: 14 },
  ];
  const TUJ = "Meningkatnya akuntabilitas tata kelola pemerintahan daerah";
  const sasOf = (x: Ln) =>
    x.kode.startsWith("6.01.02")
      ? "Meningkatnya kualitas hasil pengawasan internal"
      : "Meningkatnya kapabilitas APIP dan maturitas SPIP";
  const unit = (x: Ln) =>
    x.id.startsWith("p")
      ? "Inspektorat Daerah"
      : x.kode.startsWith("6.01.03")
        ? "Sekretariat"
        : "Irban Wilayah I-IV";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      ...lns.map((x): Row => ({
        id: x.id,
        bold: x.kode.length === 7,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            tuj: TUJ,
            sas: sasOf(x),
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            awal: { v: x.awal, fmt: x.f },
            akt: { v: x.ak, fmt: x.f },
            uk: unit(x),
            lok: "Provinsi Sulawesi Utara",
          };
          YEARS.forEach((y, i) => {
            out[`t${y}`] = { v: x.tg[i], fmt: x.f };
            const k = `r${y}`;
            if (x.rp) out[k] = x.rp[i];
            else if (x.kode.length === 7) out[k] = fx(x.of!.map((id) => c.a(k, id)).join("+"));
            // planted: kegiatan 6.01.02.2.02's 2027 Rp is typed (1,398,200) among SUM formulas
            else if (x.id === "k2" && y === 2027) out[k] = 1_398_200;
            else out[k] = fx(`SUM(${c.a(k, x.of![0])}:${c.a(k, x.of![x.of!.length - 1])})`);
          });
          out.akr = fx(
            `SUM(${c.a("r2025")},${c.a("r2026")},${c.a("r2027")},${c.a("r2028")},${c.a("r2029")})`,
          );
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["tuj", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { tuj: "JUMLAH PENDANAAN INDIKATIF" };
          for (const k of [...YEARS.map((y) => `r${y}`), "akr"])
            out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan level adalah target tahun 2029; indikator jumlah laporan / dokumen adalah jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Manado, 14 Maret 2025",
    jabatan: ["Inspektur Daerah Provinsi Sulawesi Utara,"],
    nama: "Dr. JOUDY R. LUMENTA, S.E., M.Si., Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s21") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengawasan dengan Tujuan Tertentu atas Pengaduan Masyarakat is coded 6.01.02.2.01.0004 (a code of kegiatan 6.01.02.2.01) while it stands under kegiatan 6.01.02.2.02; it should be 6.01.02.2.02.0001",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s21")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akt", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the level maturitas SPIP is 3.55, the 2027 target; a level ends at the 2029 target 3.85",
    truth: a("t2029", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "kegiatan 6.01.02.2.02's 2027 Rp is a typed 1,398,200 among SUM formulas; its two sub kegiatan add up to 1,389,200",
    truth: `${a("r2027", "s21")}+${a("r2027", "s22")}`,
  });
  for (const x of lns) {
    if (x.id === "p2") continue;
    const last = a("t2029", x.id);
    const all = YEARS.map((y) => a(`t${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("akt", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.level ? last : all,
      trap: x.level ? all : undefined,
    });
    if (!["k2", "p1"].includes(x.id))
      b.ok({
        sheet: S,
        cell: a("akr", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: YEARS.map((y) => a(`r${y}`, x.id)).join("+"),
      });
  }
  for (const y of YEARS) {
    const k = `r${y}`;
    b.ok({
      sheet: S,
      cell: a(k, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s11")}+${a(k, "s12")}+${a(k, "s13")}`,
    });
    b.ok({ sheet: S, cell: a(k, "k3"), rules: ["sum-mismatch"], truth: `${a(k, "s31")}+${a(k, "s32")}` });
    if (y !== 2027) {
      b.ok({ sheet: S, cell: a(k, "k2"), rules: ["sum-mismatch"], truth: `${a(k, "s21")}+${a(k, "s22")}` });
      // the JUMLAH adds the two programs, not every row above (that would count each rupiah three times)
      b.ok({
        sheet: S,
        cell: a(k, "tot"),
        rules: ["sum-mismatch"],
        truth: ["s11", "s12", "s13", "s21", "s22", "s31", "s32"].map((id) => a(k, id)).join("+"),
        trap: `SUM(${a(k, "p1")}:${a(k, "s32")})`,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s22"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s22")})`,
    actual: a("kode", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s32"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s32")})`,
    actual: a("kode", "k3"),
  });
  return b.finish();
}
