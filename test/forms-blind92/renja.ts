// Plan tables of a BKPSDM: a Renja 2026 T-C.30-like table of a Kalimantan Timur kota (kode, program /
// kegiatan / sub kegiatan, indikator, target, pagu indikatif in thousands, lokasi, sumber dana,
// prakiraan maju 2027), and an E.81-like evaluation of the Renja 2025 of a Sulawesi Tenggara
// kabupaten with K | Rp pairs and quarters (the Indeks Profesionalitas ASN and the 20 JP share are
// levels: the year takes Triwulan IV, s.d. takes the latest level). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  t: string | number;
  rp?: number;
  t27: string | number;
  rp27?: number;
  kids?: string[];
};

export function renjaTc30Kaltim(): BookW {
  const b = new BookW(
    "renja-2026-tc30-bkpsdm-kota-mahakam-ilir.xlsx",
    "Renja T-C.30-like rencana program dan kegiatan (BKPSDM)",
    "Renja BKPSDM 2026 (dalam ribuan rupiah): Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2026' > Lokasi | Target Capaian Kinerja | Pagu Indikatif | Sumber Dana | 'Catatan Penting' | 'Prakiraan Maju Rencana Tahun 2027' > Target Capaian Kinerja | Kebutuhan Dana; number row 1 .. 9; program = its kegiatan, kegiatan = its sub kegiatan (formulas)",
  );
  const S = "T-C.30 Renja 2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MAHAKAM ILIR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "Tabel 4.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026",
    "dan Prakiraan Maju Tahun 2027",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "p",
      kode: "5.03.02",
      nama: "PROGRAM KEPEGAWAIAN DAERAH",
      ind: "Indeks Profesionalitas ASN (indeks)",
      t: 79,
      t27: 81,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "5.03.02.2.02",
      nama: "Mutasi dan Promosi ASN",
      ind: "Persentase layanan mutasi dan kenaikan pangkat tepat waktu (%)",
      t: 95,
      t27: 96,
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "5.03.02.2.02.0001",
      nama: "Pengelolaan Kenaikan Pangkat ASN",
      ind: "Jumlah dokumen kenaikan pangkat ASN (dokumen)",
      t: 1_240,
      rp: 412_850,
      t27: 1_300,
      rp27: 433_500,
    },
    {
      id: "s12",
      kode: "5.03.02.2.02.0002",
      nama: "Pengelolaan Mutasi ASN",
      ind: "Jumlah dokumen mutasi ASN (dokumen)",
      t: 380,
      rp: 186_200,
      t27: 400,
      rp27: 195_500,
    },
    {
      id: "k2",
      kode: "5.03.02.2.05",
      nama: "Pengembangan Kompetensi ASN",
      ind: "Persentase ASN yang memenuhi 20 JP (%)",
      t: 82,
      t27: 85,
      kids: ["s21", "s22", "s23"],
    },
    {
      id: "s21",
      kode: "5.03.02.2.05.0001",
      nama: "Penyelenggaraan Pelatihan Kepemimpinan Nasional",
      ind: "Jumlah ASN peserta pelatihan kepemimpinan (orang)",
      t: 120,
      rp: 1_486_300,
      t27: 140,
      rp27: 1_634_900,
    },
    {
      id: "s22",
      kode: "5.03.02.2.04.0003",
      nama: "Pengembangan Kompetensi Teknis dan Fungsional",
      ind: "Jumlah ASN peserta pelatihan teknis (orang)",
      t: 860,
      rp: 972_640,
      t27: 900,
      rp27: 1_018_000,
    },
    {
      id: "s23",
      kode: "5.03.02.2.05.0004",
      nama: "Uji Kompetensi Jabatan",
      ind: "Jumlah ASN yang diuji kompetensinya (orang)",
      t: 240,
      rp: 318_750,
      t27: 260,
      rp27: 345_300,
    },
  ];
  const RT = "Rencana Tahun 2026";
  const PM = "Prakiraan Maju Rencana Tahun 2027";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "lok", head: [RT, "Lokasi"], role: "lokasi", num: 4, width: 14 },
    { key: "t", head: [RT, "Target Capaian Kinerja"], role: "target", year: 2026, num: 5, fmt: DEC },
    { key: "rp", head: [RT, "Pagu Indikatif"], role: "anggaran", year: 2026, num: 6, fmt: RP, width: 14 },
    { key: "sd", head: [RT, "Sumber Dana"], role: "lainnya", num: 7, width: 10 },
    { key: "t27", head: [PM, "Target Capaian Kinerja"], role: "target", year: 2027, num: 8, fmt: DEC },
    { key: "rp27", head: [PM, "Kebutuhan Dana"], role: "anggaran", year: 2027, num: 9, fmt: RP, width: 14 },
  ];
  const rows: Row[] = L.map((l) => ({
    id: l.id,
    bold: !!l.kids,
    cells: (x: Ctx) => {
      const kidSum = (k: string) => l.kids!.map((id) => x.a(k, id)).join("+");
      return {
        kode: l.kode,
        nama: l.nama,
        ind: l.ind,
        lok: "Kota Mahakam Ilir",
        t: l.t,
        rp: l.kids ? fx(kidSum("rp")) : l.rp,
        sd: "DAU",
        // planted: the prakiraan maju of kegiatan 5.03.02.2.02 typed 692,000 (433,500 + 195,500 = 629,000)
        t27: l.t27,
        rp27: l.id === "k1" ? 692_000 : l.kids ? fx(kidSum("rp27")) : l.rp27,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: sumber dana DAU = Dana Alokasi Umum; pagu indikatif sesuai surat edaran Wali Kota tentang pagu indikatif 2026.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Mahakam Ilir, 2 Juni 2025",
    jabatan: ["KEPALA BKPSDM KOTA MAHAKAM ILIR,"],
    nama: "Ir. H. SYAHRANI EFENDI, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740302 200003 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengembangan Kompetensi Teknis dan Fungsional is coded 5.03.02.2.04.0003 under kegiatan 5.03.02.2.05",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp27", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "prakiraan maju 2027 of kegiatan 5.03.02.2.02 is a typed 692,000 among formulas; its sub kegiatan 433,500 + 195,500 give 629,000",
    truth: `${a("rp27", "s11")}+${a("rp27", "s12")}`,
  });
  // trap: the program adds its two kegiatan only, not every row under it
  b.ok({
    sheet: S,
    cell: a("rp", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "s11")}+${a("rp", "s12")}+${a("rp", "s21")}+${a("rp", "s22")}+${a("rp", "s23")}`,
    trap: `SUM(${a("rp", "k1")}:${a("rp", "s23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "s11")}:${a("rp", "s12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "s21")}:${a("rp", "s23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp27", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp27", "s21")}:${a("rp27", "s23")})`,
  });
  for (const id of ["s11", "s12", "s21", "s23"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id === "s11" || id === "s12" ? "k1" : "k2"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", "p"),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

type Ev = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  q: Array<[number, number]>;
  kids?: string[];
};

export function e81BkpsdmSultra(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-2025-bkpsdm-konawe-tirta.xlsx",
    "E.81-like evaluasi hasil Renja (BKPSDM)",
    "Evaluasi terhadap hasil Renja BKPSDM s.d. Triwulan IV Tahun 2025 of a Sulawesi Tenggara kabupaten, Renstra 2022-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) Target Renstra akhir 2026, (6) Realisasi s.d. 2024, (7) Target Renja 2025, (8)-(11) Triwulan I-IV, (12) Realisasi 2025, (13) Realisasi Renstra s.d. 2025, (14) Tingkat capaian Renstra (%); number row merged over the pairs; levels take Triwulan IV; Rata-rata row",
  );
  const S = "E.81 BKPSDM 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KONAWE TIRTA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KONAWE TIRTA",
    "RENJA BKPSDM KABUPATEN KONAWE TIRTA PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2025",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Renstra BKPSDM 2022-2026",
  ]);
  s.gap();
  const E: Ev[] = [
    {
      id: "p",
      kode: "5.03.02",
      nama: "Program Kepegawaian Daerah",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      level: true,
      t5: [75, 0],
      r6: [69.8, 0],
      t7: [72, 0],
      q: [
        [69.8, 0],
        [70.4, 0],
        [71.1, 0],
        [72.6, 0],
      ],
      kids: ["k"],
    },
    {
      id: "k",
      kode: "5.03.02.2.05",
      nama: "Pengembangan Kompetensi ASN",
      ind: "Persentase ASN yang memenuhi 20 JP",
      sat: "%",
      level: true,
      t5: [80, 0],
      r6: [64.2, 0],
      t7: [72, 0],
      q: [
        [18.4, 0],
        [39.7, 0],
        [58.3, 0],
        [70.9, 0],
      ],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "5.03.02.2.05.0002",
      nama: "Pengembangan Kompetensi Teknis dan Fungsional",
      ind: "Jumlah ASN peserta pelatihan teknis",
      sat: "orang",
      level: false,
      t5: [3_200, 4_850_000_000],
      r6: [2_310, 3_412_650_000],
      t7: [720, 1_150_000_000],
      q: [
        [96, 128_400_000],
        [214, 306_750_000],
        [238, 352_180_000],
        [152, 297_340_000],
      ],
    },
    {
      id: "s2",
      kode: "5.03.02.2.05.0003",
      nama: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
      ind: "Jumlah ASN yang mengikuti uji kompetensi",
      sat: "orang",
      level: false,
      t5: [900, 1_620_000_000],
      r6: [604, 1_086_300_000],
      t7: [200, 365_000_000],
      q: [
        [0, 12_500_000],
        [64, 108_250_000],
        [82, 131_600_000],
        [58, 96_420_000],
      ],
    },
  ];
  const heads: Array<[string, string, string]> = [
    ["t5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5"],
    ["r6", "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2024)", "6"],
    ["t7", "Target Kinerja dan Anggaran Renja PD Tahun Berjalan 2025 yang Dievaluasi", "7"],
    ["q1", "Realisasi Kinerja Triwulan I", "8"],
    ["q2", "Realisasi Kinerja Triwulan II", "9"],
    ["q3", "Realisasi Kinerja Triwulan III", "10"],
    ["q4", "Realisasi Kinerja Triwulan IV", "11"],
    ["r12", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2025)", "12"],
    ["r13", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2025", "13 = 6 + 12"],
    [
      "c14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2025 (%)",
      "14 = 13 / 5 x 100",
    ],
  ];
  const roleOf = (k: string): [Col["role"], Col["role"], number | undefined] => {
    if (k === "t5") return ["target", "anggaran", undefined];
    if (k === "r6") return ["realisasi", "realisasi-anggaran", 2024];
    if (k === "t7") return ["target", "anggaran", 2025];
    if (k === "c14") return ["capaian", "capaian", undefined];
    return ["realisasi", "realisasi-anggaran", 2025];
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...heads.flatMap(([k, h, n]): Col[] => {
      const [rk, rr, y] = roleOf(k);
      return [
        { key: `${k}K`, head: [h, "K"], role: rk, year: y, num: n, fmt: DEC, width: 9 },
        { key: `${k}R`, head: [h, "Rp"], role: rr, year: y, num: n, fmt: k === "c14" ? DEC : RP, width: 15 },
      ];
    }),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const rows: Row[] = E.map((e, i) => ({
    id: e.id,
    bold: !!e.kids,
    cells: (x: Ctx) => {
      const out: Record<string, ReturnType<typeof fx> | number | string | null> = {
        no: i + 1,
        kode: e.kode,
        nama: e.nama,
        ind: e.ind,
        sat: e.sat,
        t5K: e.t5[0],
        r6K: e.r6[0],
        t7K: e.t7[0],
        unit: "Bidang Pengembangan Kompetensi",
      };
      e.q.forEach((q, j) => (out[`q${j + 1}K`] = q[0]));
      if (e.kids) {
        const ks = (k: string) => e.kids!.map((id) => x.a(k, id)).join("+");
        for (const k of ["t5R", "r6R", "t7R", "q1R", "q2R", "q3R", "q4R", "r12R"]) out[k] = fx(ks(k));
      } else {
        out.t5R = e.t5[1];
        out.r6R = e.r6[1];
        out.t7R = e.t7[1];
        e.q.forEach((q, j) => (out[`q${j + 1}R`] = q[1]));
        // planted: sub kegiatan .0002 Rp (12) adds Triwulan I-III only
        out.r12R =
          e.id === "s1"
            ? fx(`${x.a("q1R")}+${x.a("q2R")}+${x.a("q3R")}`)
            : fx(`${x.a("q1R")}+${x.a("q2R")}+${x.a("q3R")}+${x.a("q4R")}`);
      }
      // a level takes Triwulan IV and its latest level; a flow adds its quarters and (6) + (12)
      out.r12K = e.level ? fx(x.a("q4K")) : fx(`${x.a("q1K")}+${x.a("q2K")}+${x.a("q3K")}+${x.a("q4K")}`);
      out.r13K = e.level ? fx(x.a("r12K")) : fx(`${x.a("r6K")}+${x.a("r12K")}`);
      out.r13R = fx(`${x.a("r6R")}+${x.a("r12R")}`);
      // planted: sub kegiatan .0003 K (14) is the Renja capaian 12 / 7
      out.c14K =
        e.id === "s2"
          ? fx(`ROUND(${x.a("r12K")}/${x.a("t7K")}*100,2)`)
          : fx(`ROUND(${x.a("r13K")}/${x.a("t5K")}*100,2)`);
      out.c14R = fx(`ROUND(${x.a("r13R")}/${x.a("t5R")}*100,2)`);
      return out as Record<string, number | string | null | ReturnType<typeof fx>>;
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r13R"],
    cells: (x: Ctx) => ({
      no: "Rata-rata capaian kinerja dan realisasi anggaran",
      c14K: fx(`ROUND(AVERAGE(${x.a("c14K", "p")}:${x.a("c14K", "s2")}),2)`),
      c14R: fx(`ROUND(AVERAGE(${x.a("c14R", "s1")}:${x.a("c14R", "s2")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan e-learning BPSDM Provinsi Sulawesi Tenggara dan kemitraan dengan LAN.",
    "Faktor penghambat: keterbatasan anggaran perjalanan dinas peserta pelatihan klasikal.",
    "Tindak lanjut: perluasan pelatihan non klasikal (coaching, mentoring, e-learning) pada Renja 2026.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wanggudu Raya, 15 Januari 2026",
    jabatan: ["KEPALA BKPSDM", "KABUPATEN KONAWE TIRTA,"],
    nama: "Drs. LA ODE MUH. SAFARUDDIN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12R", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2025 (12) of sub kegiatan 5.03.02.2.05.0002 adds Triwulan I-III only (787,330,000); with Triwulan IV's 297,340,000 it is 1,084,670,000",
    truth: `${a("q1R", "s1")}+${a("q2R", "s1")}+${a("q3R", "s1")}+${a("q4R", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c14K", "s2") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of sub kegiatan 5.03.02.2.05.0003 is 12 / 7 x 100 = 102.00 (the Renja capaian); (13) / (5) x 100 = 808 / 900 gives 89.78",
    truth: `ROUND(${a("r13K", "s2")}/${a("t5K", "s2")}*100,2)`,
  });
  // traps: the levels take Triwulan IV and the latest level
  for (const id of ["p", "k"]) {
    b.ok({
      sheet: S,
      cell: a("r12K", id),
      rules: ["sum-mismatch"],
      truth: a("q4K", id),
      trap: `${a("q1K", id)}+${a("q2K", id)}+${a("q3K", id)}+${a("q4K", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r13K", id),
      rules: ["sum-mismatch"],
      truth: a("q4K", id),
      trap: `${a("r6K", id)}+${a("r12K", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14K", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("q4K", id)}/${a("t5K", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r12K", "s1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q1K", "s1")},${a("q2K", "s1")},${a("q3K", "s1")},${a("q4K", "s1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r13K", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6K", "s1")}+${a("r12K", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14K", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13K", "s1")}/${a("t5K", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r12R", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("q1R", "s2")}+${a("q2R", "s2")}+${a("q3R", "s2")}+${a("q4R", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r13R", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6R", "s2")}+${a("r12R", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14R", "s2"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("r13R", "s2")}/${a("t5R", "s2")}*100,2)`,
  });
  for (const k of ["t5R", "r6R", "t7R", "q1R", "q2R", "q3R", "q4R"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  return b.finish();
}
