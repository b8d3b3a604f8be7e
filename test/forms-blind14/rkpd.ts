// The RKPD evaluation of the sixteenth unseen set: the E.79 that the Bappeda of Kabupaten Sungai
// Lintang compiles from the quarterly reports of four Perangkat Daerah, the Perangkat Daerah as
// section rows with their SIPD unit codes, a "Jumlah" row under each of them that adds its programs'
// money, a JUMLAH TOTAL over those subtotals, and a number row whose caption of column 15 is
// misprinted ("15 = 13/5" where 14/5 is meant). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { refl, rt, typePredikat } from "./common";

type PrIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  level?: boolean;
  neg?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5: number;
  rp6: number;
  rp7: number;
  rpq: number[];
};

type PdIn = { id: string; kode: string; nama: string; pendek: string; progs: PrIn[] };

/** E.79 of Kabupaten Sungai Lintang, RKPD 2024 s.d. Triwulan IV, four Perangkat Daerah. */
export function e79Bappeda(): BookW {
  const b = new BookW(
    "e79-rekap-opd-bappeda-sungailintang.xlsx",
    "E.79 RKPD evaluation by the Bappeda over several Perangkat Daerah",
    "E.79 of a Bappeda, RKPD 2024 s.d. Triwulan IV (RPJMD 2021-2026): No | Kode | Urusan / Perangkat Daerah / Program | Indikator Kinerja Program (Outcome) | Target RPJMD Akhir Periode (2026) | Realisasi Capaian s.d. RKPD 2023 | Target RKPD 2024 | 'Realisasi Kinerja dan Keuangan pada Triwulan' > I .. IV | Realisasi RKPD 2024 | Tingkat Capaian RKPD 2024 (%) | Realisasi s.d. 2024 | Tingkat Capaian RPJMD s.d. 2024 (%) | Perangkat Daerah Penanggung Jawab, each over Kinerja | Keuangan (Rp); number row with the identities, column 15 misprinted '15 = 13/5 x 100%' (14/5 is meant); four Perangkat Daerah as section rows with SIPD unit codes (1.01.2.22.0.00.01.0000), a Jumlah row of SUM formulas under each, JUMLAH TOTAL over the four Jumlah rows; realisasi typed as compiled, capaian ROUND formulas (refleksi for the infant mortality rate); Rata-rata and Predikat footer over the programs",
  );
  const S = "E.79 RKPD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI LINTANG",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Datuk Bandaro No. 2 Muara Lintang, Telp. (0745) 620 118",
  ]);
  s.lines([
    "Lampiran II Laporan Pengendalian dan Evaluasi Pelaksanaan RKPD",
    "EVALUASI TERHADAP HASIL RKPD KABUPATEN SUNGAI LINTANG TAHUN 2024",
    "Capaian Kinerja dan Realisasi Anggaran s.d. Triwulan IV, mengacu pada RPJMD Tahun 2021-2026",
  ]);
  s.gap();
  const pds: PdIn[] = [
    {
      id: "d1",
      kode: "1.01.2.22.0.00.01.0000",
      nama: "DINAS PENDIDIKAN DAN KEBUDAYAAN",
      pendek: "Dinas Pendidikan dan Kebudayaan",
      progs: [
        {
          id: "a1",
          kode: "1.01.02",
          nama: "Program Pengelolaan Pendidikan",
          ind: "Angka Partisipasi Murni (APM) SMP/MTs (%)",
          level: true,
          k5: 88.5,
          k6: 82.14,
          k7: 85,
          kq: [82.9, 83.6, 84.7, 85.62],
          rp5: 412_500_000_000,
          rp6: 248_316_745_000,
          rp7: 86_450_000_000,
          rpq: [12_846_320_000, 21_315_870_000, 23_409_615_000, 26_118_540_000],
        },
        {
          id: "a2",
          kode: "1.01.04",
          nama: "Program Pendidik dan Tenaga Kependidikan",
          ind: "Persentase guru SD dan SMP berkualifikasi S1/D-IV (%)",
          level: true,
          k5: 95,
          k6: 89.4,
          k7: 91.5,
          kq: [89.4, 90.1, 91, 91.8],
          rp5: 18_750_000_000,
          rp6: 10_982_460_000,
          rp7: 3_850_000_000,
          rpq: [524_300_000, 986_420_000, 1_104_875_000, 1_098_615_000],
        },
        {
          id: "a3",
          kode: "2.22.02",
          nama: "Program Pengembangan Kebudayaan",
          ind: "Jumlah atraksi dan festival budaya daerah yang diselenggarakan (event)",
          k5: 25,
          k6: 14,
          k7: 5,
          kq: [0, 2, 1, 2],
          rp5: 6_250_000_000,
          rp6: 3_612_850_000,
          rp7: 1_350_000_000,
          rpq: [46_200_000, 412_650_000, 318_940_000, 531_760_000],
        },
      ],
    },
    {
      id: "d2",
      kode: "1.02.0.00.0.00.01.0000",
      nama: "DINAS KESEHATAN",
      pendek: "Dinas Kesehatan",
      progs: [
        {
          id: "b1",
          kode: "1.02.02",
          nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          ind: "Angka kematian bayi (per 1.000 kelahiran hidup) *)",
          level: true,
          neg: true,
          k5: 9.5,
          k6: 12.4,
          k7: 11,
          kq: [12.1, 11.7, 11.2, 10.6],
          rp5: 265_000_000_000,
          rp6: 158_742_315_000,
          rp7: 58_600_000_000,
          rpq: [9_418_250_000, 14_862_730_000, 16_305_480_000, 16_127_915_000],
        },
        {
          id: "b2",
          kode: "1.02.03",
          nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
          ind: "Persentase puskesmas dengan tenaga kesehatan sesuai standar (%)",
          level: true,
          k5: 100,
          k6: 66.67,
          k7: 77.78,
          kq: [66.67, 72.22, 77.78, 83.33],
          rp5: 12_500_000_000,
          rp6: 7_215_640_000,
          rp7: 2_650_000_000,
          rpq: [310_450_000, 642_180_000, 735_915_000, 842_370_000],
        },
      ],
    },
    {
      id: "d3",
      kode: "1.03.0.00.0.00.01.0000",
      nama: "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
      pendek: "Dinas PUPR",
      progs: [
        {
          id: "c1",
          kode: "1.03.10",
          nama: "Program Penyelenggaraan Jalan",
          ind: "Persentase panjang jalan kabupaten dalam kondisi mantap (%)",
          level: true,
          k5: 70,
          k6: 58.3,
          k7: 62,
          kq: [58.3, 58.9, 61.4, 63.8],
          rp5: 325_000_000_000,
          rp6: 171_865_420_000,
          rp7: 72_400_000_000,
          rpq: [3_415_800_000, 12_684_350_000, 24_318_760_000, 31_233_570_000],
        },
        {
          id: "c2",
          kode: "1.03.03",
          nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
          ind: "Jumlah sambungan rumah (SR) air minum baru (SR)",
          k5: 6_000,
          k6: 3_240,
          k7: 1_200,
          kq: [0, 215, 480, 538],
          rp5: 48_000_000_000,
          rp6: 27_316_540_000,
          rp7: 9_850_000_000,
          rpq: [185_400_000, 1_846_320_000, 3_912_760_000, 3_504_615_000],
        },
      ],
    },
    {
      id: "d4",
      kode: "3.27.2.09.0.00.01.0000",
      nama: "DINAS PERTANIAN DAN KETAHANAN PANGAN",
      pendek: "Dinas Pertanian dan Ketahanan Pangan",
      progs: [
        {
          id: "e1",
          kode: "3.27.02",
          nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
          ind: "Jumlah kelompok tani penerima bantuan alat dan mesin pertanian (kelompok)",
          k5: 300,
          k6: 168,
          k7: 60,
          kq: [0, 12, 26, 24],
          rp5: 37_500_000_000,
          rp6: 21_084_300_000,
          rp7: 7_800_000_000,
          rpq: [126_500_000, 1_315_640_000, 3_108_275_000, 2_986_410_000],
        },
        {
          id: "e2",
          kode: "3.27.07",
          nama: "Program Penyuluhan Pertanian",
          ind: "Persentase kelompok tani kelas madya dan utama (%)",
          level: true,
          k5: 45,
          k6: 34.6,
          k7: 38.5,
          kq: [34.6, 35.9, 37.2, 39.1],
          rp5: 9_600_000_000,
          rp6: 5_418_720_000,
          rp7: 2_050_000_000,
          rpq: [186_300_000, 498_650_000, 605_140_000, 684_215_000],
        },
      ],
    },
  ];
  const progs = pds.flatMap((d) => d.progs);
  // planted 1: the realisasi 2024 Rp of Program Penyelenggaraan Jalan typed with two digits swapped,
  // above its pagu
  const PLANT_RP = { id: "c1", v: 76_152_480_000 };
  // planted 2: the Tingkat Capaian RPJMD Rp of program 1.02.03 typed (the Triwulan III figure)
  const PLANT_HC = { id: "b2", v: 71.23 };
  // planted 3: the predikat of the average capaian RPJMD K one band too high
  const PLANT_PRED = 1;

  const KN = "Kinerja";
  const KU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, KN], role: kr, year, num, width: 10 } as Col,
    { key: `rp${key}`, head: [...head, KU], role: rr, year, num, fmt: RP, width: 17 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 22 },
    { key: "nama", head: ["Urusan / Perangkat Daerah / Program"], num: "3", width: 40 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: "4", width: 36 },
    ...pair("5", ["Target RPJMD Akhir Periode (2026)"], "target", "anggaran", "5"),
    ...pair("6", ["Realisasi Capaian s.d. RKPD Tahun 2023"], "realisasi", "realisasi-anggaran", "6", 2023),
    ...pair("7", ["Target RKPD Tahun 2024"], "target", "anggaran", "7", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i): Col[] => [
      {
        key: `q${i + 1}k`,
        head: ["Realisasi Kinerja dan Keuangan pada Triwulan", q, KN],
        role: "realisasi",
        year: 2024,
        num: String(8 + i),
        width: 10,
      },
      {
        key: `q${i + 1}rp`,
        head: ["Realisasi Kinerja dan Keuangan pada Triwulan", q, KU],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(8 + i),
        fmt: RP,
        width: 17,
      },
    ]),
    ...pair("12", ["Realisasi RKPD Tahun 2024"], "realisasi", "realisasi-anggaran", "12 = 8+9+10+11", 2024),
    {
      key: "crk",
      head: ["Tingkat Capaian RKPD Tahun 2024 (%)", KN],
      role: "capaian",
      year: 2024,
      num: "13 = 12/7 x 100%",
      fmt: DEC,
    },
    {
      key: "crrp",
      head: ["Tingkat Capaian RKPD Tahun 2024 (%)", KU],
      role: "capaian",
      year: 2024,
      num: "13 = 12/7 x 100%",
      fmt: DEC,
    },
    ...pair(
      "14",
      ["Realisasi Kinerja dan Keuangan s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      "14 = 6 + 12",
      2024,
    ),
    // the caption is misprinted: column 15 is 14 / 5, as the cells compute
    {
      key: "k15",
      head: ["Tingkat Capaian RPJMD s.d. Tahun 2024 (%)", KN],
      role: "capaian",
      num: "15 = 13/5 x 100%",
      fmt: DEC,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian RPJMD s.d. Tahun 2024 (%)", KU],
      role: "capaian",
      num: "15 = 13/5 x 100%",
      fmt: DEC,
    },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "16",
      width: 26,
    },
  ];
  const RPK = ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp", "rp12", "rp14"];
  const body: Row[] = [];
  let no = 0;
  for (const d of pds) {
    body.push({ id: d.id, bold: true, cells: { kode: d.kode, nama: d.nama } });
    for (const x of d.progs)
      body.push({
        id: x.id,
        cells: (c) => {
          const F = (v: number) => fmt(v, x.level ? DEC : INT);
          const a = (k: string) => c.a(k);
          const cells: Record<string, Cell> = {
            no: ++no,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            k5: F(x.k5),
            k6: F(x.k6),
            k7: F(x.k7),
            rp5: x.rp5,
            rp6: x.rp6,
            rp7: x.rp7,
            pj: d.pendek,
          };
          x.kq.forEach((v, i) => (cells[`q${i + 1}k`] = F(v)));
          x.rpq.forEach((v, i) => (cells[`q${i + 1}rp`] = v));
          // realisasi of the year as compiled from the Perangkat Daerah reports (typed)
          cells.k12 = F(x.level ? x.kq[3] : x.kq.reduce((p, q) => p + q, 0));
          cells.rp12 = x.id === PLANT_RP.id ? PLANT_RP.v : x.rpq.reduce((p, q) => p + q, 0);
          cells.crk = fx(x.neg ? refl(a("k12"), a("k7")) : rt(a("k12"), a("k7")));
          cells.crrp = fx(rt(a("rp12"), a("rp7")));
          cells.k14 = x.level ? F(x.kq[3]) : fx(`${a("k6")}+${a("k12")}`);
          cells.rp14 = fx(`${a("rp6")}+${a("rp12")}`);
          cells.k15 = fx(x.neg ? refl(a("k14"), a("k5")) : rt(a("k14"), a("k5")));
          cells.rp15 = x.id === PLANT_HC.id ? fmt(PLANT_HC.v, DEC) : fx(rt(a("rp14"), a("rp5")));
          return cells;
        },
      });
    body.push({
      id: `j${d.id}`,
      bold: true,
      cells: (c) => {
        const r1 = c.row(d.progs[0].id);
        const r2 = c.row(d.progs[d.progs.length - 1].id);
        const cells: Record<string, Cell> = { nama: `Jumlah ${d.pendek}` };
        for (const k of RPK) cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${r2})`);
        cells.crrp = fx(rt(c.a("rp12"), c.a("rp7")));
        cells.rp15 = fx(rt(c.a("rp14"), c.a("rp5")));
        return cells;
      },
    });
  }
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => {
      const cells: Record<string, Cell> = { no: "JUMLAH TOTAL" };
      for (const k of RPK) cells[k] = fx(`SUM(${pds.map((d) => c.a(k, `j${d.id}`)).join(",")})`);
      cells.crrp = fx(rt(c.a("rp12"), c.a("rp7")));
      cells.rp15 = fx(rt(c.a("rp14"), c.a("rp5")));
      return cells;
    },
  });
  const AVG = ["crk", "crrp", "k15", "rp15"];
  body.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "ind"],
      cells: (c) => {
        const cells: Record<string, Cell> = { no: "Rata-rata Capaian Program (%)" };
        for (const k of AVG) cells[k] = fx(`ROUND(AVERAGE(${progs.map((x) => c.a(k, x.id)).join(",")}),2)`);
        return cells;
      },
    },
    { id: "pred", bold: true, span: ["no", "ind"], cells: { no: "Predikat Kinerja" } },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "*) Angka kematian bayi berpolaritas negatif: tingkat capaian = (2 x target - realisasi) / target x 100%.",
    "- Realisasi kinerja indikator persentase dan angka adalah posisi akhir triwulan; indikator jumlah dijumlahkan.",
    "- Sumber: laporan e-Monev Perangkat Daerah Triwulan IV Tahun 2024 (rekapitulasi Bidang Pengendalian dan Evaluasi).",
    "- Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Lintang, 26 Februari 2025",
    jabatan: ["KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KABUPATEN SUNGAI LINTANG,"],
    nama: "Ir. ZULKIFLI AMRAN, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700504 199603 1 002",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  for (const k of AVG) typePredikat(s, a(k, "pred"), a(k, "avg"), k === "k15" ? PLANT_PRED : 0);

  const q4 = (u: string, id: string) => [1, 2, 3, 4].map((q) => a(`q${q}${u}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", PLANT_RP.id) },
    rules: ["sum-mismatch", "serapan-over-100"],
    note: "realisasi RKPD 2024 Keuangan of Program Penyelenggaraan Jalan is 76,152,480,000 (105.18 % of the 72,400,000,000 pagu); its four quarters add up to 71,652,480,000 (98.97 %): 71,6.. typed as 76,1..",
    truth: q4("rp", PLANT_RP.id),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("rp15", PLANT_HC.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat Capaian RPJMD Keuangan of program 1.02.03 is a typed 71.23 (the s.d. Triwulan III figure) among ROUND formulas; 9,746,555,000 / 12,500,000,000 gives 77.97",
    truth: rt(a("rp14", PLANT_HC.id), a("rp5", PLANT_HC.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("k15", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for the average Tingkat Capaian RPJMD Kinerja of 85.60; the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("k15", "avg")})`,
  });
  // cells that merely follow a planted mistake
  const follow = new Set([
    "c1.crrp",
    "c1.rp14",
    "c1.rp15",
    "jd3.rp12",
    "jd3.crrp",
    "jd3.rp14",
    "jd3.rp15",
    "tot.rp12",
    "tot.crrp",
    "tot.rp14",
    "tot.rp15",
    "c1.rp12",
    "b2.rp15",
  ]);
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string) => {
    if (follow.has(`${id}.${key}`)) return;
    b.ok({ sheet: S, cell: a(key, id), rules, truth, trap, tol: RPK.includes(key) ? 0.5 : undefined });
  };
  for (const x of progs) {
    const id = x.id;
    const A = (k: string) => a(k, id);
    if (x.level) {
      ok(id, "k12", ["sum-mismatch"], A("q4k"), q4("k", id));
      ok(id, "k14", ["sum-mismatch"], A("k12"), `${A("k6")}+${A("k12")}`);
    } else {
      ok(id, "k12", ["sum-mismatch"], q4("k", id));
      ok(id, "k14", ["sum-mismatch"], `${A("k6")}+${A("k12")}`);
    }
    ok(id, "rp12", ["sum-mismatch", "serapan-over-100"], q4("rp", id));
    ok(id, "rp14", ["sum-mismatch"], `${A("rp6")}+${A("rp12")}`);
    ok(
      id,
      "crk",
      x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      x.neg ? refl(A("k12"), A("k7")) : rt(A("k12"), A("k7")),
      x.neg ? rt(A("k12"), A("k7")) : undefined,
    );
    ok(id, "crrp", ["capaian-mismatch", "serapan-over-100"], rt(A("rp12"), A("rp7")));
    // column 15 is 14 / 5 as the form means it, not 13 / 5 as the caption reads
    ok(
      id,
      "k15",
      x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      x.neg ? refl(A("k14"), A("k5")) : rt(A("k14"), A("k5")),
      rt(A("crk"), A("k5")),
    );
    ok(id, "rp15", ["capaian-mismatch"], rt(A("rp14"), A("rp5")), rt(A("crrp"), A("rp5")));
  }
  for (const d of pds) {
    const j = `j${d.id}`;
    // a Perangkat Daerah's Jumlah adds its own programs
    for (const k of RPK) ok(j, k, ["sum-mismatch"], d.progs.map((x) => a(k, x.id)).join("+"));
    ok(j, "crrp", ["capaian-mismatch", "serapan-over-100"], rt(a("rp12", j), a("rp7", j)));
  }
  // the JUMLAH TOTAL adds the four Jumlah rows, not every row above it (programs and Jumlah together)
  for (const k of RPK)
    ok(
      "tot",
      k,
      ["sum-mismatch"],
      progs.map((x) => a(k, x.id)).join("+"),
      [...progs.map((x) => a(k, x.id)), ...pds.map((d) => a(k, `j${d.id}`))].join("+"),
    );
  // program 2.22.02 (kebudayaan) belongs to the Perangkat Daerah 1.01.2.22...: its second bidang
  b.ok({
    sheet: S,
    cell: a("kode", "a3"),
    rules: ["code-hierarchy"],
    truth: '"2.22"',
    actual: `PARENT(${a("kode", "a3")})`,
  });
  for (const k of ["crk", "k15"])
    b.ok({
      sheet: S,
      cell: a(k, "avg"),
      rules: ["capaian-mismatch"],
      truth: `ROUND(AVERAGE(${progs.map((x) => a(k, x.id)).join(",")}),2)`,
    });
  b.ok({
    sheet: S,
    cell: a("crk", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("crk", "avg")})`,
  });
  return b;
}
