// Evaluation forms of the third unseen set: an E.81 of a kecamatan (quarters, "Capaian s.d. TW IV",
// an extra "Tingkat Capaian Renja (%)" pair) and a program evaluation in thousands of rupiah ("Rp 000")
// on a sheet with a letterhead, free text and an "a.n. BUPATI" signature. Every name and number is
// invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, INT, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

// ============================================================================ E.81 (kecamatan)

type E81In = {
  id: string;
  kode: string;
  nama: string;
  section?: boolean;
  ind?: string;
  sat?: string;
  level?: boolean;
  parent?: string;
  ak?: number;
  sdl?: number;
  t?: number;
  q?: number[];
  akRp?: number;
  sdlRp?: number;
  tRp?: number;
  qRp?: number[];
};

/** E.81: Kecamatan Wanareja, Kabupaten Tirtomulyo, evaluasi Renja 2024 (Renstra 2021-2026). */
export function e81(): BookW {
  const b = new BookW(
    "e81-kecamatan-wanareja.xlsx",
    "E.81",
    "E.81 of a kecamatan, TW IV 2024: quarters K/Rp, Capaian s.d. TW IV, Tingkat Capaian Renja (%), footer rata-rata + predikat",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TIRTOMULYO",
    "RENJA KECAMATAN WANAREJA KABUPATEN TIRTOMULYO TAHUN 2024",
    "Periode Pelaksanaan: Triwulan IV (Oktober - Desember 2024)",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya kualitas pelayanan publik kewilayahan",
  ]);
  s.gap();
  const rows: E81In[] = [
    { id: "u", kode: "7.01", nama: "KECAMATAN", section: true },
    {
      id: "p1",
      kode: "7.01.02",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan kecamatan",
      sat: "indeks",
      level: true,
      ak: 85,
      sdl: 81.2,
      t: 83,
      q: [81.5, 82.0, 82.6, 83.4],
    },
    {
      id: "k1",
      kode: "7.01.02.2.01",
      nama: "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan",
      ind: "Jumlah dokumen perizinan dan non perizinan yang diterbitkan",
      sat: "dokumen",
      parent: "p1",
      ak: 6000,
      sdl: 3480,
      t: 1200,
      q: [280, 305, 318, 331],
      akRp: 1_650_000_000,
      sdlRp: 968_400_000,
      tRp: 342_000_000,
      qRp: [72_150_000, 88_430_000, 91_260_000, 83_915_000],
    },
    {
      id: "k2",
      kode: "7.01.02.2.02",
      nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      ind: "Jumlah rapat koordinasi lintas sektor tingkat kecamatan",
      sat: "kali",
      parent: "p1",
      ak: 240,
      sdl: 138,
      t: 48,
      q: [12, 12, 12, 12],
      akRp: 900_000_000,
      sdlRp: 521_760_000,
      tRp: 186_500_000,
      qRp: [38_420_000, 47_915_000, 46_280_000, 49_135_000],
    },
    {
      id: "p2",
      kode: "7.01.03",
      nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      ind: "Persentase kelurahan dengan Lembaga Pemberdayaan Masyarakat aktif",
      sat: "%",
      level: true,
      ak: 100,
      sdl: 75,
      t: 87.5,
      q: [75, 81.25, 87.5, 87.5],
    },
    {
      id: "k3",
      kode: "7.01.03.2.01",
      nama: "Fasilitasi Pemberdayaan Masyarakat Kelurahan",
      ind: "Jumlah kegiatan musyawarah dan pelatihan kader kelurahan yang difasilitasi",
      sat: "kegiatan",
      parent: "p2",
      ak: 150,
      sdl: 86,
      t: 30,
      q: [6, 9, 8, 8],
      akRp: 1_125_000_000,
      sdlRp: 642_900_000,
      tRp: 238_000_000,
      qRp: [41_600_000, 63_250_000, 58_730_000, 69_145_000],
    },
    {
      id: "k4",
      kode: "7.01.03.2.02",
      nama: "Pembinaan dan Pengawasan Lembaga Kemasyarakatan Kelurahan",
      ind: "Jumlah laporan pembinaan lembaga kemasyarakatan",
      sat: "laporan",
      parent: "p2",
      ak: 40,
      sdl: 24,
      t: 8,
      q: [2, 2, 2, 2],
      akRp: 480_000_000,
      sdlRp: 276_300_000,
      tRp: 98_000_000,
      qRp: [19_650_000, 24_380_000, 23_915_000, 26_450_000],
    },
  ];
  // programs' Rp from their kegiatan
  for (const p of rows.filter((x) => !x.section && !x.parent)) {
    const kids = rows.filter((k) => k.parent === p.id);
    p.akRp = sum(kids.map((k) => k.akRp!));
    p.sdlRp = sum(kids.map((k) => k.sdlRp!));
    p.tRp = sum(kids.map((k) => k.tRp!));
    p.qRp = [0, 1, 2, 3].map((i) => sum(kids.map((k) => k.qRp![i])));
  }
  const PLANT_CR = "k2";
  const PLANT_R = "k3";
  const Q = ["I", "II", "III", "IV"];
  const RQ = "Realisasi Kinerja dan Anggaran Renja Perangkat Daerah pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Urusan / Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    {
      key: "akK",
      head: ["Target Renstra Perangkat Daerah Tahun 2026 (Akhir Periode Renstra)", "K"],
      role: "target",
      num: 6,
    },
    {
      key: "akRp",
      head: ["Target Renstra Perangkat Daerah Tahun 2026 (Akhir Periode Renstra)", "Rp"],
      role: "anggaran",
      num: 6,
      fmt: RP,
    },
    {
      key: "sdlK",
      head: ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2023)", "K"],
      role: "realisasi",
      year: 2023,
      num: 7,
    },
    {
      key: "sdlRp",
      head: ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2023)", "Rp"],
      role: "realisasi-anggaran",
      year: 2023,
      num: 7,
      fmt: RP,
    },
    {
      key: "tK",
      head: ["Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "K"],
      role: "target",
      year: 2024,
      num: 8,
    },
    {
      key: "tRp",
      head: ["Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
    },
    ...Q.flatMap((q, i): Col[] => [
      { key: `q${i}K`, head: [RQ, q, "K"], role: "realisasi", year: 2024, num: 9 + i },
      { key: `q${i}Rp`, head: [RQ, q, "Rp"], role: "realisasi-anggaran", year: 2024, num: 9 + i, fmt: RP },
    ]),
    { key: "rK", head: ["Capaian s.d. TW IV Tahun 2024", "K"], role: "realisasi", year: 2024, num: 13 },
    {
      key: "rRp",
      head: ["Capaian s.d. TW IV Tahun 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
    },
    { key: "crK", head: ["Tingkat Capaian Renja (%)", "K"], role: "capaian", year: 2024, num: 14, fmt: DEC },
    {
      key: "crRp",
      head: ["Tingkat Capaian Renja (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: 14,
      fmt: DEC,
    },
    {
      key: "sdK",
      head: ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: 15,
    },
    {
      key: "sdRp",
      head: ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 15,
      fmt: RP,
    },
    {
      key: "csK",
      head: ["Tingkat Capaian Kinerja dan Anggaran Renstra s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: 16,
      fmt: DEC,
    },
    {
      key: "csRp",
      head: ["Tingkat Capaian Kinerja dan Anggaran Renstra s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: 16,
      fmt: DEC,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 17, width: 20 },
  ];
  const PJ = { p1: "Seksi Pelayanan Umum", p2: "Seksi Pemberdayaan Masyarakat" } as Record<string, string>;
  const body = rows.filter((x) => !x.section);
  const v = new Map<string, Record<string, number>>();
  for (const x of body) {
    const rK = x.level ? x.q![3] : sum(x.q!);
    const trueRRp = sum(x.qRp!);
    const rRp = x.id === PLANT_R ? trueRRp + 4_500_000 : trueRRp;
    const sdK = x.level ? rK : x.sdl! + rK;
    const sdRp = x.sdlRp! + rRp;
    v.set(x.id, {
      rK,
      rRp,
      trueRRp,
      crK: round((rK / x.t!) * 100),
      crRp: x.id === PLANT_CR ? 94.75 : round((rRp / x.tRp!) * 100),
      sdK,
      sdRp,
      csK: round((sdK / x.ak!) * 100),
      csRp: round((sdRp / x.akRp!) * 100),
    });
  }
  const crs = body.map((x) => v.get(x.id)!.crK);
  let no = 0;
  const t = s.table(
    {
      cols,
      headerRows: 3,
      numberRow: "pairs",
      rows: [
        ...rows.map((x) => {
          if (x.section) return { id: x.id, cells: { kode: x.kode, nama: x.nama }, bold: true };
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
            crK: w.crK,
            crRp: w.crRp,
            sdK: w.sdK,
            sdRp: w.sdRp,
            csK: w.csK,
            csRp: w.csRp,
            pj: PJ[x.parent ?? x.id],
          };
          x.q!.forEach((q, i) => (cells[`q${i}K`] = q));
          x.qRp!.forEach((q, i) => (cells[`q${i}Rp`] = q));
          return { id: x.id, cells, bold: !x.parent };
        }),
        {
          id: "avg",
          span: ["no", "sat"] as [string, string],
          cells: (c) => ({
            no: "Rata-rata Capaian Kinerja (%)",
            crK: fx(`ROUND(AVERAGE(${c.a("crK", "p1")}:${c.a("crK", "k4")}),2)`),
          }),
        },
        {
          id: "pred",
          span: ["no", "sat"] as [string, string],
          cells: { no: "Predikat Kinerja", crK: predikat(round(sum(crs) / crs.length)) },
        },
      ],
    },
    1,
  );
  s.gap();
  s.lines(["Faktor pendorong: dukungan kelurahan dan partisipasi masyarakat dalam musyawarah pembangunan."]);
  s.gap();
  signature(s, 20, {
    tempat: "Wanareja, 15 Januari 2025",
    jabatan: ["CAMAT WANAREJA,"],
    nama: "Drs. HARYO PRASETYO WIBISONO, M.Si",
    pangkat: "Pembina Tingkat I",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("crRp", PLANT_CR) },
    rules: ["capaian-mismatch"],
    note: "Tingkat Capaian Renja Rp of the rapat koordinasi kegiatan is 94.75; 181,750,000 / 186,500,000 gives 97.45",
    truth: `ROUND(${a("rRp", PLANT_CR)}/${a("tRp", PLANT_CR)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rRp", PLANT_R) },
    rules: ["sum-mismatch"],
    note: "Capaian s.d. TW IV Rp is 237,225,000 but the four quarters add up to 232,725,000",
    truth: [0, 1, 2, 3].map((i) => a(`q${i}Rp`, PLANT_R)).join("+"),
    tol: 0.5,
  });
  for (const x of body) {
    const id = x.id;
    const qs = (m: string) => [0, 1, 2, 3].map((i) => a(`q${i}${m}`, id));
    b.ok({
      sheet: S,
      cell: a("rK", id),
      rules: ["sum-mismatch"],
      truth: x.level ? qs("K")[3] : qs("K").join("+"),
      trap: x.level ? qs("K").join("+") : undefined,
    });
    if (id !== PLANT_R)
      b.ok({ sheet: S, cell: a("rRp", id), rules: ["sum-mismatch"], truth: qs("Rp").join("+"), tol: 0.5 });
    b.ok({
      sheet: S,
      cell: a("sdK", id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("rK", id) : `${a("sdlK", id)}+${a("rK", id)}`,
      trap: x.level ? `${a("sdlK", id)}+${a("rK", id)}` : undefined,
    });
    if (id !== "p2")
      b.ok({
        sheet: S,
        cell: a("sdRp", id),
        rules: ["sum-mismatch"],
        truth: `${a("sdlRp", id)}+${a("rRp", id)}`,
        tol: 0.5,
      });
    b.ok({
      sheet: S,
      cell: a("crK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rK", id)}/${a("tK", id)}*100,2)`,
    });
    if (id !== PLANT_CR)
      b.ok({
        sheet: S,
        cell: a("crRp", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("rRp", id)}/${a("tRp", id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("csK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("sdK", id)}/${a("akK", id)}*100,2)`,
    });
    if (!x.parent) {
      const kids = body.filter((k) => k.parent === id).map((k) => k.id);
      for (const m of ["tRp", "sdlRp", "q3Rp"])
        b.ok({
          sheet: S,
          cell: a(m, id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(m, k)).join("+"),
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

// ================================================================= evaluation in Rp 000, letterhead

type EvIn = {
  id: string;
  nama: string;
  ind: string;
  sat: string;
  parent?: string;
  t: number;
  r: number;
  pagu?: number;
  real?: number;
};

/** Dinas Pariwisata dan Kebudayaan Kabupaten Karangsari, evaluation of 2024 in thousands of rupiah. */
export function evaluasiRibu(): BookW {
  const b = new BookW(
    "evaluasi-rp000-disparbud-karangsari.xlsx",
    "evaluasi Rp 000",
    "Program evaluation 2024 in Rp 000 with letterhead, free text and an a.n. BUPATI signature, Disparbud Kab. Karangsari",
  );
  const S = "Lampiran II";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KARANGSARI",
    "DINAS PARIWISATA DAN KEBUDAYAAN",
    "Jl. Pemuda No. 17 Karangsari 57411, Telp. (0271) 884512, Pos-el: disparbud@karangsarikab.go.id",
  ]);
  s.lines([
    "LAMPIRAN II LAPORAN EVALUASI CAPAIAN KINERJA DAN REALISASI ANGGARAN",
    "TAHUN ANGGARAN 2024",
    "(dalam Rp 000)",
  ]);
  s.gap();
  const rows: EvIn[] = [
    {
      id: "p1",
      nama: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      ind: "Jumlah kunjungan wisatawan",
      sat: "orang",
      t: 1_450_000,
      r: 1_512_380,
    },
    {
      id: "k1",
      parent: "p1",
      nama: "Pengelolaan Daya Tarik Wisata Kabupaten",
      ind: "Jumlah daya tarik wisata yang dikelola",
      sat: "lokasi",
      t: 12,
      r: 12,
      pagu: 2_845_600,
      real: 2_731_912,
    },
    {
      id: "k2",
      parent: "p1",
      nama: "Pengelolaan Kawasan Strategis Pariwisata Kabupaten",
      ind: "Jumlah dokumen rencana kawasan strategis pariwisata",
      sat: "dokumen",
      t: 2,
      r: 1,
      pagu: 965_000,
      real: 910_665,
    },
    {
      id: "p2",
      nama: "Program Pemasaran Pariwisata",
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      t: 1.8,
      r: 1.65,
    },
    {
      id: "k3",
      parent: "p2",
      nama: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten",
      ind: "Jumlah event promosi pariwisata yang diselenggarakan",
      sat: "event",
      t: 9,
      r: 10,
      pagu: 1_730_250,
      real: 1_698_443,
    },
    {
      id: "p3",
      nama: "Program Pengembangan Kebudayaan",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      t: 60,
      r: 57.5,
    },
    {
      id: "k4",
      parent: "p3",
      nama: "Pelestarian Kesenian Tradisional yang Masyarakat Pelakunya dalam Daerah Kabupaten",
      ind: "Jumlah kelompok kesenian tradisional yang dibina",
      sat: "kelompok",
      t: 40,
      r: 44,
      pagu: 612_400,
      real: 588_006,
    },
    {
      id: "k5",
      parent: "p3",
      nama: "Pengelolaan Cagar Budaya Peringkat Kabupaten",
      ind: "Jumlah cagar budaya yang dipugar",
      sat: "situs",
      t: 3,
      r: 3,
      pagu: 1_180_000,
      real: 1_061_410,
    },
  ];
  for (const p of rows.filter((x) => !x.parent)) {
    const kids = rows.filter((k) => k.parent === p.id);
    p.pagu = sum(kids.map((k) => k.pagu!));
    p.real = sum(kids.map((k) => k.real!));
  }
  const progs = rows.filter((x) => !x.parent);
  const totPagu = sum(progs.map((p) => p.pagu!));
  const totReal = sum(progs.map((p) => p.real!));
  const PLANT_SER = "k5";
  const typedTotReal = totReal + 90_000;
  const K = "Kinerja Tahun 2024";
  const A = "Anggaran Tahun 2024 (Rp 000)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Program / Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, fmt: "#,##0.##" },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, fmt: "#,##0.##" },
    { key: "c", head: [K, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pagu", head: [A, "Pagu"], role: "anggaran", year: 2024, fmt: INT },
    { key: "real", head: [A, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: INT },
    { key: "ser", head: [A, "Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "sisa", head: [A, "Sisa"], fmt: INT },
  ];
  let pn = 0;
  let kn = 0;
  const t = s.table(
    {
      cols,
      headerRows: 2,
      rows: [
        ...rows.map((x) => ({
          id: x.id,
          bold: !x.parent,
          cells: {
            no: x.parent ? `${pn}.${++kn}` : String(((kn = 0), ++pn)),
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            t: x.t,
            r: x.r,
            c: round((x.r / x.t) * 100),
            pagu: x.pagu!,
            real: x.real!,
            ser: x.id === PLANT_SER ? 98.95 : round((x.real! / x.pagu!) * 100),
            sisa: x.pagu! - x.real!,
          },
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "sat"] as [string, string],
          cells: {
            no: "JUMLAH",
            pagu: totPagu,
            real: typedTotReal,
            ser: round((totReal / totPagu) * 100),
            sisa: totPagu - totReal,
          },
        },
      ],
    },
    1,
  );
  s.gap();
  s.lines(
    [
      "Catatan:",
      "1. Sisa anggaran terutama berasal dari efisiensi pengadaan dan sisa kontrak pemugaran cagar budaya.",
      "2. Dokumen rencana kawasan strategis pariwisata kedua dilanjutkan pada Tahun Anggaran 2025.",
    ],
    1,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Karangsari, 20 Februari 2025",
    jabatan: [
      "a.n. BUPATI KARANGSARI",
      "Sekretaris Daerah,",
      "u.b.",
      "Kepala Dinas Pariwisata dan Kebudayaan",
    ],
    nama: "Dra. SRI WULANDARI RAHAYU, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19690812 199403 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ser", PLANT_SER) },
    rules: ["capaian-mismatch"],
    note: "serapan of pemugaran cagar budaya is 98.95; 1,061,410 / 1,180,000 gives 89.95",
    truth: `ROUND(${a("real", PLANT_SER)}/${a("pagu", PLANT_SER)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("real", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH realisasi (Rp 000) is ${typedTotReal}; the three programs add up to ${totReal}`,
    truth: progs.map((p) => a("real", p.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", x.id)}/${a("t", x.id)}*100,2)`,
    });
    if (x.id !== PLANT_SER)
      b.ok({
        sheet: S,
        cell: a("ser", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("sisa", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("pagu", x.id)}-${a("real", x.id)}`,
    });
    if (!x.parent) {
      const kids = rows.filter((k) => k.parent === x.id).map((k) => k.id);
      for (const m of ["pagu", "real"])
        b.ok({
          sheet: S,
          cell: a(m, x.id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(m, k)).join("+"),
        });
    }
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("pagu", p.id)).join("+"),
    trap: `SUM(${a("pagu", "p1")}:${a("pagu", "k5")})`,
  });
  return b.finish();
}
