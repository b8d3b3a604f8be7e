// Cross-border traffic recaps of the eighty-third unseen set: the monthly recap of PLBN Labang Nunuk
// kept by the Badan Pengelola Perbatasan Daerah (BPPD) of Kabupaten Bahau Ulu Raya (Kalimantan
// Utara), months down the rows with quarter subtotals, and the quarterly recap of PLBN Haumeniana
// Baru kept by the BPPD of Kabupaten Nanaet Lamaknen (Nusa Tenggara Timur), months across the
// columns grouped by triwulan. Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const TW = ["I", "II", "III", "IV"];

// ======================================= PLBN Labang Nunuk, Kabupaten Bahau Ulu Raya (Kalimantan Utara)

/** Months down the rows, a "Jumlah Triwulan" row after every third month, the year from the four subtotals. */
export function pelintasLabangNunuk(): BookW {
  const b = new BookW(
    "rekap-bulanan-pelintas-plbn-labang-nunuk-2024-bppd-bahau-ulu-raya.xlsx",
    "Rekapitulasi bulanan lalu lintas pelintas batas dan kendaraan di PLBN, with quarter subtotals (BPPD)",
    "No | Bulan | 'Pelintas Masuk (orang)' > WNI | WNA | 'Pelintas Keluar (orang)' > WNI | WNA | Jumlah Pelintas | Porsi WNA (%) | 'Kendaraan Melintas (unit)' > Roda 2 | Roda 4 / lebih | Keterangan; number row; Jumlah Triwulan I .. IV rows (SUM of three months), JUMLAH TAHUN 2024 = the four subtotals (non-adjacent formula); the share of WNA is a ratio of the row's own totals",
  );
  const S = "Rekap PLBN 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BAHAU ULU RAYA",
    "BADAN PENGELOLA PERBATASAN DAERAH",
    "Jl. Poros Perbatasan Km. 4, Long Labang",
  ]);
  s.lines(
    [
      "REKAPITULASI LALU LINTAS PELINTAS BATAS NEGARA DI PLBN LABANG NUNUK",
      "Periode Januari s.d. Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  // monthly counts: WNI masuk, WNA masuk, WNI keluar, WNA keluar, roda 2, roda 4
  const wniM = [2874, 2615, 3108, 3562, 2987, 3245, 3318, 3412, 3086, 3150, 2944, 3671];
  const wnaM = [412, 388, 455, 503, 476, 521, 548, 586, 497, 512, 468, 634];
  const wniK = [2791, 2680, 3044, 3498, 3056, 3187, 3265, 3297, 3119, 3088, 2902, 3584];
  const wnaK = [398, 401, 437, 489, 462, 530, 561, 604, 488, 507, 455, 618];
  const r2 = [684, 641, 702, 755, 698, 731, 744, 768, 712, 725, 690, 803];
  const r4 = [236, 219, 248, 271, 244, 259, 266, 281, 252, 260, 241, 298];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: 2, width: 22 },
    { key: "wniM", head: ["Pelintas Masuk (orang)", "WNI"], role: "realisasi", year: 2024, num: 3, fmt: INT },
    { key: "wnaM", head: ["Pelintas Masuk (orang)", "WNA"], role: "realisasi", year: 2024, num: 4, fmt: INT },
    {
      key: "wniK",
      head: ["Pelintas Keluar (orang)", "WNI"],
      role: "realisasi",
      year: 2024,
      num: 5,
      fmt: INT,
    },
    {
      key: "wnaK",
      head: ["Pelintas Keluar (orang)", "WNA"],
      role: "realisasi",
      year: 2024,
      num: 6,
      fmt: INT,
    },
    {
      key: "jml",
      head: ["Jumlah Pelintas (orang)"],
      role: "realisasi",
      year: 2024,
      num: "7=3+4+5+6",
      fmt: INT,
    },
    { key: "pct", head: ["Porsi WNA (%)"], role: "lainnya", num: "8=(4+6)/7", fmt: DEC, width: 10 },
    {
      key: "r2",
      head: ["Kendaraan Melintas (unit)", "Roda 2"],
      role: "realisasi",
      year: 2024,
      num: 9,
      fmt: INT,
    },
    {
      key: "r4",
      head: ["Kendaraan Melintas (unit)", "Roda 4 / lebih"],
      role: "realisasi",
      year: 2024,
      num: 10,
      fmt: INT,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 11, width: 24 },
  ];
  const NUM = ["wniM", "wnaM", "wniK", "wnaK", "r2", "r4"];
  const data: Record<string, number[]> = { wniM, wnaM, wniK, wnaK, r2, r4 };
  const rowSum = (c: { a: (k: string) => string }) => fx(`SUM(${c.a("wniM")}:${c.a("wnaK")})`);
  const share = (c: { a: (k: string) => string }) =>
    fx(`ROUND((${c.a("wnaM")}+${c.a("wnaK")})/${c.a("jml")}*100,2)`);
  const KET: Record<number, string> = {
    3: "Libur Idul Fitri (arus mudik)",
    11: "Libur Natal dan Tahun Baru",
    6: "Pemeliharaan alat pemindai 3 hari",
  };
  // planted 2: the August total typed, 7,899 with two digits swapped
  const AUG = 7;
  const rows: Row[] = [];
  let no = 0;
  TW.forEach((tw, q) => {
    for (let k = 0; k < 3; k++) {
      const m = 3 * q + k;
      rows.push({
        id: `m${m}`,
        cells: (c) => {
          const out: Record<string, Cell> = { no: ++no, bln: BULAN[m], ket: KET[m] ?? "" };
          for (const key of NUM) out[key] = data[key][m];
          out.jml = m === AUG ? 7989 : rowSum(c);
          out.pct = share(c);
          return out;
        },
      });
    }
    rows.push({
      id: `tw${q}`,
      bold: true,
      cells: (c) => {
        const out: Record<string, Cell> = { bln: `Jumlah Triwulan ${tw}` };
        for (const key of NUM) {
          // planted 1: the TW II subtotal of WNA masuk stops at May
          const last = q === 1 && key === "wnaM" ? `m${3 * q + 1}` : `m${3 * q + 2}`;
          out[key] = fx(`SUM(${c.a(key, `m${3 * q}`)}:${c.a(key, last)})`);
        }
        out.jml = rowSum(c);
        out.pct = share(c);
        return out;
      },
    });
  });
  rows.push({
    id: "thn",
    bold: true,
    cells: (c) => {
      const out: Record<string, Cell> = { bln: "JUMLAH TAHUN 2024" };
      for (const key of NUM) out[key] = fx(TW.map((_, q) => c.a(key, `tw${q}`)).join("+"));
      out.jml = rowSum(c);
      out.pct = share(c);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: aplikasi pencatatan pelintas PLBN Labang Nunuk (data imigrasi dan bea cukai diolah).",
    "Catatan: pelintas dengan Pas Lintas Batas (PLB) dicatat sebagai WNI / WNA sesuai kewarganegaraan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Long Labang, 10 Januari 2025",
    jabatan: ["Kepala Badan Pengelola Perbatasan Daerah", "Kabupaten Bahau Ulu Raya"],
    nama: "YOHANES LAWING IRANG, S.Sos., M.AP",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const tri = (k: string, q: number) => [0, 1, 2].map((i) => a(k, `m${3 * q + i}`)).join("+");
  b.plant({
    at: { sheet: S, cell: a("wnaM", "tw1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah Triwulan II of WNA masuk = SUM of April and May only (979); with June (521) it is 1,500; the other subtotals sum three months",
    truth: tri("wnaM", 1),
  });
  b.plant({
    at: { sheet: S, cell: a("jml", `m${AUG}`) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Pelintas of August typed 7,989 among SUM formulas; 3,412 + 586 + 3,297 + 604 = 7,899 (digits swapped)",
    truth: `${a("wniM", `m${AUG}`)}+${a("wnaM", `m${AUG}`)}+${a("wniK", `m${AUG}`)}+${a("wnaK", `m${AUG}`)}`,
  });
  b.ok({ sheet: S, cell: a("wniM", "tw0"), rules: ["sum-mismatch"], truth: tri("wniM", 0) });
  b.ok({
    sheet: S,
    cell: a("r2", "thn"),
    rules: ["sum-mismatch"],
    truth: TW.map((_, q) => a("r2", `tw${q}`)).join("+"),
    trap: `SUM(${a("r2", "m0")}:${a("r2", "tw3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r4", "thn"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: TW.map((_, q) => a("r4", `tw${q}`)).join("+"),
    trap: `SUM(${a("r4", "m0")}:${a("r4", "tw3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tw0"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("wnaM", "tw0")}+${a("wnaK", "tw0")})/${a("jml", "tw0")}*100,2)`,
    trap: tri("pct", 0),
  });
  b.ok({
    sheet: S,
    cell: a("jml", "tw2"),
    rules: ["sum-mismatch"],
    truth: `${a("wniM", "tw2")}+${a("wnaM", "tw2")}+${a("wniK", "tw2")}+${a("wnaK", "tw2")}`,
  });
  return b.finish();
}

// ===================================== PLBN Haumeniana Baru, Kabupaten Nanaet Lamaknen (Nusa Tenggara Timur)

type Lin = {
  id: string;
  no?: string;
  ur: string;
  sat?: string;
  m?: number[];
  kind: "sec" | "n" | "jml" | "pct";
};

/** Categories down the rows, months across grouped by triwulan with a Jumlah per triwulan, the year and a monthly mean. */
export function lintasHaumeniana(): BookW {
  const b = new BookW(
    "rekap-triwulan-lintas-batas-plbn-haumeniana-baru-bppd-nanaet-lamaknen.xlsx",
    "Rekapitulasi lalu lintas orang dan kendaraan PLBN per bulan dan triwulan, months across (BPPD)",
    "No | Uraian | Satuan | 'Realisasi Tahun 2024' > 'Triwulan I' .. 'Triwulan IV' > three months | Jml TW; Jumlah Tahun 2024 (= the four Jml TW) | Rata-rata per Bulan; sections A .. D; Jumlah rows = WNI + WNA; the WNA share row is a ratio in every column, not a sum",
  );
  const S = "Lintas Batas 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NANAET LAMAKNEN",
    "BADAN PENGELOLA PERBATASAN DAERAH",
    "Bidang Pengelolaan Lintas Batas Negara",
  ]);
  s.lines(["DATA PERLINTASAN ORANG DAN KENDARAAN PLBN HAUMENIANA BARU TAHUN 2024"], 1, { bold: true });
  s.gap();
  const xs: Lin[] = [
    { id: "sA", no: "A", ur: "PELINTAS DATANG", kind: "sec" },
    {
      id: "a1",
      no: "1",
      ur: "Warga Negara Indonesia",
      sat: "orang",
      kind: "n",
      m: [1842, 1705, 1968, 2415, 2106, 2233, 2187, 2354, 2078, 2142, 1986, 2612],
    },
    {
      id: "a2",
      no: "2",
      ur: "Warga Negara Timor-Leste",
      sat: "orang",
      kind: "n",
      m: [1126, 1048, 1187, 1402, 1265, 1318, 1344, 1411, 1236, 1289, 1194, 1563],
    },
    { id: "aj", ur: "Jumlah Pelintas Datang", sat: "orang", kind: "jml" },
    { id: "sB", no: "B", ur: "PELINTAS BERANGKAT", kind: "sec" },
    {
      id: "b1",
      no: "1",
      ur: "Warga Negara Indonesia",
      sat: "orang",
      kind: "n",
      m: [1798, 1744, 1932, 2388, 2131, 2205, 2164, 2318, 2096, 2117, 2003, 2547],
    },
    {
      id: "b2",
      no: "2",
      ur: "Warga Negara Timor-Leste",
      sat: "orang",
      kind: "n",
      m: [1109, 1062, 1175, 1386, 1281, 1296, 1352, 1398, 1247, 1270, 1208, 1541],
    },
    { id: "bj", ur: "Jumlah Pelintas Berangkat", sat: "orang", kind: "jml" },
    { id: "sC", no: "C", ur: "KENDARAAN MELINTAS", kind: "sec" },
    {
      id: "c1",
      no: "1",
      ur: "Sepeda motor",
      sat: "unit",
      kind: "n",
      m: [512, 478, 536, 604, 566, 581, 590, 622, 548, 563, 527, 668],
    },
    {
      id: "c2",
      no: "2",
      ur: "Mobil penumpang",
      sat: "unit",
      kind: "n",
      m: [188, 174, 197, 236, 208, 215, 221, 240, 206, 212, 199, 261],
    },
    {
      id: "c3",
      no: "3",
      ur: "Truk angkutan barang ekspor",
      sat: "unit",
      kind: "n",
      m: [94, 88, 102, 97, 105, 111, 108, 116, 99, 104, 96, 87],
    },
    { id: "sD", no: "D", ur: "INDIKATOR", kind: "sec" },
    { id: "d1", no: "1", ur: "Persentase pelintas WNA terhadap seluruh pelintas", sat: "%", kind: "pct" },
  ];
  const G = "Realisasi Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ur", head: ["Uraian"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
  ];
  TW.forEach((tw, q) => {
    for (let k = 0; k < 3; k++)
      cols.push({
        key: `m${3 * q + k}`,
        head: [G, `Triwulan ${tw}`, BULAN[3 * q + k].slice(0, 3)],
        role: "realisasi",
        year: 2024,
        fmt: INT,
        width: 8,
      });
    cols.push({
      key: `j${q}`,
      head: [G, `Triwulan ${tw}`, `Jml TW ${tw}`],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 9,
    });
  });
  cols.push(
    { key: "thn", head: ["Jumlah Tahun 2024"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    { key: "avg", head: ["Rata-rata per Bulan"], role: "lainnya", fmt: INT, width: 10 },
  );
  const VAL = [...BULAN.map((_, m) => `m${m}`), ...TW.map((_, q) => `j${q}`), "thn"];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.kind !== "n",
    cells: (c) => {
      const out: Record<string, Cell> = { no: x.no, ur: x.ur, sat: x.sat };
      if (x.kind === "sec") return out;
      if (x.kind === "n") {
        x.m!.forEach((v, m) => (out[`m${m}`] = v));
        TW.forEach((_, q) => {
          const f = `SUM(${c.a(`m${3 * q}`)}:${c.a(`m${3 * q + 2}`)})`;
          // planted 1: the TW III subtotal of WNI datang keeps the result from before September was corrected
          out[`j${q}`] = x.id === "a1" && q === 2 ? fx(f, 6207) : fx(f);
        });
        // planted 2: the truck total leaves out TW IV
        const qs = x.id === "c3" ? [0, 1, 2] : [0, 1, 2, 3];
        out.thn = fx(qs.map((q) => c.a(`j${q}`)).join("+"));
        out.avg = fx(`ROUND(${c.a("thn")}/12,0)`);
        return out;
      }
      const pre = x.kind === "jml" ? x.id[0] : "";
      for (const k of VAL)
        out[k] =
          x.kind === "jml"
            ? fx(`${c.a(k, `${pre}1`)}+${c.a(k, `${pre}2`)}`)
            : fx(`ROUND((${c.a(k, "a2")}+${c.a(k, "b2")})/(${c.a(k, "aj")}+${c.a(k, "bj")})*100,2)`);
      out.avg = x.kind === "jml" ? fx(`ROUND(${c.a("thn")}/12,0)`) : "-";
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  for (const k of VAL) s.ws.getCell(`${t.c(k)}${t.row("d1")}`).numFmt = DEC;
  s.gap();
  s.lines(["Sumber data: Kantor Imigrasi, Karantina dan Bea Cukai pada PLBN Haumeniana Baru (diolah)."]);
  s.gap();
  signature(s, 14, {
    tempat: "Nanaet, 14 Januari 2025",
    jabatan: ["Plt. Kepala Badan Pengelola Perbatasan Daerah"],
    nama: "MARSELINUS BRIA SERAN, S.IP., M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19790623 200501 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const tri = (id: string, q: number) => [0, 1, 2].map((i) => a(`m${3 * q + i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j2", "a1") },
    rules: ["sum-mismatch"],
    note: "Jml TW III of WNI datang =SUM(Jul:Sep) caches 6,207 (before September was corrected); 2,187 + 2,354 + 2,078 = 6,619",
    truth: tri("a1", 2),
  });
  b.plant({
    at: { sheet: S, cell: a("thn", "c3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah Tahun 2024 of trucks adds TW I .. TW III only (920); with TW IV (287) it is 1,207; every other row adds the four Jml TW",
    truth: [0, 1, 2, 3].map((q) => a(`j${q}`, "c3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("thn", "c1"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((q) => a(`j${q}`, "c1")).join("+"),
    trap: `SUM(${a("m0", "c1")}:${a("j3", "c1")})`,
  });
  b.ok({ sheet: S, cell: a("j3", "c2"), rules: ["sum-mismatch"], truth: tri("c2", 3) });
  b.ok({
    sheet: S,
    cell: a("j1", "bj"),
    rules: ["sum-mismatch"],
    truth: `${a("j1", "b1")}+${a("j1", "b2")}`,
  });
  for (const q of [0, 1])
    b.ok({
      sheet: S,
      cell: a(`j${q}`, "d1"),
      rules: ["sum-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a(`j${q}`, "a2")}+${a(`j${q}`, "b2")})/(${a(`j${q}`, "aj")}+${a(`j${q}`, "bj")})*100,2)`,
      trap: tri("d1", q),
    });
  return b.finish();
}
