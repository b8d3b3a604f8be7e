// Renja and Renstra evaluations of the sixteenth unseen set, as a Bappeda collects them from a new
// province and a new kabupaten: the E.81 of the Dinas Kesehatan of Provinsi Kepulauan Seruni
// (quarters I-IV over K | Rp, the unit in brackets at the indicator's end, a second program indicator
// on a row without code, a lower-is-better prevalence), the E.81 of the Dinas Sosial, Pemberdayaan
// Perempuan dan Perlindungan Anak of Kabupaten Wairinding whose quarters are cumulative ("Realisasi
// Kumulatif s.d. Triwulan"), with IFERROR capaian formulas, and the E.80 of the Dinas Pemberdayaan
// Masyarakat dan Kampung of Kabupaten Wairinding with all five Renstra years, three years of
// realisasi, the realisasi kumulatif and the capaian against the end target. Every name and number
// is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { rawFormula, refl, rt, typePredikat } from "./common";

// ============================ E.81 s.d. Triwulan IV 2024, Dinas Kesehatan Provinsi Kepulauan Seruni

type E81In = {
  id: string;
  /** p program, k kegiatan, i a second indicator of the program above (no code, no Rp) */
  lvl: "p" | "k" | "i";
  kode?: string;
  nama?: string;
  ind: string;
  level?: boolean;
  neg?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
  pj: string;
};

