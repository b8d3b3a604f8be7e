// A budget table of the ninth unseen set: the realisation of 2024 of a Dinas Pekerjaan Umum dan
// Penataan Ruang by semester, with the "Pagu (Rp)" of each semester (the anggaran kas) beside its
// realisation and percentage, then the year's pagu (the DPA), realisation and percentage. Kegiatan,
// programs and JUMLAH are SUM formulas, every percentage a ROUND formula. Semester II spends more
// than its own anggaran kas where semester I lagged: that is no spending above the pagu.
// Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fx, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

type PsIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  /** anggaran kas and realisation of semester I and II (sub kegiatan only) */
  p1?: number;
  r1?: number;
  p2?: number;
  r2?: number;
};

/** Realisasi anggaran per semester TA 2024, Dinas PUPR Kabupaten Wonoagung. */
export function semesterPupr(): BookW {
  const b = new BookW(
    "pagu-semester-pupr-wonoagung.xlsx",
    "budget realisation with the pagu of each semester",
    "budget realisation of 2024 of a Dinas PUPR: Semester I > Pagu (Rp) | Realisasi (Rp) | %, Semester II > the same, Tahun 2024 > Pagu (Rp) | Realisasi (Rp) | %; program, kegiatan and sub kegiatan rows with SUM formulas, ROUND percentages, JUMLAH; a semester above its anggaran kas",
  );
  const S = "Realisasi per Semester";
  const s = b.sheet(S);
  s.lines([
    "PEMERINTAH KABUPATEN WONOAGUNG",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Veteran No. 27 Wonoagung",
  ]);
  s.gap();
  s.lines(["LAPORAN REALISASI ANGGARAN PER SEMESTER", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const rows: PsIn[] = [
    { id: "pA", kind: "program", kode: "1.03.02", nama: "Program Pengelolaan Sumber Daya Air (SDA)" },
    {
      id: "kA1",
      kind: "kegiatan",
      parent: "pA",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai dalam 1 (satu) Daerah Kabupaten/Kota",
    },
    {
      id: "sA11",
      kind: "sub",
      parent: "kA1",
      kode: "1.03.02.2.01.0013",
      nama: "Rehabilitasi Bendung dan Saluran Irigasi",
      p1: 1_254_000_000,
      r1: 846_250_000,
      p2: 2_913_600_000,
      r2: 3_205_114_500,
    },
    {
      id: "sA12",
      kind: "sub",
      parent: "kA1",
      kode: "1.03.02.2.01.0017",
      nama: "Operasi dan Pemeliharaan Jaringan Irigasi",
      p1: 412_500_000,
      r1: 398_740_000,
      p2: 437_500_000,
      r2: 421_663_000,
    },
    { id: "pB", kind: "program", kode: "1.03.10", nama: "Program Penyelenggaraan Jalan" },
    {
      id: "kB1",
      kind: "kegiatan",
      parent: "pB",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
    },
    {
      id: "sB11",
      kind: "sub",
      parent: "kB1",
      kode: "1.03.10.2.01.0020",
      nama: "Rekonstruksi Jalan",
      p1: 3_650_000_000,
      r1: 2_184_379_000,
      p2: 8_520_000_000,
      r2: 9_612_448_600,
    },
    {
      id: "sB12",
      kind: "sub",
      parent: "kB1",
      kode: "1.03.10.2.01.0023",
      nama: "Rehabilitasi dan Pemeliharaan Rutin Jalan",
      p1: 1_180_000_000,
      r1: 1_104_215_000,
      p2: 1_220_000_000,
      r2: 1_186_932_500,
    },
    {
      id: "sB13",
      kind: "sub",
      parent: "kB1",
      kode: "1.03.10.2.01.0033",
      nama: "Pembangunan Jembatan",
      p1: 950_000_000,
      r1: 602_500_000,
      p2: 2_850_000_000,
      r2: 3_014_870_000,
    },
    { id: "pC", kind: "program", kode: "1.03.11", nama: "Program Pengembangan Jasa Konstruksi" },
    {
      id: "kC1",
      kind: "kegiatan",
      parent: "pC",
      kode: "1.03.11.2.01",
      nama: "Penyelenggaraan Pelatihan Tenaga Ahli Konstruksi",
    },
    {
      id: "sC11",
      kind: "sub",
      parent: "kC1",
      kode: "1.03.11.2.01.0002",
      nama: "Pelatihan dan Sertifikasi Tenaga Kerja Konstruksi",
      p1: 85_000_000,
      r1: 42_300_000,
      p2: 215_000_000,
      r2: 248_150_000,
    },
    {
      id: "kC2",
      kind: "kegiatan",
      parent: "pC",
      kode: "1.03.11.2.02",
      nama: "Penyelenggaraan Sistem Informasi Jasa Konstruksi",
    },
    {
      id: "sC21",
      kind: "sub",
      parent: "kC2",
      kode: "1.03.11.2.02.0001",
      nama: "Pengelolaan Sistem Informasi Jasa Konstruksi Kabupaten/Kota",
      p1: 60_000_000,
      r1: 57_850_000,
      p2: 40_000_000,
      r2: 38_400_000,
    },
  ];
  // planted 1: the DPA pagu of Rehabilitasi Bendung typed 18,000,000 above its two semesters
  const PLANT_P = "sA11";
  const PLANT_P_OFF = 18_000_000;
  // planted 2: the year's % of Pembangunan Jembatan divides by the semester II pagu
  const PLANT_F = "sB13";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const subs = rows.filter((x) => x.kind === "sub");
  const progs = rows.filter((x) => x.kind === "program");
  const S1 = "Semester I (Januari - Juni)";
  const S2 = "Semester II (Juli - Desember)";
  const TH = "Tahun Anggaran 2024";
  const money = (key: string, head: string[], role: Col["role"], num: number): Col => ({
    key,
    head,
    role,
    year: 2024,
    num,
    fmt: RP,
    width: 17,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "nama", head: ["Program/ Kegiatan/ Sub Kegiatan"], num: 3, width: 40 },
    money("p1", [S1, "Pagu (Rp)"], "anggaran", 4),
    money("r1", [S1, "Realisasi (Rp)"], "realisasi-anggaran", 5),
    { key: "c1", head: [S1, "%"], role: "capaian", num: 6, fmt: DEC, width: 8 },
    money("p2", [S2, "Pagu (Rp)"], "anggaran", 7),
    money("r2", [S2, "Realisasi (Rp)"], "realisasi-anggaran", 8),
    { key: "c2", head: [S2, "%"], role: "capaian", num: 9, fmt: DEC, width: 8 },
    money("p", [TH, "Pagu (Rp)"], "anggaran", 10),
    money("r", [TH, "Realisasi (Rp)"], "realisasi-anggaran", 11),
    { key: "c", head: [TH, "%"], role: "capaian", num: 12, fmt: DEC, width: 8 },
  ];
  const MONEY = ["p1", "r1", "p2", "r2", "p", "r"] as const;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
            kode: x.kode,
            nama: x.nama,
            c1: fx(`ROUND(${c.a("r1")}/${c.a("p1")}*100,2)`),
            c2: fx(`ROUND(${c.a("r2")}/${c.a("p2")}*100,2)`),
            c: fx(`ROUND(${c.a("r")}/${c.a(x.id === PLANT_F ? "p2" : "p")}*100,2)`),
          };
          if (x.kind === "sub") {
            cells.p1 = x.p1!;
            cells.r1 = x.r1!;
            cells.p2 = x.p2!;
            cells.r2 = x.r2!;
            // the DPA pagu is typed; the year's realisation adds the semesters
            cells.p = x.p1! + x.p2! + (x.id === PLANT_P ? PLANT_P_OFF : 0);
            cells.r = fx(`${c.a("r1")}+${c.a("r2")}`);
          } else {
            const ks = kids(x.id);
            const first = c.row(ks[0].id);
            const last = c.row(ks[ks.length - 1].id);
            for (const k of MONEY)
              cells[k] =
                x.kind === "kegiatan"
                  ? fx(`SUM(${c.c(k)}${first}:${c.c(k)}${last})`)
                  : fx(ks.map((q) => `${c.c(k)}${c.row(q.id)}`).join("+"));
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: "JUMLAH",
            c1: fx(`ROUND(${c.a("r1")}/${c.a("p1")}*100,2)`),
            c2: fx(`ROUND(${c.a("r2")}/${c.a("p2")}*100,2)`),
            c: fx(`ROUND(${c.a("r")}/${c.a("p")}*100,2)`),
          };
          for (const k of MONEY) cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Pagu semester adalah anggaran kas pada DPA; realisasi semester II termasuk pekerjaan fisik yang tertunda dari semester I.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Wonoagung, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. HARYO SETIAWAN NUGROHO, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19700822 199703 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const sA = rows.find((x) => x.id === PLANT_P)!;
  b.plant({
    at: { sheet: S, cell: a("p", PLANT_P) },
    rules: ["sum-mismatch"],
    note: `pagu 2024 of Rehabilitasi Bendung dan Saluran Irigasi is ${(sA.p1! + sA.p2! + PLANT_P_OFF).toLocaleString("en")}; its two semesters give ${(sA.p1! + sA.p2!).toLocaleString("en")}`,
    truth: `${a("p1", PLANT_P)}+${a("p2", PLANT_P)}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% of the year of Pembangunan Jembatan =ROUND(realisasi/semester II pagu*100,2) in a column against the year's pagu",
    truth: `ROUND(${a("r", PLANT_F)}/${a("p", PLANT_F)}*100,2)`,
  });
  for (const x of rows) {
    for (const [pc, rc, cc] of [
      ["p1", "r1", "c1"],
      ["p2", "r2", "c2"],
      ["p", "r", "c"],
    ] as const) {
      // the year's % over the planted pagu follows it; the plant itself is listed above
      const follows = cc === "c" && (x.id === PLANT_P || x.id === PLANT_F || x.kind !== "sub");
      if (!follows)
        b.ok({
          sheet: S,
          cell: a(cc, x.id),
          rules: ["capaian-mismatch"],
          truth: `ROUND(${a(rc, x.id)}/${a(pc, x.id)}*100,2)`,
        });
    }
    if (x.kind === "sub" && x.id !== PLANT_P)
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("p1", x.id)}+${a("p2", x.id)}`,
        tol: 0.5,
      });
    if (x.kind === "program")
      for (const k of ["p1", "r1", "p2", "r2", "r"] as const) {
        const parts = kids(x.id);
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: parts.map((q) => a(k, q.id)).join("+"),
          trap: [...parts, ...parts.flatMap((q) => kids(q.id))].map((q) => a(k, q.id)).join("+"),
          tol: 0.5,
        });
      }
  }
  for (const k of ["p1", "r1", "p2", "r2", "r"] as const)
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(k, p.id)).join("+"),
      trap: rows.map((x) => a(k, x.id)).join("+"),
      tol: 0.5,
    });
  if (sum(subs.map((x) => x.r1! + x.r2!)) > sum(subs.map((x) => x.p1! + x.p2!)))
    throw new Error("semester: the year must stay under its pagu");
  return b.finish();
}
