// The E.81 evaluation of the Renja 2024 of the Dinas Pendidikan of a Sulawesi Utara kabupaten
// (PAUD and pendidikan kesetaraan, K | Rp per numbered column; rates are levels, peserta are flows)
// and a recap per kecamatan of a Jawa Barat kabupaten (SPM anak 5-6 tahun ikut PAUD, satuan PAUD
// terakreditasi, warga belajar Paket A / B / C). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  rp?: [number, number, number, number[]];
};

export function e81PaudBolaangTimur(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-paud-kesetaraan-disdik-bolaang-timur.xlsx",
    "E.81 evaluasi hasil Renja PD (Dinas Pendidikan, PAUD dan kesetaraan)",
    "E.81 of a Dinas Pendidikan in Sulawesi Utara, Renja 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; levels (APK PAUD, % anak 5-6 tahun ikut PAUD, % PKBM terakreditasi) take Triwulan IV; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BOLAANG TIMUR",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Trans Sulawesi No. 14, Tutuyan Raya",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Dinas Pendidikan dan Kebudayaan Kabupaten Bolaang Timur",
    "Renja Tahun 2024 - Periode Renstra 2022-2026",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "a",
      kode: "1.01.02.2.03.0009",
      nm: "Penyediaan Biaya Operasional Pendidikan Anak Usia Dini",
      ind: "Jumlah peserta didik PAUD penerima BOP",
      sat: "orang",
      level: false,
      k5: 24000,
      k6: 9420,
      k7: 4850,
      kq: [1210, 1220, 1205, 1230],
      rp: [
        12_000_000_000,
        4_612_500_000,
        2_425_000_000,
        [598_250_000, 606_500_000, 601_750_000, 596_400_000],
      ],
    },
    {
      id: "b",
      kode: "1.01.02.2.03.0015",
      nm: "Peningkatan Kapasitas Pendidik dan Tenaga Kependidikan PAUD",
      ind: "Jumlah guru PAUD yang ditingkatkan kapasitasnya",
      sat: "orang",
      level: false,
      k5: 600,
      k6: 235,
      k7: 120,
      kq: [0, 40, 45, 30],
      rp: [1_500_000_000, 562_300_000, 310_000_000, [18_500_000, 96_750_000, 112_400_000, 71_280_000]],
    },
    {
      id: "c",
      kode: "1.01.02.2.04.0009",
      nm: "Penyediaan Biaya Operasional Pendidikan Kesetaraan",
      ind: "Jumlah warga belajar Paket A/B/C penerima BOP",
      sat: "orang",
      level: false,
      k5: 4500,
      k6: 1780,
      k7: 920,
      kq: [225, 230, 228, 224],
      rp: [5_850_000_000, 2_255_600_000, 1_196_000_000, [287_400_000, 295_100_000, 292_650_000, 283_870_000]],
    },
  ];
  const keg1: Line = {
    id: "k1",
    kode: "1.01.02.2.03",
    nm: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
    ind: "Persentase anak usia 5-6 tahun yang mengikuti PAUD",
    sat: "%",
    level: true,
    k5: 95,
    k6: 86.4,
    k7: 89,
    kq: ["-", 87.1, "-", 88.75],
  };
  const keg2: Line = {
    id: "k2",
    kode: "1.01.02.2.04",
    nm: "Pengelolaan Pendidikan Nonformal / Kesetaraan",
    ind: "Persentase PKBM terakreditasi",
    sat: "%",
    level: true,
    k5: 80,
    k6: 62.5,
    k7: 68,
    kq: ["-", "-", 65.38, 69.23],
  };
  const prog: Line = {
    id: "p",
    kode: "1.01.02",
    nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Kasar (APK) PAUD",
    sat: "%",
    level: true,
    k5: 78,
    k6: 71.36,
    k7: 74,
    kq: ["-", "-", "-", 73.82],
  };
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q} 2024`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  // planted: sub b's Rp (12) typed 289,930,000 (digits swapped), the quarters give 298,930,000
  const typedB = 289_930_000;
  const row = (x: Line, no: string, sumOf?: string[]): Row => ({
    id: x.id,
    bold: x.id === "p",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bidang PAUD dan PNF",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rp) {
        out.rp5 = x.rp[0];
        out.rp6 = x.rp[1];
        out.rp7 = x.rp[2];
        qr.forEach((k, j) => (out[k] = x.rp![3][j]));
        out.rp12 = x.id === "b" ? typedB : fx(qr.map((k) => c.a(k)).join("+"));
        out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else for (const k of rpKeys) out[k] = fx(sumOf!.map((id) => c.a(k, id)).join("+"));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: sub c's K (14) divides by the Renja target (7) instead of the Renstra target (5)
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a(x.id === "c" ? "k7" : "k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: Line, wrong = false) => {
    const k13 = x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0);
    return round((k13 / (wrong ? x.k7 : x.k5)) * 100);
  };
  const rp14 = (x: Line) =>
    round(((x.rp![1] + (x.id === "b" ? typedB : x.rp![3].reduce((n, v) => n + v, 0))) / x.rp![0]) * 100);
  const avgK = round((k14(subs[0]) + k14(subs[1]) + k14(subs[2], true)) / 3);
  const avgRp = round(subs.reduce((n, x) => n + rp14(x), 0) / 3);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "u",
        bold: true,
        cells: { kode: "1", nm: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bd", bold: true, cells: { kode: "1.01", nm: "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN" } },
      row(prog, "1", ["k1", "k2"]),
      row(keg1, "1.1", ["a", "b"]),
      row(subs[0], "1.1.1"),
      row(subs[1], "1.1.2"),
      row(keg2, "1.2", ["c"]),
      row(subs[2], "1.2.1"),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "a")},${c.a("k14", "b")},${c.a("k14", "c")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "a")},${c.a("rp14", "b")},${c.a("rp14", "c")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BOP PAUD dan kesetaraan dari APBN serta peran Himpaudi kecamatan.",
    "Faktor penghambat: sebaran satuan PAUD di desa kepulauan dan keterbatasan asesor BAN PAUD dan PNF.",
    "Tindak lanjut: pendampingan akreditasi PKBM dan beasiswa S1 PG-PAUD bagi guru PAUD.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tutuyan Raya, 24 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan", "Kabupaten Bolaang Timur,"],
    nama: "Dra. MEIVA J. PONTOH, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700512 199403 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "b") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.01.02.2.03.0015 is a typed 289,930,000 among formulas; Triwulan I-IV (18,500,000 + 96,750,000 + 112,400,000 + 71,280,000) give 298,930,000 (digits swapped)",
    truth: qr.map((k) => a(k, "b")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 1.01.02.2.04.0009 is =ROUND(13/7*100,2) = 292.07, against the Renja target 920; 14 = 13 / 5 x 100 gives 2,687 / 4,500 = 59.71 as in every other row",
    truth: `ROUND(${a("k13", "c")}/${a("k5", "c")}*100,2)`,
  });
  for (const id of ["p", "k1", "k2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "p" ? undefined : `${a(id === "k1" ? "kq2" : "kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["a", "b"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["a", "c"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr]) {
    b.ok({ sheet: S, cell: a(k, "k1"), rules: ["sum-mismatch"], truth: `${a(k, "a")}+${a(k, "b")}` });
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k1")}+${a(k, "k2")}`,
      trap: `SUM(${a(k, "k1")}:${a(k, "c")})`,
    });
  }
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "c" ? "k2" : "k1"),
    });
  return b.finish();
}