/** E.81 of the Dinas Kesehatan of a new province, Renja 2024 evaluated s.d. Triwulan IV. */
export function e81Seruni(): BookW {
  const b = new BookW(
    "e81-provbaru-dinkes-kepulauanseruni.xlsx",
    "E.81 Renja evaluation (new province)",
    "E.81 of a provincial Dinas Kesehatan (Renstra PD 2023-2026 of a province formed in 2022), Renja 2024 s.d. Triwulan IV: No | Kode | Urusan/Bidang Urusan/Program/Kegiatan | Indikator with the unit in brackets at its end (no Satuan column) | Target Renstra 2026 | Realisasi s.d. 2023 | Target Renja 2024 | 'Realisasi Kinerja dan Anggaran Triwulan' > I (Jan-Mar) .. IV (Okt-Des) | Realisasi Renja 2024 | Tingkat Capaian Renja (%) | Realisasi Renstra s.d. 2024 | Tingkat Capaian Renstra (%) | Unit Penanggung Jawab, each over K | Rp; number row 1 .. 16 merged over the pairs; provincial codes x.xx.xx.1.xx; a second program indicator on a row without code; quarters typed, yearly K of flows and every Rp as formulas, yearly K of levels typed; program Rp as SUM over its kegiatan; refleksi for the lower-is-better stunting prevalence; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN SERUNI",
    "DINAS KESEHATAN",
    "Jl. Hiu Bintang No. 4 Tanjung Seruni 98611, Telp. (0918) 321 407",
  ]);
  s.lines([
    "Formulir E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH PROVINSI KEPULAUAN SERUNI",
    "Renja Dinas Kesehatan Tahun 2024, Periode Pelaksanaan Triwulan I s.d. Triwulan IV",
    "Indikator dan Target Kinerja yang mengacu pada Renstra Perangkat Daerah Tahun 2023-2026",
  ]);
  s.gap();
  const PJ1 = "Bidang Kesehatan Masyarakat";
  const PJ2 = "Bidang Pelayanan dan SDM Kesehatan";
  const PJ3 = "Bidang Pencegahan dan Pengendalian Penyakit";
  const rows: E81In[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi balita stunting (%) *)",
      level: true,
      neg: true,
      k5: 14,
      k6: 21.8,
      k7: 19.5,
      kq: [21.2, 20.6, 19.9, 19.1],
      pj: PJ1,
    },
    {
      id: "p1b",
      lvl: "i",
      ind: "Persentase kabupaten/kota yang mencapai target SPM bidang kesehatan (%)",
      level: true,
      k5: 100,
      k6: 62.5,
      k7: 75,
      kq: [62.5, 62.5, 75, 75],
      pj: PJ1,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.02.02.1.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi",
      ind: "Jumlah fasilitas kesehatan rujukan provinsi yang ditingkatkan sarana dan prasarananya (unit)",
      k5: 12,
      k6: 3,
      k7: 4,
      kq: [0, 1, 1, 2],
      rp5: 86_500_000_000,
      rp6: 18_412_650_000,
      rp7: 24_300_000_000,
      rpq: [1_215_400_000, 5_842_760_000, 7_916_305_000, 8_604_185_000],
      pj: PJ2,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.02.02.1.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi",
      ind: "Jumlah sampel spesimen yang diperiksa di Laboratorium Kesehatan Daerah (sampel)",
      k5: 48_000,
      k6: 11_240,
      k7: 12_000,
      kq: [2_450, 3_120, 3_385, 3_610],
      rp5: 31_800_000_000,
      rp6: 7_365_420_000,
      rp7: 8_150_000_000,
      rpq: [1_085_300_000, 2_016_450_000, 2_237_810_000, 2_471_090_000],
      pj: PJ3,
    },
    {
      id: "k13",
      lvl: "k",
      kode: "1.02.02.1.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah dokumen sistem informasi kesehatan terintegrasi (dokumen)",
      k5: 16,
      k6: 4,
      k7: 4,
      kq: [1, 1, 1, 1],
      rp5: 2_400_000_000,
      rp6: 548_700_000,
      rp7: 620_000_000,
      rpq: [96_450_000, 148_200_000, 162_875_000, 185_615_000],
      pj: PJ1,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar (%)",
      level: true,
      k5: 80,
      k6: 41.3,
      k7: 55,
      kq: [43.48, 47.83, 52.17, 56.52],
      pj: PJ2,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.02.03.1.01",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Provinsi",
      ind: "Jumlah tenaga kesehatan yang ditempatkan di puskesmas daerah terpencil (orang)",
      k5: 240,
      k6: 52,
      k7: 60,
      kq: [0, 18, 24, 21],
      rp5: 14_400_000_000,
      rp6: 3_086_500_000,
      rp7: 3_750_000_000,
      rpq: [412_800_000, 946_350_000, 1_108_420_000, 1_136_930_000],
      pj: PJ2,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.02.03.1.02",
      nama: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Provinsi",
      ind: "Jumlah SDM kesehatan yang ditingkatkan kompetensinya (orang)",
      k5: 1_600,
      k6: 372,
      k7: 400,
      kq: [60, 115, 128, 109],
      rp5: 9_600_000_000,
      rp6: 2_214_360_000,
      rp7: 2_450_000_000,
      rpq: [286_150_000, 671_420_000, 742_085_000, 693_545_000],
      pj: PJ2,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "1.02.05",
      nama: "Program Pemberdayaan Masyarakat Bidang Kesehatan",
      ind: "Persentase desa/kelurahan siaga aktif mandiri (%)",
      level: true,
      k5: 40,
      k6: 18.6,
      k7: 25,
      kq: [19.2, 21.4, 23.9, 26.1],
      pj: PJ1,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "1.02.05.1.01",
      nama: "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Provinsi",
      ind: "Jumlah dokumen hasil advokasi, kemitraan dan peran serta masyarakat (dokumen)",
      k5: 24,
      k6: 6,
      k7: 6,
      kq: [1, 2, 1, 2],
      rp5: 3_200_000_000,
      rp6: 712_480_000,
      rp7: 820_000_000,
      rpq: [104_650_000, 215_300_000, 198_740_000, 262_915_000],
      pj: PJ1,
    },
  ];
  /** the kegiatan of a program: the k rows down to the next program */
  const kegOf = (id: string): E81In[] => {
    const i = rows.findIndex((x) => x.id === id);
    const out: E81In[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl !== "p"; j++)
      if (rows[j].lvl === "k") out.push(rows[j]);
    return out;
  };
  // planted 1: the program 1.02.02's column 12 Rp is a SUM one row short (misses kegiatan 1.02.02.1.03)
  const PLANT_SUM = "p1";
  // planted 2: the Renstra capaian K of the stunting prevalence (lower is better) is R / T
  const PLANT_NEG = "p1";

  const K = "K";
  const R = "Rp";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: number,
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, K], role: kr, year, num, width: 10 } as Col,
    { key: `rp${key}`, head: [...head, R], role: rr, year, num, fmt: RP, width: 17 } as Col,
  ];
  const TW = ["I (Jan-Mar)", "II (Apr-Jun)", "III (Jul-Sep)", "IV (Okt-Des)"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: 3,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcomes)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 40,
    },
    ...pair(
      "5",
      ["Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra PD)"],
      "target",
      "anggaran",
      5,
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun 2023"],
      "realisasi",
      "realisasi-anggaran",
      6,
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "target", "anggaran", 7, 2024),
    ...TW.flatMap((q, i): Col[] => [
      {
        key: `q${i + 1}k`,
        head: ["Realisasi Kinerja dan Anggaran Triwulan", q, K],
        role: "realisasi",
        year: 2024,
        num: 8 + i,
        width: 10,
      },
      {
        key: `q${i + 1}rp`,
        head: ["Realisasi Kinerja dan Anggaran Triwulan", q, R],
        role: "realisasi-anggaran",
        year: 2024,
        num: 8 + i,
        fmt: RP,
        width: 16,
      },
    ]),
    ...pair(
      "12",
      ["Realisasi Kinerja dan Anggaran Renja PD Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      12,
      2024,
    ),
    {
      key: "crk",
      head: ["Tingkat Capaian Renja Tahun 2024 (%)", K],
      role: "capaian",
      year: 2024,
      num: 13,
      fmt: DEC,
    },
    {
      key: "crrp",
      head: ["Tingkat Capaian Renja Tahun 2024 (%)", R],
      role: "capaian",
      year: 2024,
      num: 13,
      fmt: DEC,
    },
    ...pair(
      "14",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      14,
      2024,
    ),
    {
      key: "k15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", K],
      role: "capaian",
      num: 15,
      fmt: DEC,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", R],
      role: "capaian",
      num: 15,
      fmt: DEC,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 24 },
  ];
  const RPK = ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp"];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  let no = 0;
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const F = (v: number) => fmt(v, x.level ? DEC : INT);
      const a = (k: string) => c.a(k);
      const cells: Record<string, Cell> = {
        no: x.lvl === "p" ? ++no : undefined,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        k5: F(x.k5),
        k6: F(x.k6),
        k7: F(x.k7),
        pj: x.pj,
      };
      x.kq.forEach((q, i) => (cells[`q${i + 1}k`] = F(q)));
      // yearly K: a flow adds its quarters (formulas), a level is typed as the Triwulan IV value
      if (x.level) {
        cells.k12 = F(x.kq[3]);
        cells.k14 = F(x.kq[3]);
      } else {
        cells.k12 = fx(`${a("q1k")}+${a("q2k")}+${a("q3k")}+${a("q4k")}`);
        cells.k14 = fx(`${a("k6")}+${a("k12")}`);
      }
      cells.crk = fx(x.neg ? refl(a("k12"), a("k7")) : rt(a("k12"), a("k7")));
      cells.k15 = fx(x.neg && x.id !== PLANT_NEG ? refl(a("k14"), a("k5")) : rt(a("k14"), a("k5")));
      if (x.lvl === "i") return cells;
      if (x.lvl === "k") {
        cells.rp5 = x.rp5;
        cells.rp6 = x.rp6;
        cells.rp7 = x.rp7;
        x.rpq!.forEach((q, i) => (cells[`q${i + 1}rp`] = q));
        cells.rp12 = fx(`${a("q1rp")}+${a("q2rp")}+${a("q3rp")}+${a("q4rp")}`);
      } else {
        const ks = kegOf(x.id);
        const r1 = c.row(ks[0].id);
        const r2 = c.row(ks[ks.length - 1].id);
        for (const k of [...RPK, "rp12"]) {
          const end = x.id === PLANT_SUM && k === "rp12" ? r2 - 1 : r2;
          cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${end})`);
        }
      }
      cells.rp14 = fx(`${a("rp6")}+${a("rp12")}`);
      cells.crrp = fx(rt(a("rp12"), a("rp7")));
      cells.rp15 = fx(rt(a("rp14"), a("rp5")));
      return cells;
    },
  }));
  const AVG = ["crk", "crrp", "k15", "rp15"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "ind"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)" };
          for (const k of AVG) cells[k] = fx(`ROUND(AVERAGE(${c.a(k, first)}:${c.a(k, last)}),2)`);
          return cells;
        },
      },
      // the predikat words are typed after finish() from the averages' cached results
      { id: "pred", bold: true, span: ["no", "ind"], cells: { no: "Predikat Kinerja" } },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "*) Indikator berpolaritas negatif (semakin kecil semakin baik); tingkat capaian = (2 x target - realisasi) / target x 100%.",
    "- Realisasi indikator persentase dan prevalensi adalah nilai posisi akhir triwulan (tidak dijumlahkan); indikator jumlah dijumlahkan per triwulan.",
    "- Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
    "Faktor pendorong: dukungan DAK Nonfisik BOK Provinsi dan pendampingan tim percepatan penurunan stunting.",
    "Faktor penghambat: keterbatasan transportasi antarpulau pada Triwulan I (musim angin barat).",
    "Tindak lanjut: penjadwalan ulang pengiriman logistik kesehatan ke pulau terluar pada Triwulan II.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Seruni, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "PROVINSI KEPULAUAN SERUNI,"],
    nama: "dr. MARTHEN YOSIAS KAIHATU, M.Kes.",
    pangkat: "Pembina Utama Madya",
    nip: "19710822 200012 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (u: string, id: string) => [1, 2, 3, 4].map((q) => a(`q${q}${u}`, id)).join("+");
  const p1k = kegOf(PLANT_SUM);
  b.plant({
    at: { sheet: S, cell: a("rp12", PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: "column 12 Rp of program 1.02.02 is =SUM over its first two kegiatan only (31,389,300,000): the kegiatan 1.02.02.1.03 below them is left out; the three kegiatan, and the program's own four quarters, give 31,982,440,000",
    truth: p1k.map((k) => a("rp12", k.id)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("k15", PLANT_NEG) },
    rules: ["capaian-mismatch"],
    note: "column 15 K of the prevalensi balita stunting (lower is better by note *) is =ROUND(19.10 / 14.00 * 100,2) = 136.43, the formula of the positive rows; the refleksi (2 x 14.00 - 19.10) / 14.00 gives 63.57, as column 13 K of the same row computes",
    truth: refl(a("k14", PLANT_NEG), a("k5", PLANT_NEG)),
  });
  // cells that merely follow a planted mistake: p1 crrp, rp14, rp15; the averages and predikat of
  // crrp, k15 and rp15
  const follow = new Set(["p1.crrp", "p1.rp14", "p1.rp15", "p1.rp12", "p1.k15"]);
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string) => {
    if (follow.has(`${id}.${key}`)) return;
    b.ok({ sheet: S, cell: a(key, id), rules, truth, trap, tol: /^rp1[24]$/.test(key) ? 0.5 : undefined });
  };
  for (const x of rows) {
    const id = x.id;
    if (x.level) {
      ok(id, "k12", ["sum-mismatch"], a("q4k", id), q4("k", id));
      ok(id, "k14", ["sum-mismatch"], a("k12", id), `${a("k6", id)}+${a("k12", id)}`);
    } else {
      ok(id, "k12", ["sum-mismatch"], q4("k", id));
      ok(id, "k14", ["sum-mismatch"], `${a("k6", id)}+${a("k12", id)}`);
    }
    if (x.neg) {
      ok(
        id,
        "crk",
        ["capaian-mismatch", "inconsistent-formula"],
        refl(a("k12", id), a("k7", id)),
        rt(a("k12", id), a("k7", id)),
      );
    } else {
      ok(id, "crk", ["capaian-mismatch"], rt(a("k12", id), a("k7", id)));
      ok(id, "k15", ["capaian-mismatch"], rt(a("k14", id), a("k5", id)));
    }
    if (x.lvl === "i") continue;
    ok(id, "rp12", ["sum-mismatch"], q4("rp", id));
    ok(id, "rp14", ["sum-mismatch"], `${a("rp6", id)}+${a("rp12", id)}`);
    ok(id, "crrp", ["capaian-mismatch", "serapan-over-100"], rt(a("rp12", id), a("rp7", id)));
    ok(id, "rp15", ["capaian-mismatch"], rt(a("rp14", id), a("rp5", id)));
    if (x.lvl === "p")
      for (const key of RPK)
        ok(
          id,
          key,
          ["sum-mismatch"],
          kegOf(id)
            .map((k) => a(key, k.id))
            .join("+"),
        );
    if (x.lvl === "k") {
      const prog = [...rows.slice(0, rows.indexOf(x))].reverse().find((y) => y.lvl === "p")!;
      b.ok({
        sheet: S,
        cell: a("kode", id),
        rules: ["code-hierarchy"],
        truth: a("kode", prog.id),
        actual: `PARENT(${a("kode", id)})`,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("crk", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("crk", first)}:${a("crk", last)}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("crk", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("crk", "avg")})`,
  });
  b.finish();
  for (const k of AVG) typePredikat(s, a(k, "pred"), a(k, "avg"));
  return b;
}

