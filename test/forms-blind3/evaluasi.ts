// Evaluation forms of the fifth unseen set: an E.81 of a Dinas Pemuda dan Olahraga whose K and Rp
// stand in two blocks (every Kinerja column first, then every Anggaran column) instead of pairs, and
// a BKPSDM budget realisation of the year by semester ("Semester I | Semester II | Total"). Every
// name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fx, predikat, round, signature, sum, type Col } from "../forms/kit";

// ============================================================================ E.81 (Dispora)

type E81In = {
  id: string;
  kode: string;
  nama: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  ind: string;
  sat: string;
  level?: boolean;
  ak: number;
  sdl: number;
  t: number;
  q: number[];
  akRp?: number;
  sdlRp?: number;
  tRp?: number;
  qRp?: number[];
};

/** E.81: Dinas Pemuda dan Olahraga Kabupaten Giriwangun, Renja 2024 (Renstra 2022-2026), K block then Rp block. */
export function e81(): BookW {
  const b = new BookW(
    "e81-blok-dispora-giriwangun.xlsx",
    "E.81",
    "E.81 of a Dinas Pemuda dan Olahraga, 2024: all Kinerja (K) columns first, then all Anggaran (Rp) columns",
  );
  const S = "E.81 Dispora";
  const s = b.sheet(S);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PEMUDA DAN OLAHRAGA KABUPATEN GIRIWANGUN",
    "RENJA PERANGKAT DAERAH TAHUN 2024 (RENSTRA 2022-2026)",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const rows: E81In[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.19.02",
      nama: "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
      ind: "Persentase pemuda yang aktif dalam organisasi kepemudaan",
      sat: "%",
      level: true,
      ak: 24,
      sdl: 17.6,
      t: 20,
      q: [18.1, 18.9, 19.6, 20.4],
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.19.02.2.01",
      nama: "Pemberdayaan dan Pengembangan Pemuda Kabupaten/Kota",
      ind: "Jumlah pemuda yang diberdayakan",
      sat: "orang",
      ak: 3000,
      sdl: 1160,
      t: 600,
      q: [95, 160, 190, 175],
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.19.02.2.01.0002",
      nama: "Pelatihan Kepemimpinan dan Kewirausahaan Pemuda",
      ind: "Jumlah pemuda yang mengikuti pelatihan kewirausahaan",
      sat: "orang",
      ak: 1800,
      sdl: 700,
      t: 360,
      q: [60, 100, 110, 95],
      akRp: 2_350_000_000,
      sdlRp: 905_400_000,
      tRp: 486_250_000,
      qRp: [61_300_000, 118_450_000, 152_900_000, 139_780_000],
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.19.02.2.01.0005",
      nama: "Pengiriman Duta Pemuda dan Pertukaran Pemuda Antar Provinsi",
      ind: "Jumlah pemuda pelopor yang dibina",
      sat: "orang",
      ak: 1200,
      sdl: 460,
      t: 240,
      q: [35, 60, 80, 80],
      akRp: 1_640_000_000,
      sdlRp: 618_750_000,
      tRp: 338_600_000,
      qRp: [40_200_000, 84_115_000, 103_960_000, 98_325_000],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.19.03",
      nama: "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
      ind: "Persentase cabang olahraga yang berprestasi di tingkat provinsi",
      sat: "%",
      level: true,
      ak: 45,
      sdl: 33.3,
      t: 38,
      q: [33.3, 35.5, 37.7, 40.0],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.19.03.2.01",
      nama: "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah atlet berprestasi yang dibina",
      sat: "atlet",
      ak: 1250,
      sdl: 480,
      t: 260,
      q: [40, 70, 80, 78],
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k2",
      kode: "2.19.03.2.01.0003",
      nama: "Pembinaan Cabang Olahraga Prestasi",
      ind: "Jumlah atlet yang mengikuti pemusatan latihan daerah",
      sat: "atlet",
      ak: 750,
      sdl: 290,
      t: 160,
      q: [25, 45, 50, 48],
      akRp: 4_725_000_000,
      sdlRp: 1_862_300_000,
      tRp: 1_045_800_000,
      qRp: [126_400_000, 288_915_000, 341_050_000, 262_385_000],
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.19.03.2.01.0006",
      nama: "Pemberian Penghargaan bagi Atlet, Pelatih dan Tenaga Keolahragaan Berprestasi",
      ind: "Jumlah atlet dan pelatih yang menerima penghargaan",
      sat: "orang",
      ak: 500,
      sdl: 190,
      t: 100,
      q: [0, 0, 12, 94],
      akRp: 3_100_000_000,
      sdlRp: 1_174_500_000,
      tRp: 655_000_000,
      qRp: [0, 0, 74_500_000, 572_840_000],
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const p of rows.filter((x) => x.kind === kind)) {
      const kids = kidsOf(p.id);
      p.akRp = sum(kids.map((k) => k.akRp!));
      p.sdlRp = sum(kids.map((k) => k.sdlRp!));
      p.tRp = sum(kids.map((k) => k.tRp!));
      p.qRp = [0, 1, 2, 3].map((i) => sum(kids.map((k) => k.qRp![i])));
    }
  const PLANT_Q = "s3"; // realisasi Rp 2024 (col 12) is not the sum of the quarters
  const PLANT_Q_OFF = 27_000_000;
  const PLANT_CS = "k1"; // tingkat capaian Renstra Rp (col 14) with two digits swapped
  const ancestors = (id: string): string[] => {
    const p = rows.find((x) => x.id === id)?.parent;
    return p ? [p, ...ancestors(p)] : [];
  };
  const followQ = new Set([PLANT_Q, ...ancestors(PLANT_Q)]);

  const BK = "Kinerja (K)";
  const BR = "Anggaran (Rp)";
  const block = (m: "K" | "Rp", B: string): Col[] => {
    const money = m === "Rp";
    const f = money ? RP : undefined;
    const w = money ? 15 : 11;
    return [
      {
        key: `ak${m}`,
        head: [B, "Target Renstra PD pada Akhir Periode Renstra (2026)"],
        role: money ? "anggaran" : "target",
        fmt: f,
        width: w,
      },
      {
        key: `sdl${m}`,
        head: [B, "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)"],
        role: money ? "realisasi-anggaran" : "realisasi",
        year: 2023,
        fmt: f,
        width: w,
      },
      {
        key: `t${m}`,
        head: [B, "Target Renja Tahun 2024"],
        role: money ? "anggaran" : "target",
        year: 2024,
        fmt: f,
        width: w,
      },
      ...["I", "II", "III", "IV"].map((q, i): Col => ({
        key: `q${i}${m}`,
        head: [B, "Realisasi Triwulan", q],
        role: money ? "realisasi-anggaran" : "realisasi",
        year: 2024,
        fmt: f,
        width: w,
      })),
      {
        key: `r${m}`,
        head: [B, "Realisasi Renja Tahun 2024"],
        role: money ? "realisasi-anggaran" : "realisasi",
        year: 2024,
        fmt: f,
        width: w,
      },
      {
        key: `sd${m}`,
        head: [B, "Realisasi Renstra s.d. Tahun 2024"],
        role: money ? "realisasi-anggaran" : "realisasi",
        year: 2024,
        fmt: f,
        width: w,
      },
      {
        key: `cs${m}`,
        head: [B, "Tingkat Capaian Renstra s.d. 2024 (%)"],
        role: "capaian",
        fmt: DEC,
        width: 11,
      },
    ];
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...block("K", BK),
    ...block("Rp", BR),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
  ];
  const PJ: Record<string, string> = { p1: "Bidang Kepemudaan", p2: "Bidang Olahraga" };
  const pjOf = (x: E81In) => PJ[x.kind === "program" ? x.id : ancestors(x.id).slice(-1)[0]];

  const v = new Map<string, Record<string, number>>();
  for (const x of rows) {
    const rK = x.level ? x.q[3] : sum(x.q);
    const rRp = sum(x.qRp!) + (x.id === PLANT_Q ? PLANT_Q_OFF : 0);
    const sdK = x.level ? rK : x.sdl + rK;
    const sdRp = x.sdlRp! + rRp;
    v.set(x.id, {
      rK,
      rRp,
      sdK,
      sdRp,
      csK: round((sdK / x.ak) * 100),
      csRp: round((sdRp / x.akRp!) * 100),
    });
  }
  // the planted col 14 Rp of k1: true value with its first two digits swapped
  const csTrue = v.get(PLANT_CS)!.csRp;
  const d = csTrue.toFixed(2);
  const PLANT_CS_VAL = Number(d[1] + d[0] + d.slice(2));
  v.get(PLANT_CS)!.csRp = PLANT_CS_VAL;
  let no = 0;
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...rows.map((x) => {
        const w = v.get(x.id)!;
        const cells: Record<string, number | string> = {
          no: ++no,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          akK: x.ak,
          akRp: x.akRp!,
          sdlK: x.sdl,
          sdlRp: x.sdlRp!,
          tK: x.t,
          tRp: x.tRp!,
          pj: pjOf(x),
          ...w,
        };
        x.q.forEach((q, i) => (cells[`q${i}K`] = q));
        x.qRp!.forEach((q, i) => (cells[`q${i}Rp`] = q));
        return { id: x.id, bold: x.kind === "program", cells };
      }),
      {
        id: "avg",
        span: ["no", "sat"] as [string, string],
        cells: (c) => ({
          no: "Rata-rata Tingkat Capaian Kinerja dan Anggaran (%)",
          csK: fx(`ROUND(AVERAGE(${c.a("csK", first)}:${c.a("csK", last)}),2)`),
          csRp: fx(`ROUND(AVERAGE(${c.a("csRp", first)}:${c.a("csRp", last)}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"] as [string, string],
        cells: () => {
          const xs = rows.map((x) => v.get(x.id)!.csK);
          return { no: "Predikat Kinerja", csK: predikat(round(sum(xs) / xs.length)) };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: penghargaan atlet baru dibayarkan pada Triwulan IV setelah Porprov."]);
  s.gap();
  signature(s, 20, {
    tempat: "Giriwangun, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA", "KABUPATEN GIRIWANGUN,"],
    nama: "BAGUS SETYO NUGROHO, S.Pd., M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19720815 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rRp", PLANT_Q) },
    rules: ["sum-mismatch"],
    note: "realisasi Renja 2024 Rp of Pembinaan Cabang Olahraga Prestasi is 27,000,000 above the sum of its four quarters",
    truth: [0, 1, 2, 3].map((i) => a(`q${i}Rp`, PLANT_Q)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("csRp", PLANT_CS) },
    rules: ["capaian-mismatch"],
    note: `tingkat capaian Renstra Rp of kegiatan 2.19.02.2.01 is ${PLANT_CS_VAL}; (13) / (5) x 100 gives ${csTrue}`,
    truth: `ROUND(${a("sdRp", PLANT_CS)}/${a("akRp", PLANT_CS)}*100,2)`,
  });
  for (const x of rows) {
    const id = x.id;
    const qs = (m: string) => [0, 1, 2, 3].map((i) => a(`q${i}${m}`, id));
    b.ok({
      sheet: S,
      cell: a("rK", id),
      rules: ["sum-mismatch"],
      truth: x.level ? qs("K")[3] : qs("K").join("+"),
      trap: x.level ? qs("K").join("+") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("sdK", id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("rK", id) : `${a("sdlK", id)}+${a("rK", id)}`,
      trap: x.level ? `${a("sdlK", id)}+${a("rK", id)}` : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("csK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("sdK", id)}/${a("akK", id)}*100,2)`,
    });
    if (!followQ.has(id)) {
      b.ok({ sheet: S, cell: a("rRp", id), rules: ["sum-mismatch"], truth: qs("Rp").join("+"), tol: 0.5 });
      b.ok({
        sheet: S,
        cell: a("sdRp", id),
        rules: ["sum-mismatch"],
        truth: `${a("sdlRp", id)}+${a("rRp", id)}`,
        tol: 0.5,
      });
      if (id !== PLANT_CS)
        b.ok({
          sheet: S,
          cell: a("csRp", id),
          rules: ["capaian-mismatch"],
          truth: `ROUND(${a("sdRp", id)}/${a("akRp", id)}*100,2)`,
        });
    }
    if (x.kind !== "sub") {
      const kids = kidsOf(id).map((k) => k.id);
      const subs = x.kind === "program" ? kids.flatMap((k) => kidsOf(k).map((s2) => s2.id)) : kids;
      for (const m of ["akRp", "tRp", "q1Rp", "q3Rp"])
        b.ok({
          sheet: S,
          cell: a(m, id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(m, k)).join("+"),
          trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(m, k)).join("+") : undefined,
          tol: 0.5,
        });
    }
  }
  b.ok({
    sheet: S,
    cell: a("csK", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("csK", "avg")})`,
  });
  return b.finish();
}

// ===================================================================== BKPSDM realisation by semester

type SemIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  pagu?: number;
  s1?: number;
  s2?: number;
};

/** Realisasi anggaran TA 2024 of a BKPSDM by semester: Pagu | Semester I | Semester II | Total | Serapan. */
export function semester(): BookW {
  const b = new BookW(
    "realisasi-semester-bkpsdm-lawangsari.xlsx",
    "realisasi semester",
    "budget realisation of 2024 by semester (Semester I, Semester II, Total) with serapan, BKPSDM",
  );
  const S = "Realisasi Semester 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KOTA LAWANGSARI",
      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
      "Jl. Veteran No. 21 Lawangsari",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines(["LAPORAN REALISASI ANGGARAN PER SEMESTER TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  const rows: SemIn[] = [
    { id: "p", kind: "program", kode: "5.03.02", nama: "PROGRAM KEPEGAWAIAN DAERAH" },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p",
      kode: "5.03.02.2.01",
      nama: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
    },
    {
      id: "a1",
      kind: "sub",
      parent: "k1",
      kode: "5.03.02.2.01.0001",
      nama: "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
      pagu: 284_600_000,
      s1: 96_420_000,
      s2: 181_935_000,
    },
    {
      id: "a2",
      kind: "sub",
      parent: "k1",
      kode: "5.03.02.2.01.0002",
      nama: "Koordinasi dan Pelaksanaan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      pagu: 1_936_250_000,
      s1: 412_870_000,
      s2: 1_398_615_000,
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p",
      kode: "5.03.02.2.02",
      nama: "Mutasi dan Promosi ASN",
    },
    {
      id: "b1",
      kind: "sub",
      parent: "k2",
      kode: "5.03.02.2.02.0001",
      nama: "Pengelolaan Mutasi ASN",
      pagu: 418_300_000,
      s1: 183_760_000,
      s2: 224_115_000,
    },
    {
      id: "b2",
      kind: "sub",
      parent: "k2",
      kode: "5.03.02.2.02.0002",
      nama: "Pengelolaan Kenaikan Pangkat ASN",
      pagu: 362_750_000,
      s1: 171_480_000,
      s2: 191_190_000,
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p",
      kode: "5.03.02.2.03",
      nama: "Pengembangan Kompetensi ASN",
    },
    {
      id: "c1",
      kind: "sub",
      parent: "k3",
      kode: "5.03.02.2.03.0002",
      nama: "Pengelolaan Pengembangan Kompetensi ASN (Diklat Kepemimpinan dan Teknis)",
      pagu: 2_745_900_000,
      s1: 842_350_000,
      s2: 1_716_880_000,
    },
    {
      id: "c2",
      kind: "sub",
      parent: "k3",
      kode: "5.03.02.2.03.0004",
      nama: "Sertifikasi, Kelembagaan Pengembangan Kompetensi Manajemen Sistem Informasi Kepegawaian",
      pagu: 515_400_000,
      s1: 120_000_000,
      s2: 286_275_000,
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const p of rows.filter((x) => x.kind === kind)) {
      const kids = kidsOf(p.id);
      p.pagu = sum(kids.map((k) => k.pagu!));
      p.s1 = sum(kids.map((k) => k.s1!));
      p.s2 = sum(kids.map((k) => k.s2!));
    }
  const PLANT_T = "b1"; // Total is not Semester I + Semester II
  const PLANT_T_OFF = -10_000_000;
  const PLANT_SR = "c1"; // serapan typed with the wrong pagu in mind
  const total = (x: SemIn) => x.s1! + x.s2! + (x.id === PLANT_T ? PLANT_T_OFF : 0);
  const serapan = (x: SemIn) => round(((x.s1! + x.s2!) / x.pagu!) * 100);
  const SR_WRONG = round(((rows.find((x) => x.id === PLANT_SR)!.s1! + 1_716_880_000) / 2_475_900_000) * 100);
  const follow = new Set(["k2", "p"]); // their totals agree with the semesters, not with b1's Total
  const R = "Realisasi Anggaran Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 44 },
    {
      key: "pagu",
      head: ["Pagu Anggaran Perubahan (Rp)"],
      num: "3",
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    {
      key: "s1",
      head: [R, "Semester I (Januari - Juni)"],
      num: "4",
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    {
      key: "s2",
      head: [R, "Semester II (Juli - Desember)"],
      num: "5",
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    {
      key: "tot",
      head: [R, "Total"],
      num: "6 = 4 + 5",
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "sr", head: ["Serapan (%)"], num: "7 = 6 / 3 x 100", role: "capaian", fmt: DEC, width: 10 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x) => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: {
          kode: x.kode,
          nama: x.nama,
          pagu: x.pagu!,
          s1: x.s1!,
          s2: x.s2!,
          tot: total(x),
          sr: x.id === PLANT_SR ? SR_WRONG : serapan(x),
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "nama"] as [string, string],
        cells: (c) => ({
          kode: "JUMLAH",
          pagu: fx(`${c.a("pagu", "p")}`),
          s1: fx(`${c.a("s1", "p")}`),
          s2: fx(`${c.a("s2", "p")}`),
          tot: fx(`${c.a("s1", "p")}+${c.a("s2", "p")}`),
          sr: fx(`ROUND(${c.a("tot")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi Semester II termasuk pembayaran TPP bulan Desember yang dicairkan pada SP2D akhir tahun.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Lawangsari, 10 Januari 2025",
    jabatan: ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"],
    nama: "Dra. RATNA DEWI ANGGRAINI, M.AP.",
    nip: "19690302 199403 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", PLANT_T) },
    rules: ["sum-mismatch"],
    note: "Total realisasi of Pengelolaan Mutasi ASN is 10,000,000 short of Semester I + Semester II",
    truth: `${a("s1", PLANT_T)}+${a("s2", PLANT_T)}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("sr", PLANT_SR) },
    rules: ["capaian-mismatch"],
    note: `serapan of the diklat sub kegiatan is ${SR_WRONG} (against a pagu with two digits swapped); Total / Pagu gives ${serapan(rows.find((x) => x.id === PLANT_SR)!)}`,
    truth: `ROUND(${a("tot", PLANT_SR)}/${a("pagu", PLANT_SR)}*100,2)`,
  });
  for (const x of rows) {
    const id = x.id;
    if (id !== PLANT_T && !follow.has(id)) {
      b.ok({
        sheet: S,
        cell: a("tot", id),
        rules: ["sum-mismatch"],
        truth: `${a("s1", id)}+${a("s2", id)}`,
        tol: 0.5,
      });
      if (id !== PLANT_SR)
        b.ok({
          sheet: S,
          cell: a("sr", id),
          rules: ["capaian-mismatch", "serapan-over-100"],
          truth: `ROUND(${a("tot", id)}/${a("pagu", id)}*100,2)`,
        });
    }
    if (x.kind !== "sub") {
      const kids = kidsOf(id).map((k) => k.id);
      const subs = x.kind === "program" ? kids.flatMap((k) => kidsOf(k).map((q) => q.id)) : kids;
      for (const m of ["pagu", "s1", "s2"])
        b.ok({
          sheet: S,
          cell: a(m, id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(m, k)).join("+"),
          trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(m, k)).join("+") : undefined,
          tol: 0.5,
        });
    }
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}+${a("pagu", "k3")}`,
    tol: 0.5,
  });
  return b.finish();
}
