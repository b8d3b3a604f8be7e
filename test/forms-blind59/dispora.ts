// The Dinas Pemuda dan Olahraga of Kabupaten Pegunungan Habema (Papua Pegunungan): the Perjanjian
// Kinerja 2025 of the Kepala Dinas with targets per triwulan and the programmes' anggaran, and the
// E.80 evaluation of the Renstra 2025-2029 after its second year (realisasi 2025 and 2026, the
// tingkat capaian against the target akhir). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type PkR = { id: string; sas: string; ind: string; sat: string; t: number; q: Cell[]; sifat: string };

/** Perjanjian Kinerja 2025 Kepala Dinas Pemuda dan Olahraga, Kabupaten Pegunungan Habema. */
export function pkDisporaHabema(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-kadispora-pegunungan-habema-triwulan.xlsx",
    "Perjanjian Kinerja with targets per triwulan and anggaran per program",
    "statement above; Tabel 1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025 | 'Target Triwulan' > TW-I .. TW-IV | Sifat Target ('kumulatif posisi', 'jumlah'); '-' for quarters without target; Tabel 2 under it: No | Kode | Program | Anggaran (Rp) | Sumber Dana with JUMLAH typed",
  );
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PEGUNUNGAN HABEMA", "DINAS PEMUDA DAN OLAHRAGA"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.lines([
    "Pihak Pertama: YULIANUS ELOPERE, S.Pd., M.Si., Kepala Dinas Pemuda dan Olahraga",
    "Pihak Kedua: Bupati Pegunungan Habema",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Tabel 1. Sasaran, Indikator dan Target Kinerja"], 1, { bold: true });
  const A = "Meningkatnya partisipasi dan daya saing pemuda";
  const B = "Meningkatnya prestasi olahraga daerah";
  const rs: PkR[] = [
    {
      id: "okp",
      sas: A,
      ind: "Persentase pemuda yang aktif dalam organisasi kepemudaan",
      sat: "%",
      t: 18.5,
      q: [16, 17, 18, 18.5],
      sifat: "kumulatif posisi",
    },
    {
      id: "wir",
      sas: A,
      ind: "Jumlah wirausaha muda yang dibina",
      sat: "orang",
      t: 120,
      q: [20, 30, 35, 35],
      sifat: "jumlah",
    },
    {
      id: "atl",
      sas: B,
      ind: "Jumlah atlet berprestasi tingkat provinsi dan nasional",
      sat: "orang",
      t: 52,
      q: [5, 10, 25, 5],
      sifat: "jumlah",
    },
    {
      id: "med",
      sas: B,
      ind: "Persentase cabang olahraga yang meraih medali pada Porprov",
      sat: "%",
      t: 40,
      q: ["-", "-", "-", 40],
      sifat: "akhir tahun",
    },
    {
      id: "rek",
      sas: B,
      ind: "Jumlah event olahraga rekreasi dan tradisional yang difasilitasi",
      sat: "event",
      t: 16,
      q: [3, 4, 5, 4],
      sifat: "jumlah",
    },
  ];
  const QN = ["TW-I", "TW-II", "TW-III", "TW-IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.0", width: 10 },
    ...QN.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Target Triwulan", q],
      role: "target",
      year: 2025,
      fmt: "#,##0.0",
      width: 8,
    })),
    { key: "sif", head: ["Sifat Target"], role: "keterangan", width: 16 },
  ];
  const rows: Row[] = rs.map((x, i) => {
    const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t, sif: x.sifat };
    x.q.forEach((v, k) => (out[`q${k}`] = v));
    return { id: x.id, cells: out };
  });
  const t1 = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["Tabel 2. Program dan Anggaran"], 1, { bold: true });
  const PR: Array<[string, string, string, number]> = [
    ["p1", "2.19.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_842_315_000],
    ["p2", "2.19.02", "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN", 1_275_400_000],
    ["p3", "2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN", 3_918_750_000],
    ["p4", "2.19.04", "PROGRAM PENGEMBANGAN KAPASITAS KEPRAMUKAAN", 412_600_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], role: "lainnya", width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map(([id, kode, nm, rp], i) => ({
        id,
        cells: { no: i + 1, kode, prog: nm, rp, sd: id === "p1" ? "DAU" : "DAU / Otsus" },
      })),
      // planted: the JUMLAH typed 12,494,065,000 (12,449,065,000 with the digits in place)
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", rp: 12_494_065_000 } },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Habema, 3 Februari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Pemuda dan Olahraga"],
    nama: "YULIANUS ELOPERE, S.Pd., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19790611 200502 1 009",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("t", "atl") },
    rules: ["sum-mismatch"],
    note: "atlet berprestasi (a count, 'jumlah') target 2025 typed 52 (the Renstra 2026 target); the quarters 5 + 10 + 25 + 5 give 45",
    truth: `SUM(${a1("q0", "atl")}:${a1("q3", "atl")})`,
  });
  b.plant({
    at: { sheet: S, cell: a2("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran typed 12,494,065,000; the four programmes add to 12,449,065,000 (digits 4 and 9 swapped)",
    truth: `SUM(${a2("rp", "p1")}:${a2("rp", "p4")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("t", "okp"),
    rules: ["sum-mismatch"],
    truth: a1("q3", "okp"),
    trap: `SUM(${a1("q0", "okp")}:${a1("q3", "okp")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("t", "wir"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("q0", "wir")}:${a1("q3", "wir")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("t", "med"),
    rules: ["sum-mismatch", "missing-value"],
    truth: a1("q3", "med"),
  });
  b.ok({
    sheet: S,
    cell: a1("t", "rek"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("q0", "rek")}:${a1("q3", "rek")})`,
  });
  return b.finish();
}

type E80 = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  k: [number, number];
  rp?: [number, number];
  level?: boolean;
  prog?: boolean;
};

/** E.80 evaluasi hasil Renstra 2025-2029 s.d. tahun 2026, Dispora Kabupaten Pegunungan Habema. */
export function e80DisporaHabema(): BookW {
  const b = new BookW(
    "e80-evaluasi-renstra-dispora-pegunungan-habema-sd-2026.xlsx",
    "E.80 evaluation of the Renstra (realisasi 2025, 2026, tingkat capaian thd target akhir)",
    "No | Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Target Akhir Renstra (2029) > K / Rp | 'Realisasi Kinerja dan Anggaran Renstra' > Tahun 2025 / Tahun 2026 > K / Rp | Realisasi s.d. Tahun 2026 > K / Rp | Tingkat Capaian thd Target Akhir (%) > K / Rp | Unit Penanggung Jawab; three header rows, 'pairs' number row; programme Rp SUM their kegiatan; levels to date = the 2026 value, counts the sum",
  );
  const S = "E.80 s.d. 2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PEGUNUNGAN HABEMA", "DINAS PEMUDA DAN OLAHRAGA"]);
  s.lines([
    "Tabel E.80 Evaluasi terhadap Hasil Renstra Perangkat Daerah Lingkup Kabupaten",
    "Renstra Dinas Pemuda dan Olahraga Tahun 2025-2029, Periode Pelaksanaan s.d. Tahun 2026",
  ]);
  s.gap();
  const rs: E80[] = [
    {
      id: "p2",
      kode: "2.19.02",
      nm: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      ind: "Persentase pemuda yang aktif dalam organisasi kepemudaan",
      sat: "%",
      tk: 24,
      k: [18.2, 19.6],
      level: true,
      prog: true,
    },
    {
      id: "k21",
      kode: "2.19.02.2.01",
      nm: "Pemberdayaan dan Pengembangan Pemuda Kewirausahaan",
      ind: "Jumlah pemuda yang mengikuti pelatihan kewirausahaan",
      sat: "orang",
      tk: 600,
      trp: 2_750_000_000,
      k: [118, 126],
      rp: [512_600_000, 548_950_000],
    },
    {
      id: "k22",
      kode: "2.19.02.2.02",
      nm: "Pemberdayaan dan Pengembangan Organisasi Kepemudaan",
      ind: "Jumlah organisasi kepemudaan yang dibina",
      sat: "organisasi",
      tk: 150,
      trp: 3_750_000_000,
      k: [28, 31],
      rp: [685_850_000, 715_350_000],
    },
    {
      id: "p3",
      kode: "2.19.03",
      nm: "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN",
      ind: "Jumlah medali kejuaraan tingkat provinsi dan nasional",
      sat: "medali",
      tk: 180,
      k: [31, 36],
      prog: true,
    },
    {
      id: "k31",
      kode: "2.19.03.2.01",
      nm: "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah cabang olahraga prestasi yang dibina",
      sat: "cabor",
      tk: 18,
      trp: 12_600_000_000,
      k: [14, 15],
      rp: [2_218_900_000, 2_402_650_000],
      level: true,
    },
    {
      id: "k32",
      // planted: the kegiatan code copied from the kepemudaan programme
      kode: "2.19.02.2.03",
      nm: "Pengembangan Olahraga Rekreasi",
      ind: "Jumlah event olahraga rekreasi yang diselenggarakan",
      sat: "event",
      tk: 40,
      trp: 8_400_000_000,
      k: [7, 9],
      rp: [1_483_500_000, 1_585_500_000],
    },
  ];
  const kids: Record<string, [string, string]> = { p2: ["k21", "k22"], p3: ["k31", "k32"] };
  const TA = "Target Akhir Renstra (2029)";
  const RL = "Realisasi Kinerja dan Anggaran Renstra";
  const SD = "Realisasi s.d. Tahun 2026";
  const TC = "Tingkat Capaian thd Target Akhir (%)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    y: number,
    pct = false,
  ): Col[] => [
    { key: `${key}K`, head: [...head, "K"], role: kRole, year: y, num, fmt: DEC, width: 9 },
    {
      key: `${key}Rp`,
      head: [...head, "Rp"],
      role: rpRole,
      year: y,
      num,
      fmt: pct ? DEC : RP,
      width: pct ? 9 : 16,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 13 },
    { key: "nm", head: ["Program / Kegiatan"], role: "lainnya", num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("ta", [TA], "6", "target", "anggaran", 2029),
    ...pair("r25", [RL, "Tahun 2025"], "7", "realisasi", "realisasi-anggaran", 2025),
    ...pair("r26", [RL, "Tahun 2026"], "8", "realisasi", "realisasi-anggaran", 2026),
    ...pair("sd", [SD], "9 = 7 + 8", "realisasi", "realisasi-anggaran", 2026),
    ...pair("tc", [TC], "10 = 9 / 6 x 100", "capaian", "capaian", 2026, true),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "11", width: 18 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    bold: x.prog,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        no: x.prog ? (x.id === "p2" ? 1 : 2) : `${x.id === "k21" || x.id === "k31" ? "a" : "b"}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        taK: x.tk,
        r25K: x.k[0],
        r26K: x.k[1],
        sdK: x.level ? fx(c.a("r26K")) : fx(`${c.a("r25K")}+${c.a("r26K")}`),
        tcK: fx(`ROUND(${c.a("sdK")}/${c.a("taK")}*100,2)`),
        // planted: the keolahragaan programme's Rp capaian over the 2026 realisasi only
        tcRp:
          x.id === "p3"
            ? fx(`ROUND(${c.a("r26Rp")}/${c.a("taRp")}*100,2)`)
            : fx(`ROUND(${c.a("sdRp")}/${c.a("taRp")}*100,2)`),
        sdRp: fx(`${c.a("r25Rp")}+${c.a("r26Rp")}`),
        pj: x.prog ? "Sekretariat / Bidang" : x.id.startsWith("k2") ? "Bidang Kepemudaan" : "Bidang Olahraga",
      };
      if (x.prog) {
        const [k1, k2] = kids[x.id];
        for (const k of ["taRp", "r25Rp", "r26Rp"]) out[k] = fx(`${c.a(k, k1)}+${c.a(k, k2)}`);
      } else {
        out.taRp = x.trp!;
        out.r25Rp = x.rp![0];
        out.r26Rp = x.rp![1];
      }
      void i;
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase dan jumlah cabor dibina bersifat posisi (realisasi s.d. 2026 = realisasi 2026);",
    "indikator jumlah peserta, organisasi, medali dan event dijumlahkan per tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Habema, 19 Januari 2027",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga,"],
    nama: "YULIANUS ELOPERE, S.Pd., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19790611 200502 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "k32") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengembangan Olahraga Rekreasi coded 2.19.02.2.03 (the kepemudaan programme) under programme 2.19.03",
    truth: a("kode", "p3"),
    actual: `PARENT(${a("kode", "k32")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tcRp", "p3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "keolahragaan programme Rp capaian over the 2026 realisasi only: 3,988,150,000 / 21,000,000,000 = 18.99; to date 7,690,550,000 / 21,000,000,000 = 36.62",
    truth: `ROUND(${a("sdRp", "p3")}/${a("taRp", "p3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "p2"),
    rules: ["sum-mismatch"],
    truth: a("r26K", "p2"),
    trap: `${a("r25K", "p2")}+${a("r26K", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k31"),
    rules: ["sum-mismatch"],
    truth: a("r26K", "k31"),
    trap: `${a("r25K", "k31")}+${a("r26K", "k31")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k21"),
    rules: ["sum-mismatch"],
    truth: `${a("r25K", "k21")}+${a("r26K", "k21")}`,
    trap: a("r26K", "k21"),
  });
  b.ok({
    sheet: S,
    cell: a("r25Rp", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("r25Rp", "k21")}+${a("r25Rp", "k22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tcK", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r26K", "p2")}/${a("taK", "p2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tcRp", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdRp", "p2")}/${a("taRp", "p2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k31"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p3"),
    actual: `PARENT(${a("kode", "k31")})`,
  });
  return b.finish();
}
