// The Dinas Kelautan dan Perikanan of two provinces: an E.81 evaluation of the Renja 2024 of the DKP
// Provinsi Sulawesi Tengah (program 3.25.02, coastal and small-island management; ordinal "(n-2)" /
// "(n-1)" headers resolved from the title, K | Rp pairs, a level whose year is its Triwulan IV value)
// and an LKjIP measurement table of the DKP Provinsi Kepulauan Riau (refleksi on the lower-is-better
// rows, predikat words). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81Sulteng(): BookW {
  const b = new BookW(
    "e81-renja-dkp-pesisir-ppk-sulteng-2024.xlsx",
    "E.81 evaluasi Renja DKP provinsi (2024)",
    "E.81 of the DKP Provinsi Sulawesi Tengah, program 3.25.02 Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil, year n-1 = 2024 from the title: (5) Target Renstra akhir | (6) s.d. Renja (n-2) | (7) Renja (n-1) | (8)-(11) Triwulan | (12) | (13) = 6 + 12 | (14) = 13/5 x 100, each 'Kinerja | Keuangan (Rp)'; number row merged over the pairs; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Tanjung Manimbaya No. 17 Palu",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI SULAWESI TENGAH",
    "Renja Dinas Kelautan dan Perikanan s.d. Triwulan IV Tahun 2024",
    "Periode pelaksanaan Renstra PD: 2021-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "3.25.02.2.01.0002",
      nm: "Penyusunan Rencana Pengelolaan dan Zonasi Kawasan Konservasi Perairan",
      ind: "Jumlah dokumen rencana pengelolaan dan zonasi kawasan konservasi",
      sat: "dokumen",
      level: false,
      k5: 10,
      rp5: 4_850_000_000,
      k6: 6,
      rp6: 2_910_000_000,
      k7: 2,
      rp7: 985_000_000,
      kq: [0, 0, 1, 1],
      rpq: [112_400_000, 236_800_000, 301_250_000, 318_900_000],
    },
    {
      id: "s2",
      kode: "3.25.02.2.01.0010",
      nm: "Rehabilitasi Wilayah Perairan Pesisir dan Pulau-Pulau Kecil",
      ind: "Luas ekosistem mangrove yang direhabilitasi",
      sat: "Ha",
      level: false,
      k5: 250,
      rp5: 6_400_000_000,
      k6: 148,
      rp6: 3_702_500_000,
      k7: 55,
      rp7: 1_420_000_000,
      kq: [0, 12.5, 21, 18],
      rpq: [84_600_000, 412_300_000, 508_750_000, 377_150_000],
    },
    {
      id: "s3",
      kode: "3.25.02.2.01.0018",
      nm: "Pemberdayaan Masyarakat Pesisir dan Pulau-Pulau Kecil",
      ind: "Persentase pulau kecil berpenduduk yang memiliki Pokmaswas aktif",
      sat: "%",
      level: true,
      k5: 75,
      rp5: 2_150_000_000,
      k6: 58.6,
      rp6: 1_254_000_000,
      k7: 64,
      rp7: 448_500_000,
      kq: [58.6, 60.2, 62.5, 65.3],
      rpq: [61_200_000, 118_400_000, 132_750_000, 127_900_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Keuangan (Rp)"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: [
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)",
        "Keuangan (Rp)",
      ],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 20 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const s2rp13 = subs[1].rp6 + sumN(subs[1].rpq);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Pengelolaan Ruang Laut",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s2's Rp (13) typed with two digits swapped (5,085,300,000 is right)
      out.rp13 = x.id === "s2" ? s2rp13 - 27_000_000 : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s1's K (14) divides the year's realisation by the Renja target (12 / 7)
      out.k14 =
        x.id === "s1"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const k14 = (x: Sub) =>
    round(((x.level ? (x.kq[3] as number) : x.k6 + sumN(x.kq as number[])) / x.k5) * 100);
  const avgShown = round(
    (round(((subs[0].kq as number[]).reduce((n, v) => n + v, 0) / subs[0].k7) * 100) +
      k14(subs[1]) +
      k14(subs[2])) /
      3,
  );
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      {
        id: "bid",
        bold: true,
        cells: { kode: "3.25", nm: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN" },
      },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "3.25.02",
            nm: "PROGRAM PENGELOLAAN KELAUTAN, PESISIR DAN PULAU-PULAU KECIL",
            ind: "Persentase kawasan konservasi perairan yang dikelola efektif",
            sat: "%",
            k5: 80,
            k6: 62.5,
            k7: 70,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 71.4,
            pj: "Dinas Kelautan dan Perikanan",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "3.25.02.2.01",
            nm: "Pengelolaan Ruang Laut sampai dengan 12 Mil di Luar Minyak dan Gas Bumi",
            ind: "Jumlah laporan pengelolaan ruang laut dan pulau-pulau kecil",
            sat: "laporan",
            k5: 5,
            k6: 3,
            k7: 1,
            kq1: 0,
            kq2: 0,
            kq3: 0,
            kq4: 1,
            pj: "Bidang Pengelolaan Ruang Laut",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgShown) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Pokmaswas dan pemerintah desa di Kepulauan Togean dan Banggai Laut.",
    "Faktor penghambat: cuaca ekstrem pada Triwulan I menunda penanaman mangrove.",
    "Tindak lanjut: penanaman dijadwalkan pada musim teduh (Triwulan II-III).",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Palu, 27 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "PROVINSI SULAWESI TENGAH,"],
    nama: "Dr. Ir. MOH. ARIFIN LAMADJIDO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710812 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp s.d. 2024 (13) of sub kegiatan 3.25.02.2.01.0010 is a typed 5,058,300,000 among 6 + 12 formulas; 3,702,500,000 + 1,382,800,000 give ${s2rp13.toLocaleString("en")}`,
    truth: `${a("rp6", "s2")}+${a("rp12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 3.25.02.2.01.0002 is =ROUND(12/7*100,2) = 100.00 (the Renja capaian); 13 / 5 = 8 / 10 gives 80.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // traps: the Pokmaswas rate is a level
  b.ok({
    sheet: S,
    cell: a("k12", "s3"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s3"),
    trap: qk.map((k) => a(k, "s3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s3"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s3"),
    trap: `${a("k6", "s3")}+${a("k12", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s2", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

function sumN(xs: number[]): number {
  return xs.reduce((n, v) => n + v, 0);
}

type Ind = {
  id: string;
  sas: string;
  nm: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
};

export function lkjipKepri(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dkp-kepri-2024.xlsx",
    "LKjIP pengukuran kinerja DKP provinsi (2024)",
    "LKjIP 2024 Tabel 3.1 of the DKP Provinsi Kepulauan Riau: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Realisasi 2023 | Target Akhir Renstra (2026) | Predikat; ROUND formulas, refleksi (2T - R) / T on the rows marked (-); Rata-rata row; predikat note below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN RIAU", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Dinas Kelautan dan Perikanan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kesejahteraan masyarakat pesisir dan pulau-pulau kecil";
  const S2 = "Terjaganya kelestarian sumber daya kelautan dan pesisir";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      nm: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      neg: false,
      t: 108,
      r: 110.42,
      r23: 107.15,
      akhir: 110,
    },
    {
      id: "i2",
      sas: S1,
      nm: "Persentase pulau kecil berpenduduk yang terlayani sarana air bersih dan listrik",
      sat: "%",
      neg: false,
      t: 45,
      r: 38.7,
      r23: 36.2,
      akhir: 55,
    },
    {
      id: "i3",
      sas: S2,
      nm: "Persentase luas kawasan konservasi perairan yang dikelola efektif",
      sat: "%",
      neg: false,
      t: 70,
      r: 66.5,
      r23: 63.8,
      akhir: 78,
    },
    {
      id: "i4",
      sas: S2,
      nm: "Persentase pelanggaran pemanfaatan ruang laut (-)",
      sat: "%",
      neg: true,
      t: 12,
      r: 9.6,
      r23: 13.4,
      akhir: 8,
    },
    {
      id: "i5",
      sas: S2,
      nm: "Jumlah kasus penangkapan ikan yang merusak (destructive fishing) (-)",
      sat: "kasus",
      neg: true,
      t: 18,
      r: 21,
      r23: 24,
      akhir: 10,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "pr", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.nm,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: i5 (marked (-)) computed with the positive formula R / T
          c:
            x.neg && x.id !== "i5"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          r23: x.r23,
          ak: x.akhir,
          // planted: i3's 95.00 is Sangat Baik on the note's scale
          pr: x.id === "i3" ? "Baik" : x.id === "i5" ? "Sangat Baik" : predikatBaik(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator bertanda (-) semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjungpinang, 14 Februari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "PROVINSI KEPULAUAN RIAU,"],
    nama: "Ir. RAJA AZMAN SYAHPUTRA, M.Si.",
    nip: "19730219 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the destructive fishing cases (marked (-), lower is better) is =ROUND(R/T*100,2) = 116.67; refleksi (2 x 18 - 21) / 18 gives 83.33, as the pelanggaran row and the note compute",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 95.00; the note's band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}
