// Recaps: the cagar budaya recap per kecamatan 2024 of the Dinas Kebudayaan of Kota Karangsoka
// (Jawa Tengah), with a cumulative stock of cagar budaya ditetapkan and this year's usulan, and the
// realisation recap of the Dana Kelurahan 2024 per kelurahan and bidang of the Kecamatan Passauang
// of Kota Mamaruang (Sulawesi Barat) in two tahap with the sisa from the BKU. Every person and
// number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** Rekap cagar budaya per kecamatan 2024, Dinas Kebudayaan Kota Karangsoka. */
export function rekapCagarBudaya(): BookW {
  const b = new BookW(
    "rekap-cagar-budaya-per-kecamatan-2024-disbud-kota-karangsoka.xlsx",
    "recap of cagar budaya per kecamatan (cumulative stock and usulan)",
    "No | Kecamatan | 'Cagar Budaya Ditetapkan' > s.d. 2023 / Penetapan 2024 / s.d. 2024 | 'Usulan Penetapan 2024 (ODCB)' > Bangunan / Situs & Struktur / Jumlah | Rasio Penetapan 2024 (%); the stock adds last year's stock and this year's penetapan; JUMLAH row of SUMs, its rasio from its own totals",
  );
  const S = "Rekap CB 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KARANGSOKA", "DINAS KEBUDAYAAN", "Bidang Cagar Budaya dan Permuseuman"]);
  s.lines(
    ["REKAPITULASI CAGAR BUDAYA DAN USULAN PENETAPAN MENURUT KECAMATAN", "KEADAAN 31 DESEMBER 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const kec: Array<[string, string, number, number, number, number]> = [
    ["ku", "Karangsoka Utara", 14, 2, 3, 1],
    ["ks", "Karangsoka Selatan", 9, 1, 2, 0],
    ["pk", "Pekunden", 21, 3, 4, 2],
    ["sl", "Sidoluhur", 6, 1, 1, 1],
    ["jk", "Jatiwangi Kidul", 11, 2, 2, 1],
    ["kr", "Krajan Wetan", 17, 1, 3, 2],
  ];
  const D = "Cagar Budaya Ditetapkan";
  const U = "Usulan Penetapan 2024 (ODCB)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "d0", head: [D, "s.d. 2023"], role: "realisasi", year: 2023, num: "(3)", fmt: INT, width: 10 },
    {
      key: "d1",
      head: [D, "Penetapan 2024"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 10,
    },
    {
      key: "d2",
      head: [D, "s.d. 2024"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3) + (4)",
      fmt: INT,
      width: 12,
    },
    { key: "u1", head: [U, "Bangunan"], role: "lainnya", num: "(6)", fmt: INT, width: 10 },
    { key: "u2", head: [U, "Situs & Struktur"], role: "lainnya", num: "(7)", fmt: INT, width: 10 },
    { key: "u3", head: [U, "Jumlah"], role: "lainnya", num: "(8)", fmt: INT, width: 9 },
    {
      key: "ra",
      head: ["Rasio Penetapan 2024 (%)"],
      role: "lainnya",
      num: "(9) = (4) / (8) x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const rows: Row[] = kec.map(([id, name, d0, d1, u1, u2], i) => ({
    id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: name,
      d0,
      d1,
      // planted: the Pekunden stock typed 42 (digits of 24 swapped)
      d2: id === "pk" ? 42 : fx(`${c.a("d0")}+${c.a("d1")}`),
      u1,
      u2,
      u3: fx(`${c.a("u1")}+${c.a("u2")}`),
      ra: fx(`ROUND(${c.a("d1")}/${c.a("u3")}*100,2)`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["d0", "d1", "d2", "u1", "u3"]) out[k] = fx(`SUM(${c.a(k, "ku")}:${c.a(k, "kr")})`);
      // planted: the situs total stops at Jatiwangi Kidul
      out.u2 = fx(`SUM(${c.a("u2", "ku")}:${c.a("u2", "jk")})`);
      out.ra = fx(`ROUND(${c.a("d1")}/${c.a("u3")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Register Nasional Cagar Budaya dan SK Wali Kota tentang Penetapan Cagar Budaya.",
    "ODCB = Objek Diduga Cagar Budaya yang diusulkan oleh Tim Ahli Cagar Budaya Kota.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Karangsoka, 8 Januari 2025",
    jabatan: ["Kepala Bidang Cagar Budaya dan Permuseuman"],
    nama: "RR. ENDANG PURWANINGSIH, S.S., M.A.",
    nip: "19800114 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("d2", "pk") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pekunden cagar budaya s.d. 2024 typed 42; 21 s.d. 2023 + 3 ditetapkan 2024 = 24 (digits swapped)",
    truth: `${a("d0", "pk")}+${a("d1", "pk")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("u2", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH usulan situs & struktur =SUM stops at Jatiwangi Kidul (5); with Krajan Wetan (2) it is 7",
    truth: `SUM(${a("u2", "ku")}:${a("u2", "kr")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ra", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("d1", "jml")}/${a("u3", "jml")}*100,2)`,
    trap: `SUM(${a("ra", "ku")}:${a("ra", "kr")})`,
  });
  b.ok({
    sheet: S,
    cell: a("d2", "kr"),
    rules: ["sum-mismatch"],
    truth: `${a("d0", "kr")}+${a("d1", "kr")}`,
  });
  b.ok({
    sheet: S,
    cell: a("u3", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("u3", "ku")}:${a("u3", "kr")})`,
  });
  return b.finish();
}

type DkR = { id: string; kel?: string; bid: string; pagu: number; r1: number; r2: number; sisa?: number };

/** Rekap realisasi Dana Kelurahan 2024 per kelurahan, Kecamatan Passauang, Kota Mamaruang. */
export function danaKelurahanPassauang(): BookW {
  const b = new BookW(
    "rekap-realisasi-dana-kelurahan-2024-kecamatan-passauang-kota-mamaruang.xlsx",
    "realisation recap of Dana Kelurahan per kelurahan and bidang (tahap I / II, sisa)",
    "No | Kelurahan | Bidang Kegiatan | Pagu (Rp) | 'Tahap I (50%)' > Diterima / Realisasi | 'Tahap II (50%)' > Diterima / Realisasi | Total Realisasi | Sisa Dana per BKU | Serapan (%); subtotal per kelurahan sums its two bidang, TOTAL KECAMATAN its subtotals; sisa typed from the BKU",
  );
  const S = "Rekap DK 2024";
  const s = b.sheet(S);
  letterhead(s, ["KECAMATAN PASSAUANG", "KOTA MAMARUANG - PROVINSI SULAWESI BARAT"]);
  s.lines(["REKAPITULASI PENYALURAN DAN REALISASI DANA KELURAHAN TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  const K = [
    { id: "lp", kel: "Lembang Passauang" },
    { id: "bt", kel: "Bulo Tanete" },
    { id: "tb", kel: "Takandeang Baru" },
  ];
  const data: Record<string, DkR[]> = {
    lp: [
      {
        id: "lp1",
        bid: "Pembangunan Sarana dan Prasarana Kelurahan",
        pagu: 246_400_000,
        r1: 121_350_000,
        r2: 118_900_000,
      },
      {
        id: "lp2",
        bid: "Pemberdayaan Masyarakat Kelurahan",
        pagu: 105_600_000,
        r1: 51_200_000,
        r2: 49_875_000,
      },
    ],
    bt: [
      {
        id: "bt1",
        bid: "Pembangunan Sarana dan Prasarana Kelurahan",
        pagu: 253_500_000,
        r1: 125_600_000,
        r2: 124_150_000,
      },
      // planted: realisasi tahap II typed 53,750,000 (BKU: 35,750,000 spent, sisa 14,550,000)
      {
        id: "bt2",
        bid: "Pemberdayaan Masyarakat Kelurahan",
        pagu: 98_500_000,
        r1: 48_200_000,
        r2: 53_750_000,
        sisa: 14_550_000,
      },
    ],
    tb: [
      {
        id: "tb1",
        bid: "Pembangunan Sarana dan Prasarana Kelurahan",
        pagu: 239_800_000,
        r1: 119_900_000,
        r2: 112_475_000,
      },
      {
        id: "tb2",
        bid: "Pemberdayaan Masyarakat Kelurahan",
        pagu: 112_200_000,
        r1: 55_300_000,
        r2: 54_640_000,
      },
    ],
  };
  const T1 = "Tahap I (50%)";
  const T2 = "Tahap II (50%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kel", head: ["Kelurahan"], role: "lokasi", width: 18 },
    { key: "bid", head: ["Bidang Kegiatan"], role: "lainnya", width: 36 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "d1", head: [T1, "Diterima"], role: "lainnya", fmt: RP, width: 14 },
    { key: "r1", head: [T1, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 14 },
    { key: "d2", head: [T2, "Diterima"], role: "lainnya", fmt: RP, width: 14 },
    { key: "r2", head: [T2, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 14 },
    { key: "tr", head: ["Total Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "si", head: ["Sisa Dana per BKU (Rp)"], role: "lainnya", fmt: RP, width: 14 },
    { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const rows: Row[] = [];
  const sumKeys = ["pagu", "d1", "r1", "d2", "r2", "tr", "si"];
  K.forEach((k, i) => {
    const [x, y] = data[k.id];
    for (const [j, d] of [x, y].entries())
      rows.push({
        id: d.id,
        cells: (c): Record<string, Cell> => ({
          no: j === 0 ? i + 1 : null,
          kel: j === 0 ? k.kel : null,
          bid: d.bid,
          pagu: d.pagu,
          d1: d.pagu / 2,
          r1: d.r1,
          d2: d.pagu / 2,
          r2: d.r2,
          tr: fx(`${c.a("r1")}+${c.a("r2")}`),
          si: d.sisa ?? d.pagu - d.r1 - d.r2,
          sr: fx(`ROUND(${c.a("tr")}/${c.a("pagu")}*100,2)`),
        }),
      });
    rows.push({
      id: k.id,
      bold: true,
      cells: (c) => {
        const out: Record<string, Cell> = { bid: `Jumlah Kel. ${k.kel}` };
        for (const key of sumKeys) out[key] = fx(`SUM(${c.a(key, x.id)}:${c.a(key, y.id)})`);
        out.sr = fx(`ROUND(${c.a("tr")}/${c.a("pagu")}*100,2)`);
        return out;
      },
    });
  });
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bid"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "TOTAL KECAMATAN PASSAUANG" };
      for (const key of sumKeys) {
        const f = `${c.a(key, "lp")}+${c.a(key, "bt")}+${c.a(key, "tb")}`;
        // planted: the tahap I total keeps a stale result from before Takandeang Baru was entered
        out[key] = key === "r1" ? fx(f, 346_350_000) : fx(f);
      }
      out.sr = fx(`ROUND(${c.a("tr")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Sisa dana sesuai Buku Kas Umum (BKU) bendahara kelurahan per 31 Desember 2024."]);
  s.gap();
  signature(s, 8, {
    tempat: "Mamaruang, 10 Januari 2025",
    jabatan: ["Camat Passauang"],
    nama: "ANDI MUH. TASLIM PALLAWA, S.STP., M.Si.",
    nip: "19820917 200112 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("sr", "bt2") },
        { sheet: S, cell: a("r2", "bt2") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch", "capaian-mismatch"],
    note: "Bulo Tanete pemberdayaan: realisasi tahap II typed 53,750,000 on 49,250,000 received, serapan 103.50 %; the BKU sisa 14,550,000 says 83,950,000 were spent (85.23 %)",
    truth: `ROUND((${a("pagu", "bt2")}-${a("si", "bt2")})/${a("pagu", "bt2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("r1", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL tahap I realisasi caches a stale 346,350,000 (Lembang Passauang + Bulo Tanete only); the three kelurahan add to 521,550,000",
    truth: `${a("r1", "lp")}+${a("r1", "bt")}+${a("r1", "tb")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "lp")}+${a("pagu", "bt")}+${a("pagu", "tb")}`,
    trap: `SUM(${a("pagu", "lp1")}:${a("pagu", "tb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sr", "tb"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("tr", "tb")}/${a("pagu", "tb")}*100,2)`,
    trap: `${a("sr", "tb1")}+${a("sr", "tb2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tr", "lp"),
    rules: ["sum-mismatch"],
    truth: `${a("tr", "lp1")}+${a("tr", "lp2")}`,
  });
  return b.finish();
}