// ============== E.81 with cumulative quarters, Dinas Sosial, PPPA Kabupaten Wairinding (IFERROR)

type KumIn = {
  id: string;
  /** u urusan section row, p program, k kegiatan */
  lvl: "u" | "p" | "k";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  level?: boolean;
  k5?: number;
  k6?: number;
  k7?: number;
  /** realisasi kumulatif s.d. triwulan I..IV */
  kc?: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpc?: number[];
  pj?: string;
};

/** E.81 of a Dinas Sosial dan PPPA whose quarters are "s.d. Triwulan" (cumulative). */
export function e81Kumulatif(): BookW {
  const b = new BookW(
    "e81-sdtriwulan-dinsosp3a-wairinding.xlsx",
    "E.81 Renja evaluation with cumulative quarters",
    "E.81 of a Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak of a new kabupaten (two urusan, 1.06 and 2.08, as section rows), Renja 2024: No | Kode | Bidang Urusan / Program / Kegiatan | Indikator Kinerja | Sat. | Target Akhir Renstra (2026) | Realisasi s.d. Tahun 2023 | Target Renja 2024 | 'Realisasi Kumulatif s.d. Triwulan' > I .. IV | Realisasi Renja 2024 | Capaian Renja 2024 (%) | Realisasi Renstra s.d. 2024 | Capaian Renstra s.d. 2024 (%) | Penanggung Jawab | Keterangan, each over 'Kin.' | 'Keu. (Rp)'; no number row; the quarters are cumulative, so the year's realisasi is the s.d. Triwulan IV value (=formula pointing at it), for counts and money too; every capaian an IFERROR(ROUND(..),0) formula; program values typed; Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAIRINDING",
    "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Kompleks Perkantoran Bukit Sirih, Jl. Trans Wairinding Km. 3",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KABUPATEN WAIRINDING",
    "Renja Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Tahun Anggaran 2024",
    "Periode Pelaksanaan: Januari s.d. Desember 2024 (data kumulatif)",
  ]);
  s.gap();
  const PJR = "Bidang Rehabilitasi Sosial";
  const PJL = "Bidang Perlindungan dan Jaminan Sosial";
  const PJA = "Bidang Perlindungan Anak";
  const rows: KumIn[] = [
    { id: "u1", lvl: "u", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    {
      id: "p1",
      lvl: "p",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      ind: "Persentase PPKS yang tertangani melalui rehabilitasi sosial dasar di luar panti",
      sat: "%",
      level: true,
      k5: 85,
      k6: 60.4,
      k7: 70,
      kc: [61.8, 64.3, 67.9, 71.2],
      pj: PJR,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: "Jumlah PPKS yang mendapat rehabilitasi sosial dasar",
      sat: "orang",
      k5: 1_800,
      k6: 655,
      k7: 380,
      kc: [72, 168, 279, 391],
      rp5: 4_250_000_000,
      rp6: 1_512_340_000,
      rp7: 925_000_000,
      rpc: [118_450_000, 367_920_000, 641_305_000, 903_680_000],
      pj: PJR,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.06.04.2.05",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
      ind: "Jumlah PMKS lainnya yang mendapat rehabilitasi sosial",
      sat: "orang",
      k5: 400,
      k6: 142,
      k7: 90,
      kc: [15, 38, 66, 92],
      rp5: 980_000_000,
      rp6: 352_600_000,
      rp7: 215_000_000,
      rpc: [26_300_000, 78_450_000, 139_620_000, 208_915_000],
      pj: PJR,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase penduduk miskin dalam DTKS yang menerima bantuan sosial",
      sat: "%",
      level: true,
      k5: 90,
      k6: 72.5,
      k7: 80,
      kc: [73.1, 75.6, 78.2, 80.9],
      pj: PJL,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil verifikasi dan validasi DTKS",
      sat: "dokumen",
      k5: 20,
      k6: 8,
      k7: 4,
      kc: [1, 2, 3, 4],
      rp5: 1_350_000_000,
      rp6: 498_750_000,
      rp7: 285_000_000,
      rpc: [54_800_000, 126_350_000, 201_470_000, 279_640_000],
      pj: PJL,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.06.05.2.03",
      nama: "Penyelenggaraan Pemberian Bantuan Sosial bagi Fakir Miskin dan Keluarga Rentan",
      ind: "Jumlah keluarga rentan yang menerima bantuan sosial daerah",
      sat: "KK",
      k5: 3_000,
      k6: 1_215,
      k7: 600,
      kc: [0, 210, 430, 615],
      rp5: 7_500_000_000,
      rp6: 3_046_800_000,
      rp7: 1_500_000_000,
      rpc: [12_400_000, 528_750_000, 1_079_600_000, 1_488_225_000],
      pj: PJL,
    },
    {
      id: "u2",
      lvl: "u",
      kode: "2.08",
      nama: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    },
    {
      id: "p3",
      lvl: "p",
      kode: "2.08.07",
      nama: "Program Perlindungan Khusus Anak",
      ind: "Persentase kasus kekerasan terhadap anak yang tertangani sesuai standar",
      sat: "%",
      level: true,
      k5: 100,
      k6: 88.2,
      k7: 92,
      kc: [90, 91.3, 93.5, 94.1],
      pj: PJA,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "2.08.07.2.01",
      nama: "Pencegahan Kekerasan terhadap Anak yang Melibatkan Para Pihak Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah kegiatan sosialisasi pencegahan kekerasan terhadap anak",
      sat: "kegiatan",
      k5: 60,
      k6: 22,
      k7: 12,
      kc: [2, 5, 9, 12],
      rp5: 650_000_000,
      rp6: 238_400_000,
      rp7: 140_000_000,
      rpc: [18_600_000, 52_300_000, 97_450_000, 138_210_000],
      pj: PJA,
    },
    {
      // planted: coded under program 2.08.06 (Pemenuhan Hak Anak) although it sits under 2.08.07
      id: "k32",
      lvl: "k",
      kode: "2.08.06.2.02",
      nama: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah anak memerlukan perlindungan khusus yang mendapat layanan",
      sat: "anak",
      k5: 600,
      k6: 236,
      k7: 120,
      kc: [28, 61, 97, 128],
      rp5: 1_450_000_000,
      rp6: 576_900_000,
      rp7: 310_000_000,
      rpc: [48_250_000, 119_600_000, 206_430_000, 301_175_000],
      pj: PJA,
    },
  ];
  const kegOf = (id: string): KumIn[] => {
    const i = rows.findIndex((x) => x.id === id);
    const out: KumIn[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl === "k"; j++) out.push(rows[j]);
    return out;
  };
  // program money is typed: the sum of its kegiatan
  for (const p of rows.filter((x) => x.lvl === "p")) {
    const ks = kegOf(p.id);
    p.rp5 = sum(ks.map((k) => k.rp5!));
    p.rp6 = sum(ks.map((k) => k.rp6!));
    p.rp7 = sum(ks.map((k) => k.rp7!));
    p.rpc = [0, 1, 2, 3].map((i) => sum(ks.map((k) => k.rpc![i])));
  }
  // planted 1: the year's realisasi Rp of kegiatan 1.06.05.2.01 adds the four cumulative columns
  const PLANT_KUM = "k21";
  // planted 2: kegiatan 2.08.07.2.02 coded 2.08.06.2.02
  const PLANT_CODE = { id: "k32", parent: "p3" };

  const KN = "Kin.";
  const KU = "Keu. (Rp)";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
    pct = false,
  ) => [
    { key: `k${key}`, head: [...head, KN], role: kr, year, fmt: pct ? DEC : undefined, width: 10 } as Col,
    {
      key: `rp${key}`,
      head: [...head, KU],
      role: rr,
      year,
      fmt: pct ? DEC : RP,
      width: pct ? 10 : 16,
    } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Bidang Urusan / Program / Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 9 },
    ...pair("5", ["Target Akhir Renstra (2026)"], "target", "anggaran"),
    ...pair("6", ["Realisasi s.d. Tahun 2023"], "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja 2024"], "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i): Col[] => [
      {
        key: `c${i + 1}k`,
        head: ["Realisasi Kumulatif s.d. Triwulan", q, KN],
        role: "realisasi",
        year: 2024,
        width: 10,
      },
      {
        key: `c${i + 1}rp`,
        head: ["Realisasi Kumulatif s.d. Triwulan", q, KU],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
    ]),
    ...pair("12", ["Realisasi Renja 2024"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", ["Capaian Renja 2024 (%)"], "capaian", "capaian", 2024, true),
    ...pair("14", ["Realisasi Renstra s.d. 2024"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("15", ["Capaian Renstra s.d. 2024 (%)"], "capaian", "capaian", undefined, true),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
  ];
  const data = rows.filter((x) => x.lvl !== "u");
  let no = 0;
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl !== "k",
    cells: (c) => {
      if (x.lvl === "u") return { kode: x.kode, nama: x.nama };
      const F = (v: number) => fmt(v, x.level ? DEC : INT);
      const a = (k: string) => c.a(k);
      const cells: Record<string, Cell> = {
        no: x.lvl === "p" ? ++no : undefined,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k5: F(x.k5!),
        k6: F(x.k6!),
        k7: F(x.k7!),
        rp5: x.rp5,
        rp6: x.rp6,
        rp7: x.rp7,
        pj: x.pj,
        ket: x.level ? "nilai posisi" : "kumulatif",
      };
      x.kc!.forEach((v, i) => (cells[`c${i + 1}k`] = F(v)));
      x.rpc!.forEach((v, i) => (cells[`c${i + 1}rp`] = v));
      cells.k12 = fx(a("c4k"));
      cells.rp12 =
        x.id === PLANT_KUM ? fx(`${a("c1rp")}+${a("c2rp")}+${a("c3rp")}+${a("c4rp")}`) : fx(a("c4rp"));
      cells.k14 = fx(x.level ? a("k12") : `${a("k6")}+${a("k12")}`);
      cells.rp14 = fx(`${a("rp6")}+${a("rp12")}`);
      // the capaian cells (IFERROR formulas) are written after finish()
      return cells;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...body,
      { id: "avg", bold: true, span: ["no", "sat"], cells: { no: "Rata-rata Capaian (%)" } },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat" } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Realisasi per triwulan dicatat kumulatif (s.d. triwulan berkenaan); realisasi tahun 2024 = realisasi s.d. Triwulan IV.",
    "2. Capaian = realisasi / target x 100%; rata-rata capaian dari baris program dan kegiatan.",
    "3. Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 26, {
    tempat: "Wairinding, 17 Januari 2025",
    jabatan: ["Kepala Dinas Sosial, Pemberdayaan Perempuan", "dan Perlindungan Anak,"],
    nama: "YOHANA SEPTINA MAHUZE, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780925 200312 2 006",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  for (const x of data) {
    const A = (k: string) => a(k, x.id);
    const w = (k: string, f: string) => rawFormula(s, A(k), `IFERROR(${f},0)`, DEC);
    w("k13", rt(A("k12"), A("k7")));
    w("rp13", rt(A("rp12"), A("rp7")));
    w("k15", rt(A("k14"), A("k5")));
    w("rp15", rt(A("rp14"), A("rp5")));
  }
  const fr = data[0].id;
  const ls = data[data.length - 1].id;
  for (const k of ["k13", "rp13", "k15", "rp15"]) {
    rawFormula(s, a(k, "avg"), `ROUND(AVERAGE(${a(k, fr)}:${a(k, ls)}),2)`, DEC);
    typePredikat(s, a(k, "pred"), a(k, "avg"));
  }

  const c4 = (u: string, id: string) => [1, 2, 3, 4].map((q) => a(`c${q}${u}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", PLANT_KUM) },
    rules: ["sum-mismatch", "serapan-over-100", "inconsistent-formula"],
    note: "Realisasi Renja 2024 Keu. of kegiatan 1.06.05.2.01 is =I+II+III+IV over the cumulative columns (662,260,000, 232.37 % of the 285,000,000 pagu); the year's realisasi is the s.d. Triwulan IV value 279,640,000, as every other row points at it",
    truth: a("c4rp", PLANT_KUM),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE.id) },
    rules: ["code-hierarchy"],
    note: "kegiatan Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus is coded 2.08.06.2.02 (program 2.08.06, Pemenuhan Hak Anak) under program 2.08.07; its code is 2.08.07.2.02",
    truth: a("kode", PLANT_CODE.parent),
    actual: `PARENT(${a("kode", PLANT_CODE.id)})`,
  });
  const follow = new Set([`${PLANT_KUM}.rp13`, `${PLANT_KUM}.rp14`, `${PLANT_KUM}.rp15`]);
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string) => {
    if (follow.has(`${id}.${key}`)) return;
    b.ok({ sheet: S, cell: a(key, id), rules, truth, trap, tol: /^rp1[24]$/.test(key) ? 0.5 : undefined });
  };
  for (const x of data) {
    const id = x.id;
    // the year's realisasi is the s.d. Triwulan IV value, not the four cumulative columns added up
    ok(id, "k12", ["sum-mismatch"], a("c4k", id), c4("k", id));
    if (id !== PLANT_KUM) ok(id, "rp12", ["sum-mismatch", "serapan-over-100"], a("c4rp", id), c4("rp", id));
    if (x.level) ok(id, "k14", ["sum-mismatch"], a("k12", id), `${a("k6", id)}+${a("k12", id)}`);
    else ok(id, "k14", ["sum-mismatch"], `${a("k6", id)}+${a("k12", id)}`);
    ok(id, "rp14", ["sum-mismatch"], `${a("rp6", id)}+${a("rp12", id)}`);
    ok(id, "k13", ["capaian-mismatch"], rt(a("k12", id), a("k7", id)));
    ok(id, "rp13", ["capaian-mismatch", "serapan-over-100"], rt(a("rp12", id), a("rp7", id)));
    ok(id, "k15", ["capaian-mismatch"], rt(a("k14", id), a("k5", id)));
    ok(id, "rp15", ["capaian-mismatch"], rt(a("rp14", id), a("rp5", id)));
    if (x.lvl === "p") {
      for (const key of ["rp5", "rp6", "rp7", "c1rp", "c2rp", "c3rp", "c4rp"])
        ok(
          id,
          key,
          ["sum-mismatch"],
          kegOf(id)
            .map((k) => a(key, k.id))
            .join("+"),
        );
    }
    if (x.lvl === "k" && id !== PLANT_CODE.id) {
      const prog = [...rows.slice(0, rows.indexOf(x))].reverse().find((y) => y.lvl === "p")!;
      b.ok({
        sheet: S,
        cell: a("kode", id),
        rules: ["code-hierarchy"],
        truth: a("kode", prog.id),
        actual: `PARENT(${a("kode", id)})`,
      });
    }
  }
  for (const k of ["k13", "k15"]) {
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
  }
  return b;
}

// ==================== E.80 Renstra 2021-2026 s.d. 2024, Dinas PMK Kabupaten Wairinding (kumulatif)

type E80In = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** l level (rate), s stock (cumulative count), f flow (yearly count) */
  jenis: "l" | "s" | "f";
  neg?: boolean;
  awal?: number;
  /** targets 2022..2026 */
  t: number[];
  /** realisasi 2022..2024 */
  r: number[];
  tRp?: number[];
  rRp?: number[];
  pj: string;
};

const Y5 = [2022, 2023, 2024, 2025, 2026];
const Y3 = [2022, 2023, 2024];

/** E.80 of a Dinas Pemberdayaan Masyarakat dan Kampung, Renstra 2021-2026, evaluated s.d. 2024. */
export function e80Kampung(): BookW {
  const b = new BookW(
    "e80-kumulatif-dpmk-wairinding.xlsx",
    "E.80 Renstra evaluation (new kabupaten)",
    "E.80 of a Dinas Pemberdayaan Masyarakat dan Kampung, Renstra 2021-2026, mid-period (s.d. 2024): No | Kode | Program/Kegiatan | Indikator | Satuan | Capaian Kinerja Awal (2021) | 'Target Kinerja dan Pagu Indikatif Renstra PD' > 2022 .. 2026 > K | Rp | Target Akhir Periode Renstra (2026) > K | Rp | 'Realisasi Kinerja dan Anggaran' > 2022 .. 2024 > K | Rp | 'Rasio Capaian (%)' > 2022 .. 2024 > K | Rp | Realisasi Kumulatif s.d. 2024 > K | Rp | Capaian s.d. 2024 terhadap Target Akhir (%) > K | Rp | Unit Penanggung Jawab; group headers unmerged (written once in their first cell); number row 1 .. 35; a lower-is-better stock (kampung tertinggal, refleksi), a cumulative stock and rates whose end target and kumulatif are the last value, flows whose end target and kumulatif are sums; ROUND rasio formulas, SUM program money",
  );
  const S = "E.80";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAIRINDING",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN KAMPUNG",
    "Jl. Poros Kampung Baru No. 11 Wairinding",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH KABUPATEN WAIRINDING",
    "Renstra Dinas Pemberdayaan Masyarakat dan Kampung Tahun 2021-2026 (evaluasi paruh waktu s.d. Tahun 2024)",
  ]);
  s.gap();
  const PJ1 = "Bidang Penataan dan Pengembangan Kampung";
  const PJ2 = "Bidang Pemerintahan Kampung";
  const PJ3 = "Bidang Kelembagaan dan Masyarakat Adat";
  const rows: E80In[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "2.13.02",
      nama: "Program Penataan Desa",
      ind: "Jumlah kampung berstatus tertinggal dan sangat tertinggal (IDM)",
      sat: "kampung",
      jenis: "s",
      neg: true,
      awal: 46,
      t: [44, 41, 38, 35, 32],
      r: [45, 40, 39],
      pj: PJ1,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "2.13.02.2.01",
      nama: "Penyelenggaraan Penataan Desa",
      ind: "Jumlah dokumen usulan penataan kampung yang difasilitasi",
      sat: "dokumen",
      jenis: "f",
      t: [2, 2, 3, 3, 2],
      r: [2, 2, 3],
      tRp: [420_000_000, 455_000_000, 510_000_000, 540_000_000, 575_000_000],
      rRp: [398_650_000, 441_820_000, 487_315_000],
      pj: PJ1,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "2.13.02.2.02",
      nama: "Fasilitasi Peningkatan Status Indeks Desa Membangun",
      ind: "Jumlah kampung yang didampingi peningkatan status IDM",
      sat: "kampung",
      jenis: "f",
      t: [10, 12, 12, 14, 14],
      r: [10, 11, 13],
      tRp: [650_000_000, 780_000_000, 800_000_000, 920_000_000, 950_000_000],
      rRp: [628_400_000, 752_960_000, 791_205_000],
      pj: PJ1,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "2.13.04",
      nama: "Program Administrasi Pemerintahan Desa",
      ind: "Persentase kampung yang menyampaikan laporan pertanggungjawaban Dana Kampung tepat waktu",
      sat: "%",
      jenis: "l",
      awal: 58.04,
      t: [65, 70, 75, 80, 85],
      r: [66.07, 71.43, 74.11],
      pj: PJ2,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "2.13.04.2.01",
      nama: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: "Jumlah aparatur kampung yang mengikuti bimbingan teknis",
      sat: "orang",
      jenis: "f",
      t: [120, 140, 150, 160, 170],
      r: [118, 146, 152],
      tRp: [720_000_000, 810_000_000, 865_000_000, 905_000_000, 950_000_000],
      rRp: [702_360_000, 793_415_000, 851_240_000],
      pj: PJ2,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "2.13.04.2.02",
      nama: "Fasilitasi Pengelolaan Keuangan dan Aset Kampung",
      ind: "Jumlah kampung yang telah menerapkan Siskeudes daring (kumulatif)",
      sat: "kampung",
      jenis: "s",
      t: [40, 60, 80, 100, 112],
      r: [42, 63, 83],
      tRp: [380_000_000, 420_000_000, 450_000_000, 470_000_000, 480_000_000],
      rRp: [366_850_000, 409_730_000, 438_960_000],
      pj: PJ2,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "2.13.05",
      nama: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      ind: "Persentase lembaga kemasyarakatan kampung yang aktif",
      sat: "%",
      jenis: "l",
      awal: 48.5,
      t: [55, 60, 65, 70, 75],
      r: [56.2, 61.8, 64.3],
      pj: PJ3,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "2.13.05.2.01",
      nama: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah lembaga kemasyarakatan dan lembaga adat yang difasilitasi",
      sat: "lembaga",
      jenis: "f",
      t: [30, 35, 35, 40, 40],
      r: [28, 36, 37],
      tRp: [540_000_000, 610_000_000, 640_000_000, 690_000_000, 720_000_000],
      rRp: [521_400_000, 598_650_000, 630_185_000],
      pj: PJ3,
    },
  ];
  const kegOf = (id: string): E80In[] => {
    const i = rows.findIndex((x) => x.id === id);
    const out: E80In[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl === "k"; j++) out.push(rows[j]);
    return out;
  };
  /** the end target as the kind requires: the sum for flows, the last target otherwise */
  const akhir = (x: E80In) => (x.jenis === "f" ? sum(x.t) : x.t[4]);
  // planted 1: the end target K of the bimtek flow is the 2026 target (170); the five years give 740
  const PLANT_AK = { id: "k21", v: 170 };
  // planted 2: the rasio Rp 2023 of kegiatan 2.13.05.2.01 divides by the 2022 target Rp
  const PLANT_F = { id: "k31", i: 1 };

  const TG = "Target Kinerja dan Pagu Indikatif Renstra PD";
  const RL = "Realisasi Kinerja dan Anggaran";
  const RS = "Rasio Capaian (%)";
  let n = 0;
  const num = () => ++n;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 14 },
    { key: "nama", head: ["Program/Kegiatan"], num: num(), width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 10 },
    {
      key: "awal",
      head: ["Capaian Kinerja Awal Periode Renstra (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: num(),
      width: 11,
    },
  ];
  Y5.forEach((y, i) => {
    cols.push(
      { key: `tK${i}`, head: [TG, String(y), "K"], role: "target", year: y, num: num(), width: 9 },
      {
        key: `tRp${i}`,
        head: [TG, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: num(),
        fmt: RP,
        width: 15,
      },
    );
  });
  const AK = "Target Akhir Periode Renstra (2026)";
  cols.push(
    { key: "akK", head: [AK, "K"], role: "target", num: num(), width: 9 },
    { key: "akRp", head: [AK, "Rp"], role: "anggaran", num: num(), fmt: RP, width: 16 },
  );
  Y3.forEach((y, i) => {
    cols.push(
      { key: `rK${i}`, head: [RL, String(y), "K"], role: "realisasi", year: y, num: num(), width: 9 },
      {
        key: `rRp${i}`,
        head: [RL, String(y), "Rp"],
        role: "realisasi-anggaran",
        year: y,
        num: num(),
        fmt: RP,
        width: 15,
      },
    );
  });
  Y3.forEach((y, i) => {
    cols.push(
      { key: `cK${i}`, head: [RS, String(y), "K"], role: "capaian", year: y, num: num(), fmt: DEC, width: 9 },
      {
        key: `cRp${i}`,
        head: [RS, String(y), "Rp"],
        role: "capaian",
        year: y,
        num: num(),
        fmt: DEC,
        width: 9,
      },
    );
  });
  const KM = "Realisasi Kumulatif s.d. 2024";
  const CA = "Capaian s.d. 2024 terhadap Target Akhir (%)";
  cols.push(
    { key: "kumK", head: [KM, "K"], role: "realisasi", year: 2024, num: num(), width: 9 },
    {
      key: "kumRp",
      head: [KM, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: num(),
      fmt: RP,
      width: 16,
    },
    { key: "caK", head: [CA, "K"], role: "capaian", num: num(), fmt: DEC, width: 9 },
    { key: "caRp", head: [CA, "Rp"], role: "capaian", num: num(), fmt: DEC, width: 9 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 24 },
  );
  const RPKEYS = [...Y5.map((_, i) => `tRp${i}`), "akRp", ...Y3.map((_, i) => `rRp${i}`), "kumRp"];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.lvl === "p",
      cells: (c) => {
        const f = x.jenis === "l" ? DEC : INT;
        const F = (v: number) => fmt(v, f);
        const a = (k: string) => c.a(k);
        const cells: Record<string, Cell> = {
          no: x.lvl === "p" ? ++no : undefined,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal === undefined ? undefined : F(x.awal),
          akK: F(x.id === PLANT_AK.id ? PLANT_AK.v : akhir(x)),
          pj: x.pj,
        };
        x.t.forEach((v, i) => (cells[`tK${i}`] = F(v)));
        x.r.forEach((v, i) => (cells[`rK${i}`] = F(v)));
        if (x.lvl === "k") {
          x.tRp!.forEach((v, i) => (cells[`tRp${i}`] = v));
          x.rRp!.forEach((v, i) => (cells[`rRp${i}`] = v));
          cells.akRp = fx(Y5.map((_, i) => a(`tRp${i}`)).join("+"));
          cells.kumRp = fx(Y3.map((_, i) => a(`rRp${i}`)).join("+"));
        } else {
          const ks = kegOf(x.id);
          const r1 = c.row(ks[0].id);
          const r2 = c.row(ks[ks.length - 1].id);
          for (const k of RPKEYS) cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${r2})`);
        }
        // kumulatif K: flows add their years (formula), levels and stocks typed as the 2024 value
        cells.kumK = x.jenis === "f" ? fx(Y3.map((_, i) => a(`rK${i}`)).join("+")) : F(x.r[2]);
        Y3.forEach((_, i) => {
          const T = a(`tK${i}`);
          const R = a(`rK${i}`);
          cells[`cK${i}`] = fx(x.neg ? refl(R, T) : rt(R, T));
          const TR = x.id === PLANT_F.id && i === PLANT_F.i ? a(`tRp${i - 1}`) : a(`tRp${i}`);
          cells[`cRp${i}`] = fx(rt(a(`rRp${i}`), TR));
        });
        cells.caK = fx(x.neg ? refl(a("kumK"), a("akK")) : rt(a("kumK"), a("akK")));
        cells.caRp = fx(rt(a("kumRp"), a("akRp")));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- K = kinerja; Rp = pagu indikatif / realisasi anggaran (rupiah).",
    "- Jumlah kampung tertinggal berpolaritas negatif: rasio = (2 x target - realisasi) / target x 100.",
    "- Target akhir dan realisasi kumulatif: indikator persentase dan jumlah kumulatif memakai nilai tahun terakhir; indikator jumlah per tahun dijumlahkan.",
    "- Data IDM: Kementerian Desa PDTT, status tahun berjalan.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Wairinding, 3 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT", "DAN KAMPUNG KABUPATEN WAIRINDING,"],
    nama: "OKTOVIANUS RUMBIAK, S.IP., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19760310 200212 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const x21 = rows.find((x) => x.id === PLANT_AK.id)!;
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_AK.id) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `the end target K of the aparatur kampung trained (a yearly count) is ${PLANT_AK.v}, the 2026 target; the five years ${x21.t.join(" + ")} give ${sum(x21.t)}`,
    truth: Y5.map((_, i) => a(`tK${i}`, PLANT_AK.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a(`cRp${PLANT_F.i}`, PLANT_F.id) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rasio Rp 2023 of kegiatan 2.13.05.2.01 is =ROUND(realisasi 2023 / target 2022 * 100,2) = 110.86, one column off; 598,650,000 / 610,000,000 gives 98.14",
    truth: rt(a(`rRp${PLANT_F.i}`, PLANT_F.id), a(`tRp${PLANT_F.i}`, PLANT_F.id)),
  });
  for (const x of rows) {
    const id = x.id;
    const A = (k: string) => a(k, id);
    const tK = Y5.map((_, i) => A(`tK${i}`));
    const rK = Y3.map((_, i) => A(`rK${i}`));
    // end target K: the sum for flows, the last target for levels and stocks (not the five added up)
    if (id !== PLANT_AK.id)
      b.ok({
        sheet: S,
        cell: A("akK"),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: x.jenis === "f" ? tK.join("+") : tK[4],
        trap: x.jenis === "f" ? tK[4] : tK.join("+"),
      });
    b.ok({
      sheet: S,
      cell: A("akRp"),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y5.map((_, i) => A(`tRp${i}`)).join("+"),
      tol: 0.5,
    });
    // kumulatif K: the sum of the years for flows, the 2024 value for levels and stocks
    b.ok({
      sheet: S,
      cell: A("kumK"),
      rules: ["sum-mismatch"],
      truth: x.jenis === "f" ? rK.join("+") : rK[2],
      trap: x.jenis === "f" ? undefined : rK.join("+"),
    });
    b.ok({
      sheet: S,
      cell: A("kumRp"),
      rules: ["sum-mismatch"],
      truth: Y3.map((_, i) => A(`rRp${i}`)).join("+"),
      tol: 0.5,
    });
    Y3.forEach((_, i) => {
      const T = A(`tK${i}`);
      const R = A(`rK${i}`);
      b.ok({
        sheet: S,
        cell: A(`cK${i}`),
        rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
      if (!(id === PLANT_F.id && i === PLANT_F.i))
        b.ok({
          sheet: S,
          cell: A(`cRp${i}`),
          rules: ["capaian-mismatch", "serapan-over-100"],
          truth: rt(A(`rRp${i}`), A(`tRp${i}`)),
        });
    });
    if (id !== PLANT_AK.id)
      b.ok({
        sheet: S,
        cell: A("caK"),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(A("kumK"), A("akK")) : rt(A("kumK"), A("akK")),
        trap: x.neg ? rt(A("kumK"), A("akK")) : undefined,
      });
    b.ok({ sheet: S, cell: A("caRp"), rules: ["capaian-mismatch"], truth: rt(A("kumRp"), A("akRp")) });
    if (x.lvl === "p")
      for (const k of RPKEYS.filter((q) => q !== "akRp" && q !== "kumRp"))
        b.ok({
          sheet: S,
          cell: A(k),
          rules: ["sum-mismatch"],
          truth: kegOf(id)
            .map((q) => a(k, q.id))
            .join("+"),
          tol: 0.5,
        });
    // the falling targets of the kampung tertinggal (lower is better) are its way
    if (x.neg)
      for (const i of [1, 2, 3, 4])
        b.ok({ sheet: S, cell: A(`tK${i}`), rules: ["target-trend"], truth: String(x.t[i]) });
  }
  return b.finish();
}