// ================================ Kabupaten Cibeureum Girang (Jawa Barat): recap per kecamatan 2024

type Kec = {
  nm: string;
  anak: number;
  ikut: number;
  sat: number;
  akr: number;
  pa: number;
  pb: number;
  pc: number;
};

export function rekapPaudCibeureum(): BookW {
  const b = new BookW(
    "rekap-spm-paud-pkbm-per-kecamatan-cibeureum-girang.xlsx",
    "rekap sektor: SPM PAUD, akreditasi dan kesetaraan per kecamatan",
    "recap 2024 of a Dinas Pendidikan in Jawa Barat: No | Kecamatan | 'Anak Usia 5-6 Tahun' > Jumlah | Mengikuti PAUD | % | 'Satuan PAUD' > Jumlah | Terakreditasi | % | 'Warga Belajar Pendidikan Kesetaraan' > Paket A | Paket B | Paket C | Jumlah; number row '(5) = (4) / (3) x 100', '(12) = (9)+(10)+(11)'; JUMLAH row with ratios of the totals",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBEUREUM GIRANG",
    "DINAS PENDIDIKAN",
    "Bidang Pembinaan PAUD dan Pendidikan Nonformal",
  ]);
  s.lines([
    "REKAPITULASI CAPAIAN SPM PAUD, AKREDITASI SATUAN PAUD DAN PESERTA PENDIDIKAN KESETARAAN",
    "PER KECAMATAN TAHUN 2024 (KEADAAN 31 DESEMBER 2024)",
  ]);
  s.gap();
  const ks: Kec[] = [
    { nm: "Cibeureum Girang", anak: 1842, ikut: 1715, sat: 46, akr: 34, pa: 38, pb: 112, pc: 265 },
    { nm: "Sukamanah", anak: 1326, ikut: 1362, sat: 31, akr: 19, pa: 22, pb: 87, pc: 194 },
    { nm: "Pasirjambu Hilir", anak: 1108, ikut: 972, sat: 27, akr: 15, pa: 41, pb: 96, pc: 158 },
    { nm: "Cikadu Wetan", anak: 964, ikut: 889, sat: 22, akr: 14, pa: 17, pb: 64, pc: 131 },
    { nm: "Margaluyu", anak: 1517, ikut: 1398, sat: 38, akr: 27, pa: 26, pb: 103, pc: 227 },
    { nm: "Sindangkerta Kidul", anak: 823, ikut: 731, sat: 19, akr: 9, pa: 35, pb: 72, pc: 119 },
    { nm: "Cijambe", anak: 1275, ikut: 1160, sat: 29, akr: 21, pa: 19, pb: 81, pc: 176 },
    { nm: "Karangsari", anak: 1046, ikut: 948, sat: 24, akr: 16, pa: 28, pb: 69, pc: 143 },
  ];
  const G1 = "Anak Usia 5-6 Tahun";
  const G2 = "Satuan PAUD (TK, KB, TPA, SPS)";
  const G3 = "Warga Belajar Pendidikan Kesetaraan";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "anak", head: [G1, "Jumlah (jiwa)"], role: "lainnya", num: "(3)", fmt: INT, width: 11 },
      {
        key: "ikut",
        head: [G1, "Mengikuti PAUD"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
        width: 11,
      },
      {
        key: "pik",
        head: [G1, "% (SPM)"],
        role: "realisasi",
        year: 2024,
        num: "(5) = (4) / (3) x 100",
        fmt: DEC,
        width: 10,
      },
      { key: "sat", head: [G2, "Jumlah"], role: "lainnya", num: "(6)", width: 9 },
      { key: "akr", head: [G2, "Terakreditasi"], role: "realisasi", year: 2024, num: "(7)", width: 11 },
      {
        key: "pak",
        head: [G2, "%"],
        role: "realisasi",
        year: 2024,
        num: "(8) = (7) / (6) x 100",
        fmt: DEC,
        width: 10,
      },
      { key: "pa", head: [G3, "Paket A"], role: "realisasi", year: 2024, num: "(9)", width: 9 },
      { key: "pb", head: [G3, "Paket B"], role: "realisasi", year: 2024, num: "(10)", width: 9 },
      { key: "pc", head: [G3, "Paket C"], role: "realisasi", year: 2024, num: "(11)", width: 9 },
      {
        key: "pj",
        head: [G3, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(12) = (9)+(10)+(11)",
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ks.map((k, i): Row => ({
        id: `k${i}`,
        cells: (c) => ({
          no: i + 1,
          kec: k.nm,
          anak: k.anak,
          ikut: k.ikut,
          pik: fx(`ROUND(${c.a("ikut")}/${c.a("anak")}*100,2)`),
          sat: k.sat,
          akr: k.akr,
          pak: fx(`ROUND(${c.a("akr")}/${c.a("sat")}*100,2)`),
          pa: k.pa,
          pb: k.pb,
          pc: k.pc,
          pj: fx(`${c.a("pa")}+${c.a("pb")}+${c.a("pc")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["anak", "ikut", "sat", "akr", "pa", "pb"])
            out[k] = fx(`SUM(${c.a(k, "k0")}:${c.a(k, "k7")})`);
          // planted: the Paket C total stops one kecamatan short
          out.pc = fx(`SUM(${c.a("pc", "k0")}:${c.a("pc", "k6")})`);
          out.pj = fx(`${c.a("pa")}+${c.a("pb")}+${c.a("pc")}`);
          out.pik = fx(`ROUND(${c.a("ikut")}/${c.a("anak")}*100,2)`);
          out.pak = fx(`ROUND(${c.a("akr")}/${c.a("sat")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Dapodik PAUD Dikmas semester ganjil 2024/2025 dan data BPS (proyeksi penduduk usia 5-6 tahun).",
    "Catatan: SPM pendidikan PAUD = anak usia 5-6 tahun yang mengikuti PAUD / jumlah anak usia 5-6 tahun x 100%.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Cibeureum, 17 Januari 2025",
    jabatan: ["Kepala Bidang Pembinaan PAUD dan PNF,"],
    nama: "IIS SITI ROHMAH, S.Pd., M.M.Pd.",
    pangkat: "Pembina (IV/a)",
    nip: "19780916 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pik", "k1") },
        { sheet: S, cell: a("ikut", "k1") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Sukamanah: 1,362 anak mengikuti PAUD out of 1,326 anak usia 5-6 tahun, so the SPM % is 102.71; the Dapodik count is 1,236 (digits swapped), 93.21 %",
    truth: `ROUND(1236/${a("anak", "k1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Paket C is =SUM over the first seven kecamatan (1,270); with Karangsari's 143 the eight give 1,413",
    truth: ks.map((_, i) => a("pc", `k${i}`)).join("+"),
  });
  for (const k of ["anak", "ikut", "sat", "akr", "pa", "pb"])
    if (k !== "ikut")
      b.ok({
        sheet: S,
        cell: a(k, "tot"),
        rules: ["sum-mismatch"],
        truth: ks.map((_, i) => a(k, `k${i}`)).join("+"),
      });
  b.ok({
    sheet: S,
    cell: a("pak", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("akr", "tot")}/${a("sat", "tot")}*100,2)`,
    // the total's % is the ratio of the totals, not the mean of the kecamatan percentages
    trap: `AVERAGE(${a("pak", "k0")}:${a("pak", "k7")})`,
  });
  ks.forEach((_, i) => {
    const id = `k${i}`;
    if (i !== 1)
      b.ok({
        sheet: S,
        cell: a("pik", id),
        rules: ["percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${a("ikut", id)}/${a("anak", id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("pj", id),
      rules: ["sum-mismatch"],
      truth: `${a("pa", id)}+${a("pb", id)}+${a("pc", id)}`,
    });
  });
  return b.finish();
}
