// Plans and evaluations with K | Rp pairs of a BRIDA: the T-C.27 Renstra 2025-2029 funding table of a
// Sulawesi Tengah kabupaten "(dalam ribuan rupiah)", and the E.81 evaluation of the Renja 2024 of a
// Nusa Tenggara Timur kabupaten's BRIDA. Codes follow Kepmendagri (5.05.02 > 5.05.02.2.01 >
// 5.05.02.2.01.0001). Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// =============================================== BRIDA Kabupaten Banggai Tengah, T-C.27 Renstra 2025-2029

type TRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  rp?: number[];
};

export function tc27Brida(): BookW {
  const b = new BookW(
    "tc27-pendanaan-brida-banggai-tengah.xlsx",
    "T-C.27 rencana program dan pendanaan (BRIDA)",
    "T-C.27 Renstra BRIDA 2025-2029 of a Sulawesi Tengah kabupaten, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > K | Rp | Kondisi Kinerja pada Akhir Periode Renstra > K | Rp | Unit Kerja; number row merged over the pairs, '16 = 7+9+11+13+15'; kegiatan and program Rp formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI TENGAH", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BRIDA Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rows: TRow[] = [
    {
      id: "p",
      kode: "5.05.02",
      nm: "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
      ind: "Indeks Inovasi Daerah",
      sat: "skor",
      awal: 45.1,
      k: [47, 49.5, 52, 54.5, 57],
      flow: false,
    },
    {
      id: "k1",
      kode: "5.05.02.2.01",
      nm: "Penelitian dan Pengembangan Urusan Pemerintahan Daerah",
      ind: "Jumlah dokumen hasil penelitian dan pengkajian",
      sat: "dokumen",
      awal: 6,
      k: [6, 7, 7, 8, 8],
      flow: true,
    },
    {
      id: "s1",
      kode: "5.05.02.2.01.0001",
      nm: "Penelitian dan Kajian Kebijakan Pembangunan Daerah",
      ind: "Jumlah dokumen hasil kajian kebijakan",
      sat: "dokumen",
      awal: 4,
      k: [4, 4, 4, 5, 5],
      flow: true,
      rp: [412_500, 436_000, 455_750, 480_000, 502_300],
    },
    {
      id: "s2",
      kode: "5.05.02.2.01.0002",
      nm: "Penelitian Sosial, Ekonomi dan Pemerintahan",
      ind: "Jumlah dokumen hasil penelitian",
      sat: "dokumen",
      awal: 2,
      k: [2, 3, 3, 3, 3],
      flow: true,
      rp: [238_400, 265_000, 281_250, 297_800, 310_500],
    },
    {
      id: "k2",
      kode: "5.05.02.2.02",
      nm: "Pengembangan Inovasi dan Teknologi Daerah",
      ind: "Jumlah inovasi daerah yang difasilitasi",
      sat: "inovasi",
      awal: 26,
      k: [30, 35, 40, 45, 50],
      flow: true,
    },
    // planted: coded under program 5.05.03 while it stands under kegiatan 5.05.02.2.02
    {
      id: "s3",
      kode: "5.05.03.2.02.0001",
      nm: "Fasilitasi Pengembangan Inovasi Daerah",
      ind: "Jumlah inovasi perangkat daerah yang didampingi",
      sat: "inovasi",
      awal: 26,
      k: [30, 35, 40, 45, 50],
      flow: true,
      rp: [345_000, 372_500, 398_000, 421_750, 447_600],
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 10,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, String(y), "K"], role: "target", year: y, num: String(6 + i), width: 8 },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(6 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "K"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11",
      width: 9,
    },
    {
      key: "rpak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => ({
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.flow ? "0" : DEC),
        ...Object.fromEntries(
          years.flatMap((y, i) => [
            [`k${y}`, fmt(x.k[i], x.flow ? "0" : DEC)],
            [`rp${y}`, x.rp ? x.rp[i] : fx(kids[x.id].map((id) => c.a(`rp${y}`, id)).join("+"))],
          ]),
        ),
        kak: x.flow ? fx(years.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k2029")),
        // planted: the kondisi akhir Rp of s2 leaves out 2029
        rpak: fx((x.id === "s2" ? years.slice(0, 4) : years).map((y) => c.a(`rp${y}`)).join("+")),
        pj: x.id === "k2" || x.id === "s3" ? "Bidang Inovasi dan Teknologi" : "Bidang Riset",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indeks = target tahun 2029; jumlah dokumen dan inovasi = kumulatif 2025 s.d. 2029.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Luwuk Tengah, 14 Maret 2025",
    jabatan: ["Kepala BRIDA Kabupaten Banggai Tengah,"],
    nama: "Ir. SAHRUL LAMATEA, M.Eng.",
    nip: "19740930 200003 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const sum5 = (id: string, p: string) => years.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpak", "s2") },
    rules: ["sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 5.05.02.2.01.0002 adds 2025-2028 only (1,082,450); with 2029's 310,500 the five years give 1,392,950",
    truth: sum5("s2", "rp"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Pengembangan Inovasi Daerah is coded 5.05.03.2.02.0001 (program 5.05.03) under kegiatan 5.05.02.2.02; its code is 5.05.02.2.02.0001",
    truth: `${a("kode", "k2")}&".0001"`,
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rpak", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: sum5(id, "rp"),
    });
  b.ok({
    sheet: S,
    cell: a("kak", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: sum5("p", "k"),
  });
  for (const id of ["k1", "s1"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: sum5(id, "k"),
      // a flow of dokumen ends at the five years added, not the last target
      trap: a("k2029", id),
    });
  b.ok({
    sheet: S,
    cell: a("rp2025", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2025", "k1")}+${a("rp2025", "k2")}`,
    trap: `SUM(${a("rp2025", "k1")}:${a("rp2025", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp2027", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2027", "s1")}+${a("rp2027", "s2")}`,
  });
  for (const [id, up] of [
    ["k1", "p"],
    ["k2", "p"],
    ["s1", "k1"],
    ["s2", "k1"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}

// ================================================== BRIDA Kabupaten Lembata Timur, E.81 evaluasi Renja 2024

type ERow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | null>;
  flow: boolean;
  rp?: { r5: number; r6: number; r7: number; q: number[] };
};

export function e81Brida(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-brida-lembata-timur.xlsx",
    "E.81 evaluasi hasil Renja (BRIDA)",
    "E.81 evaluasi Renja 2024 of a BRIDA in Nusa Tenggara Timur: K | Rp pairs for (5) Target Renstra akhir (2026), (6) Realisasi s.d. Renja 2023, (7) Target Renja 2024, (8)-(11) Triwulan I-IV, (12), (13), (14); ordinal headers 'tahun lalu (n-2)', 'tahun berjalan (n-1)' with the years in the title; number row with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; levels take Triwulan IV",
  );
  const S = "E.81";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBATA TIMUR", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBATA TIMUR",
    "Renstra BRIDA Periode 2022-2026; Renja BRIDA Tahun 2024 (n-1), s.d. Triwulan IV",
  ]);
  s.gap();
  const rows: ERow[] = [
    {
      id: "p",
      kode: "5.05.02",
      nm: "Program Penelitian dan Pengembangan Daerah",
      ind: "Indeks inovasi daerah",
      sat: "skor",
      k5: 60,
      k6: 51.3,
      k7: 54,
      kq: [null, null, null, 55.72],
      flow: false,
    },
    {
      id: "k",
      kode: "5.05.02.2.01",
      nm: "Penelitian dan Pengembangan Urusan Pemerintahan Daerah",
      ind: "Jumlah dokumen penelitian dan kajian",
      sat: "dokumen",
      k5: 20,
      k6: 9,
      k7: 4,
      kq: [0, 1, 1, 2],
      flow: true,
    },
    {
      id: "s1",
      kode: "5.05.02.2.01.0001",
      nm: "Penelitian dan Kajian Kebijakan Pembangunan Daerah",
      ind: "Jumlah dokumen kajian kebijakan",
      sat: "dokumen",
      k5: 20,
      k6: 9,
      k7: 4,
      kq: [0, 1, 1, 2],
      flow: true,
      rp: {
        r5: 2_150_000_000,
        r6: 1_302_750_000,
        r7: 565_000_000,
        q: [62_150_000, 138_400_000, 151_900_000, 187_275_000],
      },
    },
    {
      id: "s2",
      kode: "5.05.02.2.01.0002",
      nm: "Diseminasi dan Pemanfaatan Hasil Kelitbangan",
      ind: "Persentase rekomendasi hasil kajian yang ditindaklanjuti",
      sat: "%",
      k5: 80,
      k6: 62.5,
      k7: 70,
      kq: [55, 60, 66.7, 72.5],
      flow: false,
      rp: {
        r5: 2_700_000_000,
        r6: 1_602_650_000,
        r7: 720_000_000,
        q: [95_400_000, 161_250_000, 188_600_000, 243_150_000],
      },
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
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1)", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun Berjalan",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. Tahun Berjalan (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. Tahun Berjalan (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qs = [1, 2, 3, 4];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => {
        const rpOf = (key: string) =>
          x.id === "p" ? fx(c.a(key, "k")) : fx(`${c.a(key, "s1")}+${c.a(key, "s2")}`);
        const kf = x.flow ? "0" : DEC;
        return {
          no: x.id === "p" ? 1 : x.id === "k" ? `1.${i}` : null,
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          k5: fmt(x.k5, kf),
          rp5: x.rp ? x.rp.r5 : rpOf("rp5"),
          k6: fmt(x.k6, kf),
          rp6: x.rp ? x.rp.r6 : rpOf("rp6"),
          k7: fmt(x.k7, kf),
          rp7: x.rp ? x.rp.r7 : rpOf("rp7"),
          ...Object.fromEntries(
            qs.flatMap((q) => [
              [`kq${q}`, x.kq[q - 1] === null ? null : fmt(x.kq[q - 1]!, kf)],
              [`rpq${q}`, x.rp ? x.rp.q[q - 1] : rpOf(`rpq${q}`)],
            ]),
          ),
          // a level (indeks, persentase) takes Triwulan IV; a flow adds its quarters
          k12: x.flow ? fx(qs.map((q) => c.a(`kq${q}`)).join("+")) : fx(c.a("kq4")),
          // planted: s2's Rp (12) is a typed 668,400,000 (the quarters give 688,400,000)
          rp12: x.id === "s2" ? 668_400_000 : fx(qs.map((q) => c.a(`rpq${q}`)).join("+")),
          k13: x.flow ? fx(`${c.a("k6")}+${c.a("k12")}`) : fx(c.a("k12")),
          rp13: fx(`${c.a("rp6")}+${c.a("rp12")}`),
          // planted: s1's K (14) divides by the Renja target (7) instead of the Renstra target (5)
          k14: fx(`ROUND(${c.a("k13")}/${c.a(x.id === "s1" ? "k7" : "k5")}*100,2)`),
          rp14: fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`),
          pj: "BRIDA",
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan perguruan tinggi mitra dalam penyusunan kajian.",
    "Faktor penghambat: keterlambatan pengadaan jasa konsultansi penelitian pada triwulan I.",
    "Tindak lanjut: percepatan jadwal pengadaan pada Renja tahun berikutnya.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lewoleba Timur, 20 Januari 2025",
    jabatan: ["Kepala Badan Riset dan Inovasi Daerah,"],
    nama: "MARIA GORETI BEDA, S.Si., M.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760311 200212 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 5.05.02.2.01.0002 is a typed 668,400,000 among formulas; Triwulan I-IV give 688,400,000",
    truth: qs.map((q) => a(`rpq${q}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 5.05.02.2.01.0001 divides (13) by the Renja target (7): 13 / 4 = 325.00; 13 / 5 gives 13 / 20 x 100 = 65.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: qs.map((q) => a(`kq${q}`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "s1"),
    rules: ["sum-mismatch"],
    truth: qs.map((q) => a(`kq${q}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch"],
    truth: qs.map((q) => a(`rpq${q}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  return b.finish();
}
