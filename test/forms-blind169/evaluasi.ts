// The E.81 evaluation of the Renja 2024 of a Bagian Kesra in Nusa Tenggara Barat (MTQ / STQ peserta,
// insentif guru ngaji and marbot) and the per-kecamatan incentive recap of the same kabupaten.
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ======================================== E.81, Bagian Kesra Setda Kabupaten Lombok Selaparang, 2024

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rq?: number[];
};

const PAIRS: Array<[string, string[], string | number]> = [
  ["5", ["Target Renstra PD pada Akhir Periode Renstra"], 5],
  ["6", ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"], 6],
  ["7", ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"], 7],
  ["q1", ["Realisasi Kinerja pada Triwulan", "I"], 8],
  ["q2", ["Realisasi Kinerja pada Triwulan", "II"], 9],
  ["q3", ["Realisasi Kinerja pada Triwulan", "III"], 10],
  ["q4", ["Realisasi Kinerja pada Triwulan", "IV"], 11],
  ["12", ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"], "12 = 8+9+10+11"],
  ["13", ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"], "13 = 6 + 12"],
  [
    "14",
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
    "14 = 13/5 x 100%",
  ],
];

export function e81KesraNtb(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-kesra-lombok-selaparang-2024.xlsx",
    "E.81 Evaluasi hasil Renja (Bagian Kesra)",
    "E.81 s.d. Triwulan IV 2024 of a Bagian Kesra in NTB: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K / Rp pairs for (5) .. (14) with ordinal (n-2) / (n-1) headers, Triwulan I-IV under one group; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; formulas; the % rows (levels) take Triwulan IV",
  );
  const S = "E.81 Kesra";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LOMBOK SELAPARANG",
    "SEKRETARIAT DAERAH - BAGIAN KESEJAHTERAAN RAKYAT",
    "Jl. Pahlawan No. 17 Selong Baru, Nusa Tenggara Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LOMBOK SELAPARANG",
    "Renja Bagian Kesejahteraan Rakyat Setda, periode pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra Setda Tahun 2021-2026",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "4.01.02",
      ur: "Program Pemerintahan dan Kesejahteraan Rakyat",
      ind: "Persentase lembaga keagamaan penerima hibah yang tertib LPJ",
      sat: "%",
      level: true,
      k5: 95,
      k6: 78.6,
      k7: 85,
      kq: [0, 0, 81.2, 86.4],
    },
    {
      id: "k",
      kode: "4.01.02.2.02",
      ur: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
      ind: "Jumlah dokumen pelaksanaan kebijakan kesejahteraan rakyat",
      sat: "dokumen",
      level: false,
      k5: 25,
      k6: 14,
      k7: 5,
      kq: [1, 1, 1, 2],
    },
    {
      id: "s1",
      kode: "4.01.02.2.02.0001",
      ur: "Fasilitasi Pengembangan Keagamaan (MTQ / STQ tingkat kabupaten)",
      ind: "Jumlah peserta MTQ / STQ yang difasilitasi",
      sat: "orang",
      level: false,
      k5: 2500,
      k6: 1480,
      k7: 520,
      kq: [0, 0, 412, 96],
      rp5: 4_750_000_000,
      rp6: 2_810_500_000,
      rp7: 985_000_000,
      rq: [45_250_000, 118_700_000, 612_450_000, 176_900_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.02.0002",
      ur: "Pemberian Insentif Guru Ngaji dan Marbot Masjid",
      ind: "Persentase guru ngaji dan marbot terdata yang menerima insentif",
      sat: "%",
      level: true,
      k5: 100,
      k6: 88.4,
      k7: 95,
      kq: [0, 47.5, 71.3, 93.8],
      rp5: 22_500_000_000,
      rp6: 13_050_000_000,
      rp7: 4_860_000_000,
      rq: [0, 2_340_000_000, 1_170_000_000, 1_215_000_000],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
  ];
  const roleOf: Record<string, [string, string, number?]> = {
    "5": ["target", "anggaran"],
    "6": ["realisasi", "realisasi-anggaran", 2023],
    "7": ["target", "anggaran", 2024],
    q1: ["realisasi", "realisasi-anggaran", 2024],
    q2: ["realisasi", "realisasi-anggaran", 2024],
    q3: ["realisasi", "realisasi-anggaran", 2024],
    q4: ["realisasi", "realisasi-anggaran", 2024],
    "12": ["realisasi", "realisasi-anggaran", 2024],
    "13": ["realisasi", "realisasi-anggaran", 2024],
    "14": ["capaian", "capaian"],
  };
  for (const [k, head, num] of PAIRS) {
    const [rk, rr, y] = roleOf[k];
    const isPct = k === "14";
    cols.push({
      key: `k${k}`,
      head: [...head, "K"],
      role: rk as Col["role"],
      year: y,
      num,
      fmt: isPct ? DEC : "#,##0.##",
      width: 8,
    });
    cols.push({
      key: `r${k}`,
      head: [...head, "Rp"],
      role: rr as Col["role"],
      year: y,
      num,
      fmt: isPct ? DEC : RP,
      width: 15,
    });
  }
  cols.push({
    key: "unit",
    head: ["Unit PD Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 15,
    width: 16,
  });
  // the number row merges equal labels: satuan shares "4" with the indikator
  const Q = ["q1", "q2", "q3", "q4"];
  const subs = ["s1", "s2"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((e, i): Row => ({
      id: e.id,
      cells: (x: Ctx) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          no: i + 1,
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          k5: e.k5,
          k6: e.k6,
          k7: e.k7,
          unit: "Bagian Kesra",
        };
        Q.forEach((q, j) => (out[`k${q}`] = e.kq[j]));
        out.k12 = e.level ? fx(x.a("kq4")) : fx(Q.map((q) => x.a(`k${q}`)).join("+"));
        out.k13 = e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
        // planted: column 14 K of the MTQ peserta is the Renja capaian 12/7
        out.k14 =
          e.id === "s1"
            ? fx(`ROUND(${x.a("k12")}/${x.a("k7")}*100,2)`)
            : fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
        for (const k of ["5", "6", "7", ...Q]) {
          if (e.rq) {
            const v = k.startsWith("q")
              ? e.rq[Number(k[1]) - 1]
              : (e as unknown as Record<string, number>)[`rp${k}`];
            out[`r${k}`] = v;
          } else {
            const from = e.id === "p" ? ["k"] : subs;
            out[`r${k}`] = fx(from.map((id) => x.a(`r${k}`, id)).join("+"));
          }
        }
        if (e.rq) {
          // planted: the Rp (12) of the insentif is typed (4,275,000,000; the quarters give 4,725,000,000)
          out.r12 = e.id === "s2" ? 4_275_000_000 : fx(Q.map((q) => x.a(`r${q}`)).join("+"));
          out.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
        } else {
          const from = e.id === "p" ? ["k"] : subs;
          out.r12 = fx(from.map((id) => x.a("r12", id)).join("+"));
          out.r13 = fx(from.map((id) => x.a("r13", id)).join("+"));
        }
        out.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan LPTQ dan Kantor Kementerian Agama dalam seleksi kafilah.",
    "Faktor penghambat: verifikasi data guru ngaji dan marbot dari desa terlambat (Triwulan I nihil).",
    "Tindak lanjut: pemutakhiran data penerima insentif melalui aplikasi SIMAS Kesra.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Selong Baru, 20 Januari 2025",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT", "SETDA KABUPATEN LOMBOK SELAPARANG,"],
    nama: "H. LALU MUHAMMAD ZAINUDDIN, S.Ag., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19760812 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of sub kegiatan 4.01.02.2.02.0002 is a typed 4,275,000,000 among 8+9+10+11 formulas; the quarters give 4,725,000,000 (digits swapped)",
    truth: Q.map((q) => a(`r${q}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "column 14 K of the MTQ peserta is =ROUND(12/7*100,2) = 97.69 (the Renja capaian); 13/5 x 100 = 1,988 / 2,500 gives 79.52",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: (12) K is the Triwulan IV level, (13) K the latest level
  for (const id of ["p", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: Q.map((q) => a(`k${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["k", "s1"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: Q.map((q) => a(`k${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "k"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "k")}/${a("k5", "k")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r12", "s1"),
    rules: ["sum-mismatch"],
    truth: Q.map((q) => a(`r${q}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
  });
  for (const k of ["5", "6", "7", "q2"])
    b.ok({
      sheet: S,
      cell: a(`r${k}`, "k"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${k}`, "s1")}+${a(`r${k}`, "s2")}`,
    });
  return b.finish();
}

// =================================== Rekap insentif guru ngaji dan marbot per kecamatan, Lombok Selaparang

type Kec = { id: string; nama: string; gt: number; gp: number; mt: number; mp: number };

export function rekapInsentifNtb(): BookW {
  const b = new BookW(
    "rekap-insentif-guru-ngaji-marbot-kecamatan-lombok-selaparang.xlsx",
    "Rekap insentif per kecamatan (Bagian Kesra)",
    "Rekap penerima insentif guru ngaji dan marbot 2024 per kecamatan, NTB: No | Kecamatan | 'Guru Ngaji / TPQ' > Terdata | Penerima | Cakupan (%) | 'Marbot Masjid' > Terdata | Penerima | Cakupan (%) | Jumlah Penerima | Nilai Insentif (Rp); number row (1) .. '(9) = (4) + (7)', '(10) = (4) x 1.200.000 + (7) x 1.500.000'; ROUND formulas; JUMLAH row with the ratio of the totals",
  );
  const S = "Rekap Insentif";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LOMBOK SELAPARANG",
    "SEKRETARIAT DAERAH",
    "BAGIAN KESEJAHTERAAN RAKYAT",
  ]);
  s.lines([
    "REKAPITULASI PENERIMA INSENTIF GURU NGAJI DAN MARBOT MASJID",
    "PER KECAMATAN TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Selong Baru", gt: 412, gp: 398, mt: 156, mp: 151 },
    { id: "k2", nama: "Masbagik Timur", gt: 537, gp: 511, mt: 203, mp: 197 },
    { id: "k3", nama: "Aikmel Utara", gt: 366, gp: 349, mt: 124, mp: 211 },
    { id: "k4", nama: "Sembalun Lawang", gt: 184, gp: 171, mt: 62, mp: 58 },
    { id: "k5", nama: "Pringgabaya Raya", gt: 461, gp: 420, mt: 177, mp: 169 },
    { id: "k6", nama: "Keruak Selatan", gt: 298, gp: 298, mt: 109, mp: 104 },
  ];
  const G = "Guru Ngaji / TPQ";
  const M = "Marbot Masjid";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "gt", head: [G, "Terdata (org)"], role: "target", year: 2024, num: "(3)", fmt: INT, width: 10 },
    {
      key: "gp",
      head: [G, "Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 10,
    },
    {
      key: "gc",
      head: [G, "Cakupan (%)"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "mt", head: [M, "Terdata (org)"], role: "target", year: 2024, num: "(6)", fmt: INT, width: 10 },
    {
      key: "mp",
      head: [M, "Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 10,
    },
    {
      key: "mc",
      head: [M, "Cakupan (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "jp",
      head: ["Jumlah Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(9) = (4) + (7)",
      fmt: INT,
      width: 11,
    },
    {
      key: "nil",
      head: ["Nilai Insentif (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(10)",
      fmt: RP,
      width: 17,
    },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          gt: k.gt,
          gp: k.gp,
          // planted: a typed cakupan for Pringgabaya Raya
          gc: k.id === "k5" ? 96.15 : fx(`ROUND(${x.a("gp")}/${x.a("gt")}*100,2)`),
          mt: k.mt,
          mp: k.mp,
          mc: fx(`ROUND(${x.a("mp")}/${x.a("mt")}*100,2)`),
          jp: fx(`${x.a("gp")}+${x.a("mp")}`),
          nil: fx(`${x.a("gp")}*1200000+${x.a("mp")}*1500000`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          gt: fx(sumCol("gt", x)),
          gp: fx(sumCol("gp", x)),
          gc: fx(`ROUND(${x.a("gp")}/${x.a("gt")}*100,2)`),
          mt: fx(sumCol("mt", x)),
          mp: fx(sumCol("mp", x)),
          mc: fx(`ROUND(${x.a("mp")}/${x.a("mt")}*100,2)`),
          jp: fx(sumCol("jp", x)),
          nil: fx(sumCol("nil", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Insentif guru ngaji Rp 100.000/orang/bulan dan marbot Rp 125.000/orang/bulan selama 12 bulan.",
    "2. Cakupan baris JUMLAH dihitung dari jumlah penerima dibagi jumlah terdata.",
    "3. Data terdata berdasarkan verifikasi Kantor Urusan Agama dan pemerintah desa per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Selong Baru, 8 Januari 2025",
    jabatan: ["Kepala Bagian Kesejahteraan Rakyat,"],
    nama: "H. LALU MUHAMMAD ZAINUDDIN, S.Ag., M.M.",
    nip: "19760812 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("mc", "k3") },
        { sheet: S, cell: a("mp", "k3") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Aikmel Utara: 211 marbot penerima typed against 124 terdata (112 in the SP2D list, digits turned round), so the cakupan is 170.16 %; 112 / 124 gives 90.32",
    truth: `ROUND(112/${a("mt", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("gc", "k5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "cakupan guru ngaji of Pringgabaya Raya is a typed 96.15 among ROUND formulas; 420 / 461 gives 91.11",
    truth: `ROUND(${a("gp", "k5")}/${a("gt", "k5")}*100,2)`,
  });
  for (const k of K.filter((k) => k.id !== "k5"))
    b.ok({
      sheet: S,
      cell: a("gc", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("gp", k.id)}/${a("gt", k.id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "k6"]) {
    b.ok({ sheet: S, cell: a("jp", id), rules: ["sum-mismatch"], truth: `${a("gp", id)}+${a("mp", id)}` });
    b.ok({
      sheet: S,
      cell: a("mc", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("mp", id)}/${a("mt", id)}*100,2)`,
    });
  }
  for (const k of ["gt", "gp", "mt"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  // the JUMLAH cakupan is the ratio of the totals, not the kecamatan percentages added or averaged
  b.ok({
    sheet: S,
    cell: a("gc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("gp", "k1")}:${a("gp", "k6")})/SUM(${a("gt", "k1")}:${a("gt", "k6")})*100,2)`,
    trap: `AVERAGE(${a("gc", "k1")}:${a("gc", "k4")},${a("gc", "k6")},${a("gp", "k5")}/${a("gt", "k5")}*100)`,
  });
  return b.finish();
}
