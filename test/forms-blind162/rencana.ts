// Plans and evaluations of a Dinas Perkebunan: the T-C.27 rencana program, kegiatan dan pendanaan
// indikatif of a Sulawesi Tenggara kabupaten (kakao and kopi, "(dalam ribuan rupiah)", Target | Rp per
// year, kondisi akhir: a level's last target, a flow's sum, the Rp of the five years), and the E.81
// evaluasi hasil Renja 2024 of a Riau kabupaten (PSR, STD-B, ISPO, K | Rp pairs, quarters: flows add
// them, levels take Triwulan IV). Every name and number is invented.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ================================ Dinas Perkebunan Kabupaten Konawe Laut Raya, T-C.27 Renstra 2025-2029

type Keg = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp: number[];
};

export const TC27_YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27KonaweLaut(): BookW {
  const b = new BookW(
    "tc27-pendanaan-indikatif-disbun-konawe-laut-raya.xlsx",
    "T-C.27 Renstra funding (Dinas Perkebunan)",
    "T-C.27 Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja PD Penanggung Jawab; number row 1 .. 18 with '17 = 7+9+11+13+15'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KONAWE LAUT RAYA", "DINAS PERKEBUNAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Indikatif Dinas Perkebunan Kabupaten Konawe Laut Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P = {
    kode: "3.27.02",
    nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Produktivitas kakao perkebunan rakyat",
    sat: "kg/ha/th",
    awal: 571,
    k: [600, 625, 650, 675, 700],
  };
  const KG: Keg[] = [
    {
      id: "k1",
      kode: "3.27.02.2.01",
      nm: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Luas kebun kakao rakyat yang direhabilitasi dan diintensifikasi",
      sat: "ha",
      awal: 350,
      k: [400, 400, 450, 450, 500],
      rp: [1_250_000, 1_310_000, 1_420_000, 1_465_000, 1_580_000],
    },
    {
      id: "k2",
      kode: "3.27.02.2.02",
      nm: "Pengelolaan Sumber Daya Genetik (SDG) Tanaman Perkebunan",
      ind: "Jumlah benih kopi robusta unggul bersertifikat yang disalurkan",
      sat: "batang",
      awal: 120_000,
      k: [150_000, 160_000, 175_000, 180_000, 200_000],
      rp: [640_500, 672_000, 705_300, 738_750, 776_400],
    },
    {
      id: "k3",
      // planted: coded under program 3.27.03 while it stands under 3.27.02
      kode: "3.27.03.2.03",
      nm: "Pengendalian Organisme Pengganggu Tanaman Perkebunan",
      ind: "Luas serangan OPT kakao dan kopi yang dikendalikan",
      sat: "ha",
      awal: 280,
      k: [300, 320, 340, 360, 380],
      rp: [455_000, 468_250, 481_900, 496_300, 512_600],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 15 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: INT,
      width: 11,
    },
    ...TC27_YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ${y}`, "Target"],
        role: "target",
        year: y,
        num: String(6 + 2 * i),
        fmt: INT,
        width: 10,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: String(7 + 2 * i),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kak", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: "16", fmt: INT, width: 11 },
    {
      key: "karp",
      head: [KA, "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 18 },
  ];
  const rpSum = (c: (k: string) => string) => TC27_YEARS.map((y) => c(`rp${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (x) => ({
          kode: P.kode,
          nm: P.nm,
          ind: P.ind,
          sat: P.sat,
          awal: P.awal,
          ...Object.fromEntries(
            TC27_YEARS.flatMap((y, i) => [
              [`k${y}`, P.k[i]],
              [`rp${y}`, fx(KG.map((k) => x.a(`rp${y}`, k.id)).join("+"))],
            ]),
          ),
          kak: 700,
          karp: fx(rpSum((k) => x.a(k))),
          pj: "Dinas Perkebunan",
        }),
      },
      ...KG.map((k): Row => ({
        id: k.id,
        cells: (x) => ({
          kode: k.kode,
          nm: k.nm,
          ind: k.ind,
          sat: k.sat,
          awal: k.awal,
          ...Object.fromEntries(
            TC27_YEARS.flatMap((y, i) => [
              [`k${y}`, k.k[i]],
              [`rp${y}`, k.rp[i]],
            ]),
          ),
          kak: k.k.reduce((n, v) => n + v, 0),
          // planted: the benih kopi kondisi akhir Rp typed as the first four years only
          karp: k.id === "k2" ? k.rp.slice(0, 4).reduce((n, v) => n + v, 0) : fx(rpSum((c) => x.a(c))),
          pj: k.id === "k3" ? "Bidang Perlindungan Perkebunan" : "Bidang Produksi",
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator kegiatan (ha, batang) bersifat kumulatif, kondisi akhir = jumlah lima tahun; produktivitas = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Konawe Laut Raya, 14 Maret 2025",
    jabatan: ["KEPALA DINAS PERKEBUNAN,"],
    nama: "Dr. Ir. ANDI MUH. TAKDIR RAHMAN, M.P.",
    nip: "19720609 199803 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("karp", "k2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of the benih kopi kegiatan is a typed 2,756,550 (the years 2025-2028) among formulas; with 2029's 776,400 the five years give 3,532,950",
    truth: rpSum((c) => a(c, "k2")),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengendalian OPT Perkebunan is coded 3.27.03.2.03 (program 3.27.03) under program 3.27.02; its code is 3.27.02.2.03",
    truth: `${a("kode", "p")}&".2.03"`,
  });
  for (const y of TC27_YEARS)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: KG.map((k) => a(`rp${y}`, k.id)).join("+"),
    });
  for (const id of ["p", "k1", "k3"])
    b.ok({ sheet: S, cell: a("karp", id), rules: ["kondisi-akhir-mismatch"], truth: rpSum((c) => a(c, id)) });
  // a level's kondisi akhir is the 2029 target, not the sum; a flow's is the sum, not the 2029 target
  b.ok({
    sheet: S,
    cell: a("kak", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: TC27_YEARS.map((y) => a(`k${y}`, "p")).join("+"),
  });
  for (const id of ["k1", "k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: TC27_YEARS.map((y) => a(`k${y}`, id)).join("+"),
      trap: a("k2029", id),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  return b.finish();
}

// ================================== Dinas Perkebunan Kabupaten Rokan Tengah, E.81 evaluasi Renja 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  /** target akhir, s.d. 2023, Renja 2024, TW I..IV: K */
  k: [number, number, number, number[]];
  rp?: [number, number, number, number[]];
};

export function e81RokanTengah(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-disbun-rokan-tengah.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Perkebunan)",
    "E.81 evaluasi hasil Renja 2024 of a Dinas Perkebunan in Riau: No | Kode | Program / Kegiatan | Indikator | Satuan | K | Rp pairs for (5) target akhir Renstra (2026), (6) s.d. Renja 2023, (7) Renja 2024, 'Realisasi Kinerja pada Triwulan' > I .. IV, (12), (13), (14) | Unit PD; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; program Rp = its kegiatan; faktor pendorong / penghambat below",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ROKAN TENGAH",
    "DINAS PERKEBUNAN",
    "Jl. Lingkar Pasir Pengaraian Baru Km. 4",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN ROKAN TENGAH",
    "RENJA DINAS PERKEBUNAN KABUPATEN ROKAN TENGAH",
    "Periode Pelaksanaan: Tahun 2024 (Triwulan I s.d. IV)",
  ]);
  s.gap();
  const KEG: E[] = [
    {
      id: "k1",
      kode: "3.27.02.2.01",
      nm: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Luas peremajaan sawit rakyat (PSR) yang difasilitasi",
      sat: "ha",
      k: [2_500, 980, 520, [0, 140, 190, 170]],
      rp: [6_250_000_000, 2_310_000_000, 1_280_000_000, [180_000_000, 310_000_000, 365_000_000, 378_500_000]],
    },
    {
      id: "k2",
      kode: "3.27.02.2.02",
      nm: "Pendaftaran Usaha Budidaya Tanaman Perkebunan",
      ind: "Jumlah pekebun yang memperoleh STD-B",
      sat: "pekebun",
      k: [4_000, 1_650, 850, [120, 260, 230, 180]],
      rp: [1_500_000_000, 560_000_000, 320_000_000, [42_500_000, 88_750_000, 96_400_000, 79_650_000]],
    },
    {
      id: "k3",
      kode: "3.27.02.2.03",
      nm: "Fasilitasi Sertifikasi Perkebunan Berkelanjutan",
      ind: "Persentase kebun sawit rakyat terverifikasi ISPO",
      sat: "%",
      k: [40, 18.5, 25, [19.2, 20.6, 22.8, 24.1]],
      rp: [2_000_000_000, 720_000_000, 410_000_000, [55_000_000, 98_300_000, 121_700_000, 118_450_000]],
    },
  ];
  const PR: E = {
    id: "p",
    kode: "3.27.02",
    nm: "Program Penyediaan dan Pengembangan Sarana Pertanian",
    ind: "Persentase pekebun sawit yang menerapkan GAP",
    sat: "%",
    k: [60, 41.5, 48, [42.3, 44.0, 46.2, 47.5]],
  };
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "nm", head: ["Urusan / Bidang / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2024)"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const row = (e: E, i: number | undefined): Row => ({
    id: e.id,
    bold: e.id === "p",
    cells: (x) => {
      const level = e.sat === "%";
      const out: Record<string, ReturnType<typeof fmt> | ReturnType<typeof fx> | string | number> = {
        kode: e.kode,
        nm: e.nm,
        ind: e.ind,
        sat: e.sat,
        k5: fmt(e.k[0], level ? DEC : INT),
        k6: fmt(e.k[1], level ? DEC : INT),
        k7: fmt(e.k[2], level ? DEC : INT),
        k12: fx(level ? x.a("kq4") : ["kq1", "kq2", "kq3", "kq4"].map((k) => x.a(k)).join("+")),
        k13: fx(level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`),
        // planted: the PSR capaian divides by the Renja 2024 target (7) instead of the Renstra target (5)
        k14: fx(`ROUND(${x.a("k13")}/${x.a(e.id === "k1" ? "k7" : "k5")}*100,2)`),
        // planted: the STD-B Rp (12) adds Triwulan I-III only
        r12: fx(
          (e.id === "k2" ? ["rq1", "rq2", "rq3"] : ["rq1", "rq2", "rq3", "rq4"]).map((k) => x.a(k)).join("+"),
        ),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Dinas Perkebunan",
      };
      if (i !== undefined) out.no = i;
      e.k[3].forEach((v, q) => (out[`kq${q + 1}`] = fmt(v, level ? DEC : INT)));
      for (const [j, key] of ["r5", "r6", "r7"].entries())
        out[key] = e.rp ? (e.rp[j] as number) : fx(KEG.map((k) => x.a(key, k.id)).join("+"));
      for (let q = 0; q < 4; q++)
        out[`rq${q + 1}`] = e.rp ? e.rp[3][q] : fx(KEG.map((k) => x.a(`rq${q + 1}`, k.id)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [row(PR, 1), ...KEG.map((e) => row(e, undefined))],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan dana BPDPKS dan pendampingan penyuluh swadaya.",
    "Faktor penghambat: legalitas lahan pekebun (kawasan hutan) dan keterlambatan rekomendasi teknis PSR.",
    "Tindak lanjut: percepatan STD-B melalui layanan jemput bola di kecamatan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Pasir Pengaraian Baru, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERKEBUNAN", "KABUPATEN ROKAN TENGAH,"],
    nama: "H. RAHMAT HIDAYAT LUBIS, S.P., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740521 200003 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (pre: string, id: string) => ["1", "2", "3", "4"].map((q) => a(`${pre}q${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "k2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of the STD-B kegiatan adds Triwulan I-III only (227,650,000); with Triwulan IV's 79,650,000 it is 307,300,000",
    truth: q4("r", "k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the PSR is =ROUND(13/7*100,2) = 284.62, against the Renja 2024 target; the column's 13 / 5 gives 1,480 / 2,500 = 59.20",
    truth: `ROUND(${a("k13", "k1")}/${a("k5", "k1")}*100,2)`,
  });
  // levels: (12) K is the Triwulan IV level and (13) K the latest level, not sums
  for (const id of ["p", "k3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: q4("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["k1", "k2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q4("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["p", "k1", "k3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q4("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND((${a("r6", id)}+${q4("r", id)})/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["p", "k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const key of ["r5", "r7", "rq4"])
    b.ok({
      sheet: S,
      cell: a(key, "p"),
      rules: ["sum-mismatch"],
      truth: KEG.map((k) => a(key, k.id)).join("+"),
    });
  return b.finish();
}
