// Evaluation forms of the fourth unseen set: an E.81 of a Dinas Koperasi whose K/Rp leaves read
// "Kinerja | Anggaran (Rp)", with no row of column numbers and the "Capaian Renja (%)" pair at the
// far right, and a budget realisation table of an RSUD per program and kegiatan ("Pagu | Realisasi |
// Sisa | % Serapan"). Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fx, predikat, round, signature, sum, type Col } from "../forms/kit";

// ============================================================================ E.81 (Dinas Koperasi)

type E81In = {
  id: string;
  kode: string;
  nama: string;
  kind: "section" | "program" | "kegiatan" | "sub";
  parent?: string;
  ind?: string;
  sat?: string;
  level?: boolean;
  ak?: number;
  sdl?: number;
  t?: number;
  q?: number[];
  akRp?: number;
  sdlRp?: number;
  tRp?: number;
  qRp?: number[];
};

/** E.81: Dinas Koperasi dan UKM Kabupaten Rawamerta, evaluasi Renja 2024 (Renstra 2022-2026). */
export function e81(): BookW {
  const b = new BookW(
    "e81-diskopukm-rawamerta.xlsx",
    "E.81",
    "E.81 of a Dinas Koperasi dan UKM, 2024: Kinerja | Anggaran (Rp) leaves, no number row, sub kegiatan, Capaian Renja (%) at the right",
  );
  const S = "E81 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Rawamerta",
    "Renja Tahun 2024 (Renstra Perangkat Daerah 2022-2026)",
  ]);
  s.gap();
  const rows: E81In[] = [
    {
      id: "u",
      kind: "section",
      kode: "2.17",
      nama: "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH",
    },
    {
      id: "p1",
      kind: "program",
      kode: "2.17.03",
      nama: "Program Pengawasan dan Pemeriksaan Koperasi",
      ind: "Persentase koperasi aktif berpredikat sehat",
      sat: "%",
      level: true,
      ak: 40,
      sdl: 28.5,
      t: 32,
      q: [29.0, 30.1, 31.2, 32.4],
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.17.03.2.01",
      nama: "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota",
      ind: "Jumlah koperasi yang diperiksa dan diawasi",
      sat: "unit",
      ak: 600,
      sdl: 348,
      t: 120,
      q: [24, 31, 35, 33],
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.17.03.2.01.0001",
      nama: "Pemeriksaan Kelembagaan, Usaha dan Keuangan Koperasi",
      ind: "Jumlah koperasi yang diperiksa",
      sat: "unit",
      ak: 400,
      sdl: 232,
      t: 80,
      q: [16, 20, 24, 22],
      akRp: 1_450_000_000,
      sdlRp: 838_200_000,
      tRp: 298_500_000,
      qRp: [52_150_000, 71_840_000, 86_395_000, 82_640_000],
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.17.03.2.01.0003",
      nama: "Penilaian Kesehatan KSP/USP Koperasi",
      ind: "Jumlah KSP/USP koperasi yang dinilai kesehatannya",
      sat: "unit",
      ak: 200,
      sdl: 116,
      t: 40,
      q: [8, 11, 11, 11],
      akRp: 725_000_000,
      sdlRp: 412_600_000,
      tRp: 152_000_000,
      qRp: [28_400_000, 39_750_000, 41_120_000, 39_880_000],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.17.07",
      nama: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
      ind: "Persentase usaha mikro yang naik kelas",
      sat: "%",
      level: true,
      ak: 15,
      sdl: 8.6,
      t: 10.5,
      q: [8.9, 9.4, 9.9, 10.2],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.17.07.2.01",
      nama: "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
      ind: "Jumlah usaha mikro yang diberdayakan",
      sat: "unit usaha",
      ak: 5000,
      sdl: 2860,
      t: 1000,
      q: [180, 240, 310, 285],
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k2",
      kode: "2.17.07.2.01.0001",
      nama: "Fasilitasi Kemudahan Perizinan Usaha Mikro",
      ind: "Jumlah usaha mikro yang difasilitasi Nomor Induk Berusaha (NIB)",
      sat: "unit usaha",
      ak: 3500,
      sdl: 2010,
      t: 700,
      q: [120, 165, 220, 210],
      akRp: 1_980_000_000,
      sdlRp: 1_146_300_000,
      tRp: 412_750_000,
      qRp: [78_620_000, 104_315_000, 118_940_000, 103_480_000],
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.17.07.2.01.0004",
      nama: "Pelatihan Kewirausahaan dan Peningkatan Kapasitas Usaha Mikro",
      ind: "Jumlah pelaku usaha mikro yang dilatih",
      sat: "orang",
      ak: 1500,
      sdl: 850,
      t: 300,
      q: [60, 75, 90, 90],
      akRp: 2_640_000_000,
      sdlRp: 1_512_450_000,
      tRp: 548_000_000,
      qRp: [96_500_000, 142_730_000, 161_260_000, 139_815_000],
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.17.07.2.02",
      nama: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
      ind: "Persentase usaha mikro binaan yang meningkat omzetnya",
      sat: "%",
      level: true,
      ak: 30,
      sdl: 18,
      t: 22,
      q: [18.5, 19.8, 21.0, 21.6],
    },
    {
      id: "s5",
      kind: "sub",
      parent: "k3",
      kode: "2.17.07.2.02.0002",
      nama: "Pendampingan dan Promosi Produk Usaha Mikro",
      ind: "Jumlah produk usaha mikro yang dipromosikan",
      sat: "produk",
      ak: 750,
      sdl: 420,
      t: 160,
      q: [30, 42, 45, 40],
      akRp: 1_200_000_000,
      sdlRp: 684_900_000,
      tRp: 246_500_000,
      qRp: [41_380_000, 63_950_000, 72_415_000, 64_210_000],
    },
  ];
  const body = rows.filter((x) => x.kind !== "section");
  const kidsOf = (id: string) => body.filter((k) => k.parent === id);
  // kegiatan from their sub kegiatan, then programs from their kegiatan (true amounts)
  for (const kind of ["kegiatan", "program"] as const)
    for (const p of body.filter((x) => x.kind === kind)) {
      const kids = kidsOf(p.id);
      p.akRp = sum(kids.map((k) => k.akRp!));
      p.sdlRp = sum(kids.map((k) => k.sdlRp!));
      p.tRp = sum(kids.map((k) => k.tRp!));
      p.qRp = [0, 1, 2, 3].map((i) => sum(kids.map((k) => k.qRp![i])));
    }
  const PLANT_Q = "s3"; // realisasi Rp of the year is not the sum of its quarters
  const PLANT_Q_OFF = 9_000_000;
  const PLANT_CR = "k2"; // capaian Renja K typed wrong
  const PLANT_CR_VAL = 105.1;
  const ancestors = (id: string): string[] => {
    const p = body.find((x) => x.id === id)?.parent;
    return p ? [p, ...ancestors(p)] : [];
  };
  const followQ = new Set(ancestors(PLANT_Q)); // their Rp totals agree with the true quarters only

  const KA = "Kinerja";
  const RA = "Anggaran (Rp)";
  const pair = (key: string, group: string, rk: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `${key}K`, head: [group, KA], role: rk, year },
    { key: `${key}Rp`, head: [group, RA], role: rr, year, fmt: RP, width: 15 },
  ];
  const RQ = "Realisasi Kinerja dan Anggaran Renja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 17 },
    { key: "nama", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...pair("ak", "Target Renstra Perangkat Daerah pada Akhir Periode Renstra (2026)", "target", "anggaran"),
    ...pair(
      "sdl",
      "Realisasi Capaian Kinerja dan Anggaran Renstra s.d. Renja Tahun Lalu (2023)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("t", "Target Kinerja dan Anggaran Renja Tahun 2024", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i): Col[] => [
      { key: `q${i}K`, head: [RQ, `Triwulan ${q}`, KA], role: "realisasi", year: 2024 },
      {
        key: `q${i}Rp`,
        head: [RQ, `Triwulan ${q}`, RA],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 15,
      },
    ]),
    ...pair(
      "r",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "sd",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "cs",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "capaian",
      "capaian",
    ),
    ...pair("cr", "Capaian Renja (%)", "capaian", "capaian", 2024),
    { key: "pj", head: ["Unit Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  // cs and cr hold percentages
  for (const c of cols) if (/^(cs|cr)/.test(c.key)) c.fmt = DEC;
  const PJ: Record<string, string> = { p1: "Bidang Pengawasan Koperasi", p2: "Bidang Usaha Mikro" };
  const pjOf = (x: E81In): string => PJ[x.kind === "program" ? x.id : ancestors(x.id).slice(-1)[0]];

  const v = new Map<string, Record<string, number>>();
  for (const x of body) {
    const rK = x.level ? x.q![3] : sum(x.q!);
    const rRp = sum(x.qRp!) + (x.id === PLANT_Q ? PLANT_Q_OFF : 0);
    const sdK = x.level ? rK : x.sdl! + rK;
    const sdRp = x.sdlRp! + rRp;
    v.set(x.id, {
      rK,
      rRp,
      sdK,
      sdRp,
      csK: round((sdK / x.ak!) * 100),
      csRp: round((sdRp / x.akRp!) * 100),
      crK: x.id === PLANT_CR ? PLANT_CR_VAL : round((rK / x.t!) * 100),
      crRp: round((rRp / x.tRp!) * 100),
    });
  }
  const first = body[0].id;
  const last = body[body.length - 1].id;
  let no = 0;
  const t = s.table(
    {
      cols,
      headerRows: 3,
      rows: [
        ...rows.map((x) => {
          if (x.kind === "section") return { id: x.id, bold: true, cells: { kode: x.kode, nama: x.nama } };
          const w = v.get(x.id)!;
          const cells: Record<string, number | string> = {
            no: ++no,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind!,
            sat: x.sat!,
            akK: x.ak!,
            akRp: x.akRp!,
            sdlK: x.sdl!,
            sdlRp: x.sdlRp!,
            tK: x.t!,
            tRp: x.tRp!,
            rK: w.rK,
            rRp: w.rRp,
            sdK: w.sdK,
            sdRp: w.sdRp,
            csK: w.csK,
            csRp: w.csRp,
            crK: w.crK,
            crRp: w.crRp,
            pj: pjOf(x),
          };
          x.q!.forEach((q, i) => (cells[`q${i}K`] = q));
          x.qRp!.forEach((q, i) => (cells[`q${i}Rp`] = q));
          return { id: x.id, bold: x.kind === "program", cells };
        }),
        {
          id: "avg",
          span: ["no", "sat"] as [string, string],
          cells: (c) => ({
            no: "Rata-rata Capaian Kinerja Renja (%)",
            crK: fx(`ROUND(AVERAGE(${c.a("crK", first)}:${c.a("crK", last)}),2)`),
          }),
        },
        {
          id: "pred",
          span: ["no", "sat"] as [string, string],
          cells: () => {
            const crs = body.map((x) => v.get(x.id)!.crK);
            return { no: "Predikat Kinerja", crK: predikat(round(sum(crs) / crs.length)) };
          },
        },
      ],
    },
    1,
  );
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan OSS-RBA untuk perizinan usaha mikro dan pendampingan PLUT-KUMKM.",
    "Faktor penghambat: keterlambatan laporan RAT sebagian koperasi.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Rawamerta, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "KABUPATEN RAWAMERTA,"],
    nama: "Dr. WIDYA KUSUMANINGRUM, S.E., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19750409 200003 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rRp", PLANT_Q) },
    rules: ["sum-mismatch"],
    note: "realisasi Renja 2024 Rp of the NIB sub kegiatan is 414,355,000 but its four quarters add up to 405,355,000",
    truth: [0, 1, 2, 3].map((i) => a(`q${i}Rp`, PLANT_Q)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("crK", PLANT_CR) },
    rules: ["capaian-mismatch"],
    note: "Capaian Renja K of usaha mikro yang diberdayakan is 105.10; 1,015 / 1,000 gives 101.50",
    truth: `ROUND(${a("rK", PLANT_CR)}/${a("tK", PLANT_CR)}*100,2)`,
  });
  for (const x of body) {
    const id = x.id;
    const qs = (m: string) => [0, 1, 2, 3].map((i) => a(`q${i}${m}`, id));
    const rpFollows = id === PLANT_Q || followQ.has(id);
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
    if (id !== PLANT_CR)
      b.ok({
        sheet: S,
        cell: a("crK", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("rK", id)}/${a("tK", id)}*100,2)`,
      });
    if (!rpFollows) {
      b.ok({ sheet: S, cell: a("rRp", id), rules: ["sum-mismatch"], truth: qs("Rp").join("+"), tol: 0.5 });
      b.ok({
        sheet: S,
        cell: a("sdRp", id),
        rules: ["sum-mismatch"],
        truth: `${a("sdlRp", id)}+${a("rRp", id)}`,
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a("crRp", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("rRp", id)}/${a("tRp", id)}*100,2)`,
      });
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
      for (const m of ["akRp", "sdlRp", "tRp", "q0Rp", "q3Rp"])
        b.ok({
          sheet: S,
          cell: a(m, id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(m, k)).join("+"),
          // a program is the sum of its kegiatan, not of kegiatan and sub kegiatan together
          trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(m, k)).join("+") : undefined,
          tol: 0.5,
        });
    }
  }
  b.ok({
    sheet: S,
    cell: a("crK", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("crK", "avg")})`,
  });
  return b.finish();
}

// ================================================================ RSUD budget realisation per program

type RealIn = {
  id: string;
  kode: string;
  nama: string;
  parent?: string;
  pagu?: number;
  real?: number;
};

/** RSUD dr. R. Soedjono Kabupaten Wonosalam: realisasi anggaran per program and kegiatan, TA 2024. */
export function realisasi(): BookW {
  const b = new BookW(
    "realisasi-rsud-wonosalam.xlsx",
    "realisasi anggaran",
    "Budget realisation of an RSUD per program and kegiatan: Pagu | Realisasi | Sisa | % Serapan, Sisa formulas, JUMLAH",
  );
  const S = "Realisasi TA 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KABUPATEN WONOSALAM",
      "RUMAH SAKIT UMUM DAERAH dr. R. SOEDJONO",
      "Jl. Veteran No. 45 Wonosalam 61476, Telp. (0321) 862104",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "LAPORAN REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN",
    "TAHUN ANGGARAN 2024 (keadaan s.d. 31 Desember 2024)",
  ]);
  s.gap();
  const rows: RealIn[] = [
    { id: "p1", kode: "1.02.01", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" },
    {
      id: "k1",
      parent: "p1",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      pagu: 38_452_600_000,
      real: 37_985_214_350,
    },
    {
      id: "k2",
      parent: "p1",
      kode: "1.02.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      pagu: 2_184_500_000,
      real: 2_036_118_900,
    },
    {
      id: "k3",
      parent: "p1",
      kode: "1.02.01.2.10",
      nama: "Peningkatan Pelayanan BLUD",
      pagu: 142_750_000_000,
      real: 142_712_486_520,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
    },
    {
      id: "k4",
      parent: "p2",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      pagu: 24_860_000_000,
      real: 21_385_740_600,
    },
    {
      id: "k5",
      parent: "p2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      pagu: 6_415_300_000,
      real: 5_923_478_150,
    },
    { id: "p3", kode: "1.02.03", nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan" },
    {
      id: "k6",
      parent: "p3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      pagu: 1_275_000_000,
      real: 1_038_642_500,
    },
  ];
  const progs = rows.filter((x) => !x.parent);
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const p of progs) {
    p.pagu = sum(kidsOf(p.id).map((k) => k.pagu!));
    p.real = sum(kidsOf(p.id).map((k) => k.real!));
  }
  const totPagu = sum(progs.map((p) => p.pagu!));
  const totReal = sum(progs.map((p) => p.real!));
  const PLANT_SER = "k4";
  const PLANT_SER_VAL = 68.02; // 86.02 with its digits swapped
  const typedTotPagu = totPagu + 2_700_000_000;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], width: 46 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", fmt: RP, width: 19 },
    { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", fmt: RP, width: 19 },
    { key: "sisa", head: ["Sisa (Rp)"], fmt: RP, width: 17 },
    { key: "ser", head: ["% Serapan"], role: "capaian", fmt: DEC },
  ];
  let pn = 0;
  let kn = 0;
  const t = s.table(
    {
      cols,
      headerRows: 1,
      rows: [
        ...rows.map((x) => ({
          id: x.id,
          bold: !x.parent,
          cells: (c: { a(key: string, id?: string): string }) => ({
            no: x.parent ? `${pn}.${++kn}` : String(((kn = 0), ++pn)),
            kode: x.kode,
            nama: x.nama,
            pagu: x.pagu!,
            real: x.real!,
            sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
            ser: x.id === PLANT_SER ? PLANT_SER_VAL : round((x.real! / x.pagu!) * 100),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "nama"] as [string, string],
          cells: (c) => ({
            no: "JUMLAH",
            pagu: typedTotPagu,
            real: totReal,
            sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    1,
  );
  s.gap();
  s.lines(["Catatan: sisa anggaran BLUD menjadi saldo awal kas BLUD Tahun Anggaran 2025."]);
  s.gap();
  signature(s, 5, {
    tempat: "Wonosalam, 10 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. R. SOEDJONO", "KABUPATEN WONOSALAM,"],
    nama: "dr. ARIF BUDIMAN SANTOSO, Sp.PD., M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19711125 200003 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ser", PLANT_SER) },
    rules: ["capaian-mismatch"],
    note: "% serapan of Penyediaan Fasilitas Pelayanan Kesehatan is 68.02; 21,385,740,600 / 24,860,000,000 gives 86.02",
    truth: `ROUND(${a("real", PLANT_SER)}/${a("pagu", PLANT_SER)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pagu", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH pagu is a typed ${typedTotPagu}; the three programs add up to ${totPagu}`,
    truth: progs.map((p) => a("pagu", p.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("sisa", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("pagu", x.id)}-${a("real", x.id)}`,
      tol: 0.5,
    });
    if (x.id !== PLANT_SER) {
      const kids = kidsOf(x.id).map((k) => k.id);
      b.ok({
        sheet: S,
        cell: a("ser", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
        // a program's serapan is its amounts' ratio, not the mean of its kegiatan's serapan
        trap: kids.length > 1 ? `AVERAGE(${kids.map((k) => a("ser", k)).join(",")})` : undefined,
      });
    }
    if (!x.parent)
      for (const m of ["pagu", "real"])
        b.ok({
          sheet: S,
          cell: a(m, x.id),
          rules: ["sum-mismatch"],
          truth: kidsOf(x.id)
            .map((k) => a(m, k.id))
            .join("+"),
          tol: 0.5,
        });
  }
  b.ok({
    sheet: S,
    cell: a("real", "jml"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("real", p.id)).join("+"),
    trap: `SUM(${a("real", "p1")}:${a("real", "k6")})`,
    tol: 0.5,
  });
  return b.finish();
}
