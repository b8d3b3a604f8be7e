// The Renja evaluation (E.81) of the Badan Kesbangpol Kabupaten Sungai Lemadang (Jambi) and the Renstra
// funding table (T-C.27) of the Badan Kesbangpol Kota Pelabuhan Ratna (Sulawesi Utara): pendidikan
// politik, partisipasi pemilih and bantuan keuangan partai politik. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

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
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Badan Kesbangpol Kabupaten Sungai Lemadang, s.d. Triwulan IV 2024, Renstra 2021-2026. */
export function e81Kesbangpol(): BookW {
  const b = new BookW(
    "evaluasi-e81-kesbangpol-sungai-lemadang-2024.xlsx",
    "E.81 Evaluasi Renja (Kesbangpol)",
    "E.81 s.d. Triwulan IV 2024; three header rows with 'Realisasi Kinerja pada Triwulan' over I-IV over K | Rp; no number row; a level row (% parpol LPJ banpol tepat waktu) above three flow sub kegiatan; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI LEMADANG",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "Jl. Lintas Timur KM 7 Muara Lemadang",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Badan Kesbangpol Kabupaten Sungai Lemadang",
    "Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "8.01.03.2.01.0001",
      ur: "Pelaksanaan Pendidikan Politik bagi Pemilih Pemula",
      ind: "Jumlah pemilih pemula yang mengikuti pendidikan politik",
      sat: "orang",
      level: false,
      k5: 4000,
      k6: 2100,
      k7: 800,
      q: [150, 250, 250, 200],
      r5: 1_450_000_000,
      r6: 812_400_000,
      r7: 310_000_000,
      rq: [42_150_000, 88_700_000, 96_300_000, 71_250_000],
    },
    {
      id: "s2",
      kode: "8.01.03.2.01.0002",
      ur: "Fasilitasi Sosialisasi Partisipasi Pemilih pada Pilkada Serentak",
      ind: "Jumlah kegiatan sosialisasi partisipasi pemilih",
      sat: "kegiatan",
      level: false,
      k5: 60,
      k6: 31,
      k7: 14,
      q: [2, 4, 6, 3],
      r5: 980_000_000,
      r6: 521_750_000,
      r7: 205_000_000,
      rq: [18_400_000, 52_900_000, 78_650_000, 44_120_000],
    },
    {
      id: "s3",
      kode: "8.01.03.2.01.0004",
      ur: "Penyaluran dan Verifikasi Bantuan Keuangan Partai Politik",
      ind: "Jumlah partai politik penerima banpol yang diverifikasi LPJ-nya",
      sat: "partai",
      level: false,
      k5: 55,
      k6: 33,
      k7: 11,
      q: [0, 0, 6, 5],
      r5: 6_200_000_000,
      r6: 3_695_400_000,
      r7: 1_180_000_000,
      rq: [0, 0, 702_860_000, 459_375_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "8.01.03.2.01",
    ur: "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Pendidikan Politik",
    ind: "Jumlah peserta pendidikan politik dan sosialisasi pemilu",
    sat: "orang",
    level: false,
    k5: 6000,
    k6: 3150,
    k7: 1200,
    q: [200, 350, 400, 300],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "8.01.03",
    ur: "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK",
    ind: "Persentase partai politik penerima bantuan keuangan yang menyampaikan LPJ tepat waktu",
    sat: "%",
    level: true,
    k5: 100,
    k6: 81.82,
    k7: 90.91,
    q: [18.18, 54.55, 81.82, 100],
  };
  const rows = [prog, keg, ...subs];
  // planted: (12) K of sub kegiatan .0002 typed 18; the quarters give 15 (13 and 14 follow the typed 18)
  const k12 = (e: E) => (e.id === "s2" ? 18 : e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const G3 = "Realisasi Kinerja pada Triwulan";
  const pr = (key: string, path: string[], role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [...path, "K"], role, year, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...path, "Rp"], role: rrole, year, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pr("5", ["Target Renstra Akhir Periode (2026)"], "target", "anggaran", 2026),
    ...pr("6", ["Realisasi Renstra s.d. Renja 2023"], "realisasi", "realisasi-anggaran", 2023),
    ...pr("7", ["Target Renja Tahun 2024"], "target", "anggaran", 2024),
    ...pr("8", [G3, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...pr("9", [G3, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...pr("10", [G3, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...pr("11", [G3, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...pr(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const q = ["8", "9", "10", "11"].map((n) => x.a(`r${n}`)).join("+");
      return {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        r5: e.r5,
        k6: e.k6,
        r6: e.r6,
        k7: e.k7,
        r7: e.r7,
        k8: e.q[0],
        r8: e.rq[0],
        k9: e.q[1],
        r9: e.rq[1],
        k10: e.q[2],
        r10: e.rq[2],
        k11: e.q[3],
        r11: e.rq[3],
        k12: k12(e),
        r12: fx(q),
        k13: k13(e),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: k14(e),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: e.level ? "Kepala Badan" : "Bidang Politik Dalam Negeri",
      };
    },
  }));
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const avgK = round(sum(rows.map(k14)) / rows.length);
  // planted: the Rp predikat one band off
  const wrongR = predikat(avgR) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: wrongR },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: penyaluran banpol Tahap I tertunda menunggu hasil pemeriksaan BPK atas LPJ 2023."]);
  s.gap();
  signature(s, 21, {
    tempat: "Muara Lemadang, 20 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN SUNGAI LEMADANG"],
    nama: "Drs. HASBULLAH NURDIN, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710318 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "(12) K of sub kegiatan 8.01.03.2.01.0002 typed 18 kegiatan; the four quarters 2+4+6+3 give 15",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp Rata-rata ${avgR} written "${wrongR}"; the band gives "${predikat(avgR)}"`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}+${a("r7", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  lok: string;
};

/** T-C.27 of the Badan Kesbangpol Kota Pelabuhan Ratna, Renstra 2025-2029, Rp in thousands. */
export function tc27Kesbangpol(): BookW {
  const b = new BookW(
    "renstra-tc27-kesbangpol-pelabuhan-ratna.xlsx",
    "T-C.27 Rencana program dan pendanaan (Kesbangpol)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; three header rows, 'Tahun ke-n (yyyy)' over Target | Rp; Lokasi column; no number row; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp as formulas",
  );
  const S = "T-C.27 Kesbangpol";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PELABUHAN RATNA", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Badan Kesbangpol Kota Pelabuhan Ratna 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "8.01.03.2.01.0001",
      ur: "Pendidikan Politik bagi Pemilih Pemula dan Pemilih Disabilitas",
      ind: "Jumlah pemilih pemula yang mendapat pendidikan politik",
      sat: "orang",
      level: false,
      awal: 540,
      k: [600, 650, 700, 750, 800],
      rp: [185_400, 194_700, 204_400, 214_600, 225_300],
      lok: "9 kecamatan",
    },
    {
      id: "s2",
      kode: "8.01.03.2.01.0003",
      ur: "Fasilitasi Bantuan Keuangan Partai Politik",
      ind: "Persentase partai politik penerima banpol yang LPJ-nya diverifikasi",
      sat: "%",
      level: true,
      awal: 88.89,
      k: [90, 92.5, 95, 97.5, 100],
      rp: [1_248_750, 1_248_750, 1_311_200, 1_311_200, 1_376_800],
      lok: "Kota",
    },
    {
      id: "s3",
      kode: "8.01.03.2.01.0005",
      ur: "Sosialisasi Partisipasi Pemilih dan Pengawasan Partisipatif",
      ind: "Jumlah kegiatan sosialisasi partisipasi pemilih",
      sat: "kegiatan",
      level: false,
      awal: 9,
      k: [12, 16, 10, 8, 12],
      rp: [96_000, 142_500, 88_300, 72_100, 105_600],
      lok: "9 kecamatan",
    },
  ];
  const rows: P[] = [
    {
      id: "p",
      kode: "8.01.03",
      ur: "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK",
      ind: "Tingkat partisipasi pemilih pada Pemilu dan Pilkada",
      sat: "%",
      level: true,
      awal: 71.4,
      k: [72, 73.5, 75, 76.5, 78],
      lok: "Kota",
    },
    {
      id: "g",
      kode: "8.01.03.2.01",
      ur: "Pemantapan Pelaksanaan Pendidikan Politik dan Fasilitasi Partai Politik",
      ind: "Jumlah lembaga dan organisasi yang difasilitasi pendidikan politik",
      sat: "lembaga",
      level: false,
      awal: 18,
      k: [20, 20, 22, 22, 24],
      lok: "Kota",
    },
    ...subs,
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, `Tahun ke-${i + 1} (${y})`, "Target"], role: "target", year: y, fmt: DEC },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 15,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  // planted: kondisi akhir Rp of .0003 typed 6,596,700; the five years give 6,496,700
  const AR_S2 = 6_596_700;
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((e) => ({
      id: e.id,
      bold: !e.rp,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          ak: e.level ? e.k[4] : sum(e.k),
          lok: e.lok,
          pj: "Bidang Politik Dalam Negeri dan Ormas",
        };
        Y.forEach((_, i) => {
          c[`k${i}`] = e.k[i];
          if (e.rp) c[`r${i}`] = e.rp[i];
          else if (e.id === "p") c[`r${i}`] = fx(x.a(`r${i}`, "g"));
          // planted: year 3 of the kegiatan sums one row short
          else c[`r${i}`] = fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, i === 2 ? "s2" : "s3")})`);
        });
        c.ar = e.id === "s2" ? AR_S2 : fx(Y.map((_, i) => x.a(`r${i}`)).join("+"));
        return c;
      },
    })),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Pelabuhan Ratna, 3 Maret 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik"],
    nama: "FRANSISKUS M. LUMENTUT, S.IP., M.AP",
    nip: "19760909 199803 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => Y.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 8.01.03.2.01.0003 typed 6,596,700; the five years give 6,496,700",
    truth: five("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 8.01.03.2.01 is SUM over .0001 and .0003 only (1,515,600); with .0005 it is 1,603,900",
    truth: `${a("r2", "s1")}+${a("r2", "s2")}+${a("r2", "s3")}`,
  });
  // traps: kondisi akhir of % rows is the year-5 target, not the sum of the five years
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: Y.map((_, i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((_, i) => a(`k${i}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("ar", id), rules: ["kondisi-akhir-mismatch"], truth: five(id) });
  }
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}+${a(`r${i}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "g"),
  });
  return b.finish();
}
