// A T-C.29 review of the Renstra (rekapitulasi evaluasi hasil pelaksanaan Renja dan pencapaian Renstra
// s.d. tahun 2024) of a Dinas Kepemudaan, Olahraga dan Pariwisata, laid out by measure rather than by
// year: the seven kinerja columns (K) side by side, then the same seven for the anggaran (Rp). Every
// name and number is invented.
import { BookW, DEC, INT, RP, fmt, fx, signature, type Cell, type Col, type Row } from "../forms/kit";
import { d2, rp, sumRange } from "./util";

type EvIn = {
  id: string;
  lvl: "u" | "p" | "k" | "i";
  parent?: string;
  kode?: string;
  nama?: string;
  ind?: string;
  sat?: string;
  /** a yearly increment: s.d. = s.d. tahun lalu + tahun ini; otherwise the latest level */
  flow?: boolean;
  /** lower is better: refleksi (2T - R) / T x 100 */
  neg?: boolean;
  /** K: target akhir Renstra, realisasi s.d. 2023, target 2024, realisasi 2024 */
  k?: [number, number, number, number];
  /** Rp of a kegiatan, the same four */
  rp?: [number, number, number, number];
  pj?: string;
  f?: string;
};

const pos = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

/** T-C.29 2024 of the Disporapar Kabupaten Girimukti, Renstra 2021-2026. */
export function tc29Disporapar(): BookW {
  const b = new BookW(
    "tc29-blokkr-disporapar-girimukti.xlsx",
    "T-C.29 review of the Renstra (Disporapar)",
    "T-C.29 s.d. 2024 of a Renstra 2021-2026: No | Kode | Urusan / Bidang Urusan / Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | 'Capaian Kinerja (K)' > Target Akhir Renstra (2026) | Realisasi s.d. 2023 | Target Renja 2024 | Realisasi Renja 2024 | Tingkat Realisasi 2024 (%) | Realisasi s.d. 2024 | Tingkat Capaian Renstra (%) | 'Anggaran (Rp)' > the same seven | Bidang Penanggung Jawab; number row 1 .. 20 with the identities ('10 = 9 / 8 x 100', '11 = 7 + 9', ...); bidang urusan rows 2.19 and 3.26; kegiatan Rp typed, program Rp SUM, s.d. and ratios formulas; s.d. K of a level typed (the latest level), of a count a formula; a lower-is-better second indicator with refleksi; JUMLAH",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  s.lines(["Tabel T-C.29"]);
  s.lines(
    [
      "REKAPITULASI EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH DAN PENCAPAIAN RENSTRA PERANGKAT DAERAH S.D. TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.lines([
    "Perangkat Daerah : Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Girimukti",
    "Periode Renstra : 2021 - 2026",
  ]);
  s.gap();
  const SEK = "Sekretariat";
  const PMD = "Bidang Kepemudaan";
  const OR = "Bidang Keolahragaan";
  const DST = "Bidang Destinasi Pariwisata";
  const PMS = "Bidang Pemasaran Pariwisata";
  const rows: EvIn[] = [
    { id: "u1", lvl: "u", kode: "2.19", nama: "URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA" },
    {
      id: "p1",
      lvl: "p",
      parent: "u1",
      kode: "2.19.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase dokumen perencanaan, penganggaran dan pelaporan yang tersusun tepat waktu",
      sat: "%",
      k: [100, 100, 100, 100],
      pj: SEK,
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      parent: "p1",
      kode: "2.19.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan yang disusun",
      sat: "laporan",
      flow: true,
      k: [60, 24, 12, 12],
      rp: [24_850_000_000, 9_412_350_000, 5_126_000_000, 4_987_640_500],
      pj: SEK,
      f: INT,
    },
    {
      id: "k12",
      lvl: "k",
      parent: "p1",
      kode: "2.19.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum yang disediakan",
      sat: "paket",
      flow: true,
      k: [25, 10, 5, 5],
      rp: [3_150_000_000, 1_186_400_000, 658_000_000, 641_255_000],
      pj: SEK,
      f: INT,
    },
    {
      id: "p2",
      lvl: "p",
      parent: "u1",
      kode: "2.19.02",
      nama: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      ind: "Indeks Pembangunan Pemuda (IPP)",
      sat: "indeks",
      k: [56.5, 53.33, 54.5, 54.83],
      pj: PMD,
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      parent: "p2",
      kode: "2.19.02.2.01",
      nama: "Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kabupaten/Kota",
      ind: "Jumlah pemuda yang mengikuti pelatihan kewirausahaan dan kepemimpinan",
      sat: "orang",
      flow: true,
      k: [1_500, 560, 300, 325],
      rp: [2_750_000_000, 1_034_800_000, 575_000_000, 561_930_000],
      pj: PMD,
      f: INT,
    },
    {
      id: "p3",
      lvl: "p",
      parent: "u1",
      kode: "2.19.03",
      nama: "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN",
      ind: "Persentase cabang olahraga berprestasi tingkat provinsi",
      sat: "%",
      k: [45, 36, 40, 38],
      pj: OR,
      f: DEC,
    },
    {
      id: "i3",
      lvl: "i",
      parent: "p3",
      ind: "Persentase sarana dan prasarana olahraga dalam kondisi rusak *)",
      sat: "%",
      neg: true,
      k: [12, 19.5, 17, 16.4],
      pj: OR,
      f: DEC,
    },
    {
      id: "k31",
      lvl: "k",
      parent: "p3",
      kode: "2.19.03.2.01",
      nama: "Pembinaan dan Pengembangan Olahraga Pendidikan pada Jenjang Pendidikan yang menjadi Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah event olahraga pelajar yang diselenggarakan",
      sat: "event",
      flow: true,
      k: [40, 14, 8, 9],
      rp: [3_600_000_000, 1_325_600_000, 760_000_000, 731_078_000],
      pj: OR,
      f: INT,
    },
    {
      id: "k32",
      lvl: "k",
      parent: "p3",
      kode: "2.19.03.2.03",
      nama: "Penyelenggaraan Kejuaraan Olahraga Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah kejuaraan olahraga yang diselenggarakan",
      sat: "kejuaraan",
      flow: true,
      k: [30, 10, 6, 6],
      rp: [5_400_000_000, 2_017_500_000, 1_180_000_000, 1_128_915_000],
      pj: OR,
      f: INT,
    },
    { id: "u2", lvl: "u", kode: "3.26", nama: "URUSAN PEMERINTAHAN BIDANG PARIWISATA" },
    {
      id: "p4",
      lvl: "p",
      parent: "u2",
      kode: "3.26.02",
      nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      k: [2.1, 1.72, 1.85, 1.81],
      pj: DST,
      f: DEC,
    },
    {
      id: "k41",
      lvl: "k",
      parent: "p4",
      kode: "3.26.02.2.01",
      nama: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Jumlah daya tarik wisata yang dikembangkan",
      sat: "DTW",
      flow: true,
      k: [25, 9, 5, 5],
      rp: [8_250_000_000, 3_046_200_000, 1_720_000_000, 1_655_467_000],
      pj: DST,
      f: INT,
    },
    {
      id: "p5",
      lvl: "p",
      parent: "u2",
      kode: "3.26.03",
      nama: "PROGRAM PEMASARAN PARIWISATA",
      ind: "Persentase pertumbuhan kunjungan wisatawan",
      sat: "%",
      k: [7.5, 6.1, 6.5, 8.24],
      pj: PMS,
      f: DEC,
    },
    {
      id: "k51",
      lvl: "k",
      parent: "p5",
      kode: "3.26.03.2.01",
      nama: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah event promosi pariwisata yang diselenggarakan/diikuti",
      sat: "event",
      flow: true,
      k: [60, 22, 12, 14],
      rp: [4_800_000_000, 1_702_450_000, 985_000_000, 962_118_000],
      pj: PMS,
      f: INT,
    },
  ];
  // planted 1: Realisasi s.d. 2024 Rp of kegiatan 3.26.02.2.01 adds the 2024 pagu, not its realisasi
  const PLANT_S = "k41";
  // planted 2: Tingkat Capaian Renstra K of the lower-is-better sarana rusak is R / T, not refleksi
  const PLANT_C = "i3";
  const kids = (id: string) => rows.filter((x) => x.parent === id && x.lvl === "k");
  const progs = rows.filter((x) => x.lvl === "p");
  for (const x of rows.filter((q) => q.rp))
    if (x.rp![3] > x.rp![2] || x.rp![1] + x.rp![3] > x.rp![0]) throw new Error(`tc29: Rp of ${x.id}`);
  const KG = "Capaian Kinerja (K)";
  const RG = "Anggaran (Rp)";
  const block = (g: "k" | "r"): Col[] => {
    const G = g === "k" ? KG : RG;
    const n = g === "k" ? 6 : 13;
    const money = g === "r" ? { fmt: RP, width: 16 } : { width: 10 };
    const at = (i: number) => n + i;
    return [
      {
        key: `${g}Ak`,
        head: [G, "Target Akhir Renstra (2026)"],
        role: g === "k" ? "target" : "anggaran",
        num: at(0),
        ...money,
      },
      {
        key: `${g}Sdl`,
        head: [G, "Realisasi s.d. 2023"],
        role: g === "k" ? "realisasi" : "realisasi-anggaran",
        year: 2023,
        num: at(1),
        ...money,
      },
      {
        key: `${g}T`,
        head: [G, "Target Renja 2024"],
        role: g === "k" ? "target" : "anggaran",
        year: 2024,
        num: at(2),
        ...money,
      },
      {
        key: `${g}R`,
        head: [G, "Realisasi Renja 2024"],
        role: g === "k" ? "realisasi" : "realisasi-anggaran",
        year: 2024,
        num: at(3),
        ...money,
      },
      {
        key: `${g}Tr`,
        head: [G, "Tingkat Realisasi 2024 (%)"],
        role: "capaian",
        year: 2024,
        num: `${at(4)} = ${at(3)} / ${at(2)} x 100`,
        fmt: DEC,
        width: 10,
      },
      {
        key: `${g}Sd`,
        head: [G, "Realisasi s.d. 2024"],
        role: g === "k" ? "realisasi" : "realisasi-anggaran",
        year: 2024,
        num: `${at(5)} = ${at(1)} + ${at(3)}`,
        ...money,
      },
      {
        key: `${g}Cr`,
        head: [G, "Tingkat Capaian Renstra (%)"],
        role: "capaian",
        num: `${at(6)} = ${at(5)} / ${at(0)} x 100`,
        fmt: DEC,
        width: 10,
      },
    ];
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 13 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    ...block("k"),
    ...block("r"),
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "u" || x.lvl === "p",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.lvl === "p" ? progs.indexOf(x) + 1 : undefined,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            pj: x.pj,
          };
          if (x.lvl === "u") return cells;
          const [ak, sdl, tg, rl] = x.k!;
          const F = (v: number) => fmt(v, x.f!);
          Object.assign(cells, { kAk: F(ak), kSdl: F(sdl), kT: F(tg), kR: F(rl) });
          cells.kTr = fx((x.neg ? refl : pos)(c.a("kR"), c.a("kT")));
          cells.kSd = x.flow ? fx(`${c.a("kSdl")}+${c.a("kR")}`) : F(rl);
          cells.kCr = fx((x.neg && x.id !== PLANT_C ? refl : pos)(c.a("kSd"), c.a("kAk")));
          if (x.lvl === "i") return cells;
          const R4 = ["rAk", "rSdl", "rT", "rR"];
          if (x.lvl === "k") R4.forEach((k, i) => (cells[k] = x.rp![i]));
          else {
            const ks = kids(x.id);
            for (const k of R4) cells[k] = fx(sumRange(c.c(k), c.row(ks[0].id), c.row(ks[ks.length - 1].id)));
          }
          cells.rTr = fx(pos(c.a("rR"), c.a("rT")));
          cells.rSd = fx(`${c.a("rSdl")}+${c.a(x.id === PLANT_S ? "rT" : "rR")}`);
          cells.rCr = fx(pos(c.a("rSd"), c.a("rAk")));
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["rAk", "rSdl", "rT", "rR"])
            cells[k] = fx(progs.map((p) => c.a(k, p.id)).join("+"));
          cells.rTr = fx(pos(c.a("rR"), c.a("rT")));
          cells.rSd = fx(`${c.a("rSdl")}+${c.a("rR")}`);
          cells.rCr = fx(pos(c.a("rSd"), c.a("rAk")));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "*) Indikator dengan polaritas negatif: tingkat realisasi dan tingkat capaian = (2 x target - realisasi) / target x 100.",
    "Realisasi s.d. 2024 untuk indikator persentase, indeks dan rata-rata adalah capaian tahun 2024; untuk indikator jumlah adalah akumulasi sejak tahun pertama Renstra (2022).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Girimukti, 10 Maret 2025",
    jabatan: ["KEPALA DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA", "KABUPATEN GIRIMUKTI,"],
    nama: "YOHANES BAYU SANTOSA, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19810307 200012 1 002",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const ps = rows.find((x) => x.id === PLANT_S)!.rp!;
  b.plant({
    at: { sheet: S, cell: a("rSd", PLANT_S) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Realisasi s.d. 2024 Rp of kegiatan 3.26.02.2.01 is =s.d. 2023 + Target Renja 2024 (the pagu): ${rp(ps[1] + ps[2])}; s.d. 2023 + Realisasi 2024 gives ${rp(ps[1] + ps[3])}`,
    truth: `${a("rSdl", PLANT_S)}+${a("rR", PLANT_S)}`,
    tol: 0.5,
  });
  const pc = rows.find((x) => x.id === PLANT_C)!.k!;
  b.plant({
    at: { sheet: S, cell: a("kCr", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: `Tingkat Capaian Renstra K of the sarana olahraga rusak (lower is better by note *) is =ROUND(s.d./target akhir*100,2) = ${d2((pc[3] / pc[0]) * 100)}; refleksi (2 x ${d2(pc[0])} - ${d2(pc[3])}) / ${d2(pc[0])} gives ${d2(((2 * pc[0] - pc[3]) / pc[0]) * 100)}, as its Tingkat Realisasi computes`,
    truth: refl(a("kSd", PLANT_C), a("kAk", PLANT_C)),
  });
  for (const x of rows) {
    if (x.parent && x.kode)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.lvl === "u") continue;
    const [AK, SDL, T, R, TR, SD, CR] = ["kAk", "kSdl", "kT", "kR", "kTr", "kSd", "kCr"].map((k) =>
      a(k, x.id),
    );
    // s.d. of a level is the latest level, of a count the two added
    b.ok({
      sheet: S,
      cell: SD,
      rules: ["sum-mismatch"],
      truth: x.flow ? `${SDL}+${R}` : R,
      trap: x.flow ? undefined : `${SDL}+${R}`,
    });
    const over = (v: number) => (v > 100 ? ["percent-out-of-range"] : []);
    const [ak, sdl, tg, rl] = x.k!;
    const sd = x.flow ? sdl + rl : rl;
    const tr = x.neg ? ((2 * tg - rl) / tg) * 100 : (rl / tg) * 100;
    b.ok({
      sheet: S,
      cell: TR,
      rules: ["capaian-mismatch", ...over(tr)],
      truth: (x.neg ? refl : pos)(R, T),
      trap: x.neg ? pos(R, T) : undefined,
    });
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: CR,
        rules: ["capaian-mismatch", ...over((sd / ak) * 100)],
        truth: pos(SD, AK),
      });
    if (x.lvl === "i") continue;
    const [rAK, rSDL, rT, rR, rTR, rSD, rCR] = ["rAk", "rSdl", "rT", "rR", "rTr", "rSd", "rCr"].map((k) =>
      a(k, x.id),
    );
    b.ok({ sheet: S, cell: rTR, rules: ["capaian-mismatch", "serapan-over-100"], truth: pos(rR, rT) });
    // the s.d. and capaian Renstra Rp of the planted kegiatan, and the s.d. of its program, follow it
    if (x.id !== PLANT_S && x.id !== "p4") {
      b.ok({ sheet: S, cell: rSD, rules: ["sum-mismatch"], truth: `${rSDL}+${rR}`, tol: 0.5 });
      b.ok({ sheet: S, cell: rCR, rules: ["capaian-mismatch"], truth: pos(rSD, rAK) });
    }
    if (x.lvl === "p")
      for (const k of ["rAk", "rSdl", "rT", "rR"])
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: kids(x.id)
            .map((q) => a(k, q.id))
            .join("+"),
          tol: 0.5,
        });
  }
  for (const k of ["rAk", "rSdl", "rT", "rR", "rSd"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: rows
        .filter((x) => x.lvl === "k")
        .map((x) => (k === "rSd" ? `${a("rSdl", x.id)}+${a("rR", x.id)}` : a(k, x.id)))
        .join("+"),
      // JUMLAH adds the programs, not the programs and their kegiatan together
      trap:
        k === "rSd"
          ? undefined
          : rows
              .filter((x) => x.lvl === "k" || x.lvl === "p")
              .map((x) => a(k, x.id))
              .join("+"),
      tol: 0.5,
    });
  for (const k of ["rTr", "rCr"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["capaian-mismatch"],
      truth: k === "rTr" ? pos(a("rR", "j"), a("rT", "j")) : pos(a("rSd", "j"), a("rAk", "j")),
    });
  return b.finish();
}
