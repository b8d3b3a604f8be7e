// Money recaps of the seventy-sixth unseen set: the recap of the APBDes 2024 per desa of Kecamatan
// Wololele (Dinas PMD Kabupaten Lembah Ndona, Nusa Tenggara Timur) and the recap of the BUMDes per
// kecamatan of the Dinas PMD Kabupaten Sebangau Hulu (Kalimantan Tengah). Every name and number is
// invented.
import { BookW, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

// ===================================================== Rekap APBDes 2024, Kecamatan Wololele (NTT)

type Desa = {
  id: string;
  nm: string;
  dd: number;
  add: number;
  bhp: number;
  pad: number | string;
  sl: number;
};

/** APBDes recap: pendapatan, belanja per bidang, surplus / defisit, SiLPA, one row per desa. */
export function apbdesWololele(): BookW {
  const b = new BookW(
    "rekap-apbdes-bidang-desa-dpmd-lembah-ndona.xlsx",
    "Rekapitulasi APBDes 2024 per desa (Dinas PMD)",
    "No | Nama Desa | 'Pendapatan Desa (Rp)' > Dana Desa | Alokasi Dana Desa | Bagi Hasil Pajak & Retribusi Daerah | PAD Desa | Jumlah Pendapatan | 'Belanja Desa menurut Bidang (Rp)' > five bidang | Jumlah Belanja | Surplus / (Defisit) | Penerimaan Pembiayaan (SiLPA 2023) | SiLPA Tahun Berjalan; number row 1 .. 16 with formulas written in it; SUM formulas per desa, one Jumlah Pendapatan typed; a desa in deficit covered by its SiLPA; JUMLAH row",
  );
  const S = "Rekap APBDes";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH NDONA",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Gatot Subroto No. 17, Nuaone - Nusa Tenggara Timur",
  ]);
  s.lines(
    [
      "REKAPITULASI ANGGARAN PENDAPATAN DAN BELANJA DESA (APBDes) TAHUN ANGGARAN 2024",
      "KECAMATAN WOLOLELE (APBDes Perubahan, dalam rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: Desa[] = [
    { id: "d1", nm: "Nuaone", dd: 912345000, add: 384560000, bhp: 18420000, pad: 12500000, sl: 24310500 },
    { id: "d2", nm: "Ratenggoji", dd: 1034872000, add: 412338000, bhp: 22615000, pad: 8750000, sl: 11872000 },
    { id: "d3", nm: "Detukeli Baru", dd: 786410000, add: 356902000, bhp: 14380000, pad: 0, sl: 6450000 },
    { id: "d4", nm: "Nggela Utara", dd: 858903000, add: 371445000, bhp: 16927000, pad: "-", sl: 17225800 },
    { id: "d5", nm: "Roga Lama", dd: 975226000, add: 398127000, bhp: 20114000, pad: 21300000, sl: 58915300 },
    { id: "d6", nm: "Watukamba", dd: 821560000, add: 362884000, bhp: 15603000, pad: 3250000, sl: 9120000 },
    {
      id: "d7",
      nm: "Jopu Wangge",
      dd: 1102384000,
      add: 431206000,
      bhp: 25842000,
      pad: 27650000,
      sl: 32604200,
    },
    {
      id: "d8",
      nm: "Wolotolo Tengah",
      dd: 768915000,
      add: 349770000,
      bhp: 13956000,
      pad: 6800000,
      sl: 4985000,
    },
  ];
  const P = (x: Desa) => x.dd + x.add + x.bhp + (typeof x.pad === "number" ? x.pad : 0);
  const share = (x: Desa): number[] => {
    const f = x.id === "d5" ? [0.33, 0.47, 0.07, 0.13, 0.04] : [0.33, 0.41, 0.07, 0.13, 0.04];
    return f.map((k) => Math.round((P(x) * k) / 1000) * 1000);
  };
  // planted 1: Detukeli Baru's Jumlah Pendapatan typed 1,175,692,000; the four sources give 1,157,692,000
  if (P(xs[2]) !== 1157692000) throw new Error("apbdes: d3");
  if (P(xs[4]) - sum(share(xs[4])) >= 0 || P(xs[4]) - sum(share(xs[4])) + xs[4].sl <= 0)
    throw new Error("apbdes: d5 not a covered deficit");
  const P1 = "Pendapatan Desa (Rp)";
  const B1 = "Belanja Desa menurut Bidang (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Nama Desa"], role: "lokasi", num: 2, width: 18 },
    { key: "dd", head: [P1, "Dana Desa"], role: "anggaran", year: 2024, num: 3, fmt: RP, width: 15 },
    { key: "add", head: [P1, "Alokasi Dana Desa"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 15 },
    {
      key: "bhp",
      head: [P1, "Bagi Hasil Pajak & Retribusi Daerah"],
      role: "anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 14,
    },
    { key: "pad", head: [P1, "PAD Desa"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 13 },
    {
      key: "jp",
      head: [P1, "Jumlah Pendapatan"],
      role: "anggaran",
      year: 2024,
      num: "7 = 3 s.d. 6",
      fmt: RP,
      width: 16,
    },
    {
      key: "b1",
      head: [B1, "Penyelenggaraan Pemerintahan Desa"],
      role: "anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 15,
    },
    {
      key: "b2",
      head: [B1, "Pelaksanaan Pembangunan Desa"],
      role: "anggaran",
      year: 2024,
      num: 9,
      fmt: RP,
      width: 15,
    },
    {
      key: "b3",
      head: [B1, "Pembinaan Kemasyarakatan"],
      role: "anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 14,
    },
    {
      key: "b4",
      head: [B1, "Pemberdayaan Masyarakat"],
      role: "anggaran",
      year: 2024,
      num: 11,
      fmt: RP,
      width: 14,
    },
    {
      key: "b5",
      head: [B1, "Penanggulangan Bencana, Darurat & Mendesak"],
      role: "anggaran",
      year: 2024,
      num: 12,
      fmt: RP,
      width: 14,
    },
    {
      key: "jb",
      head: [B1, "Jumlah Belanja"],
      role: "anggaran",
      year: 2024,
      num: "13 = 8 s.d. 12",
      fmt: RP,
      width: 16,
    },
    {
      key: "sd",
      head: ["Surplus / (Defisit)"],
      role: "anggaran",
      year: 2024,
      num: "14 = 7 - 13",
      fmt: RP,
      width: 15,
    },
    {
      key: "sl",
      head: ["Penerimaan Pembiayaan (SiLPA 2023)"],
      role: "anggaran",
      year: 2024,
      num: 15,
      fmt: RP,
      width: 15,
    },
    {
      key: "sp",
      head: ["SiLPA Tahun Berjalan"],
      role: "anggaran",
      year: 2024,
      num: "16 = 14 + 15",
      fmt: RP,
      width: 15,
    },
  ];
  const money = ["dd", "add", "bhp", "pad", "jp", "b1", "b2", "b3", "b4", "b5", "jb", "sd", "sl", "sp"];
  let staleSd = 0;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const sh = share(x);
      const jb = sum(sh);
      if (x.id === "d6") staleSd = P(x) - jb + 27500000;
      return {
        no: i + 1,
        nm: x.nm,
        dd: x.dd,
        add: x.add,
        bhp: x.bhp,
        pad: x.pad,
        jp: x.id === "d3" ? 1175692000 : fx(`SUM(${c.a("dd")}:${c.a("pad")})`),
        b1: sh[0],
        b2: sh[1],
        b3: sh[2],
        b4: sh[3],
        b5: sh[4],
        jb: fx(`SUM(${c.a("b1")}:${c.a("b5")})`),
        // planted 3: Watukamba's surplus keeps the result cached before the belanja was revised
        sd: x.id === "d6" ? fx(`${c.a("jp")}-${c.a("jb")}`, staleSd) : fx(`${c.a("jp")}-${c.a("jb")}`),
        sl: x.sl,
        sp: fx(`${c.a("sd")}+${c.a("sl")}`),
      };
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
      for (const k of money)
        // planted 2: the Jumlah Belanja total stops at Jopu Wangge and leaves Wolotolo Tengah out
        out[k] = fx(`SUM(${c.c(k)}${c.row("d1")}:${c.c(k)}${c.row(k === "jb" ? "d7" : "d8")})`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Perdes APBDes Perubahan Tahun Anggaran 2024 dari 8 (delapan) desa, diverifikasi Seksi Keuangan dan Aset Desa.",
    "Keterangan: tanda '-' = desa belum memiliki sumber PAD Desa.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Nuaone, 14 Oktober 2024",
    jabatan: ["Kepala Dinas Pemberdayaan Masyarakat dan Desa", "Kabupaten Lembah Ndona,"],
    nama: "YOHANES BERKHMANS LEWO DAKA, S.Sos., M.AP",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740618 199903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const r = (k: string, id1: string, id2: string) => `${t.c(k)}${t.row(id1)}:${t.c(k)}${t.row(id2)}`;
  b.plant({
    at: { sheet: S, cell: a("jp", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Pendapatan of Desa Detukeli Baru is a typed 1,175,692,000 among SUM formulas; Dana Desa 786,410,000 + ADD 356,902,000 + bagi hasil 14,380,000 + PAD 0 give 1,157,692,000 (digits 5 and 7 swapped)",
    truth: `SUM(${a("dd", "d3")}:${a("pad", "d3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("jb", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH of Jumlah Belanja is =SUM over the rows Nuaone .. Jopu Wangge only = 9,313,071,000; Desa Wolotolo Tengah (1,116,653,000) is left out: the eight desa give 10,429,724,000, as the five bidang totals do",
    truth: `SUM(${r("jb", "d1", "d8")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("sd", "d6") },
    rules: ["sum-mismatch"],
    note: "Surplus of Desa Watukamba is =G-M but its cached result 51,565,000 is from before the belanja was revised; Jumlah Pendapatan 1,203,297,000 - Jumlah Belanja 1,179,232,000 give 24,065,000",
    truth: `${a("jp", "d6")}-${a("jb", "d6")}`,
  });
  for (const id of ["d1", "d4", "d8"])
    b.ok({
      sheet: S,
      cell: a("jp", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("dd", id)}:${a("pad", id)})`,
    });
  for (const id of ["d2", "d5"])
    b.ok({
      sheet: S,
      cell: a("jb", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("b1", id)}:${a("b5", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("sd", "d5"),
    rules: ["sum-mismatch"],
    truth: `${a("jp", "d5")}-${a("jb", "d5")}`,
    trap: `${a("jp", "d5")}+${a("jb", "d5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sp", "d5"),
    rules: ["sum-mismatch"],
    truth: `${a("sd", "d5")}+${a("sl", "d5")}`,
    trap: a("sd", "d5"),
  });
  for (const k of ["dd", "add", "b2", "sl"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${r(k, "d1", "d8")})` });
  return b.finish();
}

// ============================================= Rekap BUMDes per kecamatan, Kab. Sebangau Hulu (Kalteng)

type Kec = {
  id: string;
  nm: string;
  desa: number;
  bum: number;
  akt: number;
  tdk: number;
  mod: number;
  omz: number;
};

/** BUMDes recap per kecamatan: counts by status, % aktif, penyertaan modal and omzet. */
export function bumdesSebangauHulu(): BookW {
  const b = new BookW(
    "rekap-bumdes-aktif-kecamatan-dpmd-sebangau-hulu.xlsx",
    "Rekapitulasi BUMDes per kecamatan 2024 (Dinas PMD)",
    "No | Kecamatan | Jml Desa | Jml BUMDes | 'Kondisi BUMDes' > Aktif | Belum / Tidak Aktif | % Aktif | Penyertaan Modal Desa s.d. 2024 (Rp) | Omzet Usaha 2024 (Rp); three header rows with a year group over the money; no number row; counts typed, % aktif ROUND formulas, the total's % from the totals; Jumlah row",
  );
  const S = "BUMDes";
  const s = b.sheet(S);
  s.lines(
    [
      "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN SEBANGAU HULU",
      "Rekapitulasi Badan Usaha Milik Desa (BUMDes) per Kecamatan - Keadaan 31 Desember 2024",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const xs: Kec[] = [
    { id: "k1", nm: "Sepang Simin", desa: 14, bum: 13, akt: 10, tdk: 3, mod: 1245600000, omz: 2318460000 },
    { id: "k2", nm: "Bukit Sua", desa: 11, bum: 11, akt: 8, tdk: 3, mod: 876250000, omz: 1204775000 },
    { id: "k3", nm: "Tampelas Hulu", desa: 17, bum: 15, akt: 12, tdk: 3, mod: 1530400000, omz: 2911080000 },
    { id: "k4", nm: "Manuhing Tengah", desa: 9, bum: 8, akt: 5, tdk: 4, mod: 512800000, omz: 386240000 },
    { id: "k5", nm: "Mihing Raya", desa: 12, bum: 12, akt: 12, tdk: 0, mod: 1118350000, omz: 2045615000 },
    { id: "k6", nm: "Kahingai", desa: 15, bum: 14, akt: 11, tdk: 3, mod: 1402900000, omz: 2487330000 },
    { id: "k7", nm: "Telaga Pulang", desa: 10, bum: 9, akt: 6, tdk: 3, mod: 634500000, omz: 512960000 },
    { id: "k8", nm: "Pendahara", desa: 13, bum: 12, akt: 9, tdk: 3, mod: 987125000, omz: 1376890000 },
    { id: "k9", nm: "Tangkiling Jaya", desa: 8, bum: 7, akt: 4, tdk: 3, mod: 398700000, omz: 214550000 },
  ];
  // planted 1: Manuhing Tengah 8 BUMDes, but 5 aktif + 4 tidak aktif = 9
  // planted 2: Telaga Pulang's % aktif divides by its 10 desa (60.00), not by its 9 BUMDes (66.67)
  if (round((6 / 10) * 100) !== 60 || round((6 / 9) * 100) !== 66.67) throw new Error("bumdes: k7");
  const K = "Kondisi BUMDes";
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
    { key: "desa", head: ["Jml Desa"], role: "lainnya", fmt: INT, width: 8 },
    { key: "bum", head: ["Jml BUMDes"], role: "lainnya", fmt: INT, width: 9 },
    { key: "akt", head: [K, "Aktif"], role: "lainnya", fmt: INT, width: 8 },
    { key: "tdk", head: [K, "Belum / Tidak Aktif"], role: "lainnya", fmt: INT, width: 10 },
    { key: "pct", head: [K, "% Aktif"], role: "lainnya", fmt: "0.00", width: 9 },
    { key: "mod", head: [Y, "Penyertaan Modal Desa", "(Rp)"], role: "lainnya", fmt: RP, width: 17 },
    { key: "omz", head: [Y, "Omzet Usaha", "(Rp)"], role: "lainnya", fmt: RP, width: 17 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      nm: x.nm,
      desa: x.desa,
      bum: x.bum,
      akt: x.akt,
      tdk: x.tdk,
      pct: fx(`ROUND(${c.a("akt")}/${c.a(x.id === "k7" ? "desa" : "bum")}*100,2)`),
      mod: x.mod,
      omz: x.omz,
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { no: "Jumlah" };
      for (const k of ["desa", "bum", "akt", "tdk", "mod", "omz"])
        out[k] = fx(`SUM(${c.c(k)}${c.row("k1")}:${c.c(k)}${c.row("k9")})`);
      out.pct = fx(`ROUND(${c.a("akt")}/${c.a("bum")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows }, 2);
  s.gap();
  s.lines(
    [
      "Catatan: BUMDes aktif = melaksanakan Musyawarah Desa pertanggungjawaban dan memiliki unit usaha berjalan pada 2024.",
      "% Aktif = BUMDes aktif / jumlah BUMDes x 100.",
    ],
    2,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Kuala Sebangau, 20 Januari 2025",
    jabatan: ["Kepala Bidang Usaha Ekonomi Masyarakat Desa"],
    nama: "RINTO ANDERIAS NGABUT, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820907 200903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("bum", "k4") },
        { sheet: S, cell: a("tdk", "k4") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "Kecamatan Manuhing Tengah: 8 BUMDes, but 5 aktif + 4 belum / tidak aktif = 9",
    truth: `${a("akt", "k4")}+${a("tdk", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k7") },
    rules: ["ratio-components-mismatch", "inconsistent-formula", "capaian-mismatch"],
    note: "% Aktif of Telaga Pulang is =ROUND(akt/desa*100,2) = 60.00 (6 of 10 desa); by the note and the other rows it is 6 / 9 BUMDes = 66.67",
    truth: `ROUND(${a("akt", "k7")}/${a("bum", "k7")}*100,2)`,
  });
  for (const id of ["k1", "k3", "k6", "k9"])
    b.ok({ sheet: S, cell: a("bum", id), rules: ["sum-mismatch"], truth: `${a("akt", id)}+${a("tdk", id)}` });
  b.ok({
    sheet: S,
    cell: a("pct", "k5"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a("akt", "k5")}/${a("bum", "k5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("akt", "tot")}/${a("bum", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k9")})`,
  });
  for (const k of ["desa", "akt", "mod", "omz"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "k1")}:${a(k, "k9")})`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "k8"),
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("akt", "k8")}/${a("bum", "k8")}*100,2)`,
    trap: `ROUND(${a("akt", "k8")}/${a("desa", "k8")}*100,2)`,
  });
  return b.finish();
}
