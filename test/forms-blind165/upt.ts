// The Dinas Transmigrasi of Kalimantan Barat: a per-UPT settlement recap (rencana penempatan, KK
// ditempatkan TPA / TPS, lahan usaha dibagikan and bersertifikat) and the E.81 Renja evaluation 2024 of
// the Dinas Tenaga Kerja dan Transmigrasi of a Papua Pegunungan kabupaten, with K | Rp pairs per quarter.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Upt = { id: string; nama: string; kab: string; tgt: number; tpa: number; tps: number; ser: number };

export function rekapUptKalbar(): BookW {
  const b = new BookW(
    "rekap-penempatan-upt-transmigrasi-sambas-hulu.xlsx",
    "Rekap penempatan per UPT (Dinas Transmigrasi)",
    "Rekapitulasi penempatan transmigran dan sertifikasi lahan usaha per UPT 2024, Kalimantan Barat: No | Nama UPT | Kabupaten | Rencana Penempatan (KK) | 'KK Ditempatkan' > TPA | TPS | Jumlah | 'Lahan Usaha I (bidang)' > Dibagikan | Bersertifikat | % Bersertifikat; number row 1 .. '7 = 5 + 6', '10 = 9 / 8 x 100'; JUMLAH row",
  );
  const S = "Rekap UPT 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN BARAT",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Bidang Penyiapan Permukiman dan Penempatan Transmigrasi",
  ]);
  s.lines([
    "REKAPITULASI PENEMPATAN TRANSMIGRAN DAN SERTIFIKASI LAHAN USAHA PER UPT",
    "KEADAAN s.d. 31 DESEMBER 2024",
  ]);
  s.gap();
  const U: Upt[] = [
    {
      id: "u1",
      nama: "UPT Sungai Tembawang SP 1",
      kab: "Sambas Hulu",
      tgt: 200,
      tpa: 150,
      tps: 50,
      ser: 184,
    },
    {
      id: "u2",
      nama: "UPT Sungai Tembawang SP 2",
      kab: "Sambas Hulu",
      tgt: 150,
      tpa: 110,
      tps: 40,
      ser: 121,
    },
    {
      id: "u3",
      nama: "UPT Lintas Entikong Raya",
      kab: "Kapuas Perbatasan",
      tgt: 250,
      tpa: 175,
      tps: 75,
      ser: 196,
    },
    {
      id: "u4",
      nama: "UPT Badau Seberang SP 1",
      kab: "Kapuas Perbatasan",
      tgt: 200,
      tpa: 130,
      tps: 60,
      ser: 147,
    },
    { id: "u5", nama: "UPT Senaning Hilir", kab: "Sintang Utara", tgt: 100, tpa: 75, tps: 25, ser: 62 },
    { id: "u6", nama: "UPT Jagoi Babang Baru", kab: "Bengkayang Raya", tgt: 120, tpa: 90, tps: 30, ser: 98 },
  ];
  const KK = "KK Ditempatkan";
  const LU = "Lahan Usaha I (bidang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "upt", head: ["Nama UPT"], role: "lokasi", num: 2, width: 28 },
    { key: "kab", head: ["Kabupaten"], num: 3, width: 18 },
    { key: "tgt", head: ["Rencana Penempatan (KK)"], role: "target", year: 2024, num: 4, fmt: INT },
    { key: "tpa", head: [KK, "TPA"], role: "realisasi", year: 2024, num: 5, fmt: INT },
    { key: "tps", head: [KK, "TPS"], role: "realisasi", year: 2024, num: 6, fmt: INT },
    { key: "jml", head: [KK, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 5 + 6", fmt: INT },
    { key: "lu", head: [LU, "Dibagikan"], num: 8, fmt: INT },
    { key: "ser", head: [LU, "Bersertifikat"], num: 9, fmt: INT },
    { key: "pct", head: ["% Bersertifikat"], num: "10 = 9 / 8 x 100", fmt: DEC },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "u1")}:${x.a(k, "u6")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          upt: u.nama,
          kab: u.kab,
          tgt: u.tgt,
          tpa: u.tpa,
          tps: u.tps,
          // planted: UPT Lintas Entikong Raya's Jumlah typed 225 (175 + 75 = 250)
          jml: u.id === "u3" ? 225 : fx(`${x.a("tpa")}+${x.a("tps")}`),
          lu: u.tpa + u.tps,
          ser: u.ser,
          // planted: UPT Senaning Hilir's % typed 82.00 (62 / 100 = 62.00)
          pct: u.id === "u5" ? fmt(82, DEC) : fx(`ROUND(${x.a("ser")}/${x.a("lu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          tgt: fx(sumCol("tgt", x)),
          tpa: fx(sumCol("tpa", x)),
          tps: fx(sumCol("tps", x)),
          jml: fx(sumCol("jml", x)),
          lu: fx(sumCol("lu", x)),
          ser: fx(sumCol("ser", x)),
          pct: fx(`ROUND(${x.a("ser")}/${x.a("lu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: TPA = Transmigran Penduduk Asal, TPS = Transmigran Penduduk Setempat; satu KK menerima satu bidang Lahan Usaha I (1 ha).",
    "Persentase pada baris JUMLAH dihitung dari jumlah bidang, bukan dijumlahkan per UPT.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pontianak, 15 Januari 2025",
    jabatan: ["Kepala Bidang Penyiapan Permukiman", "dan Penempatan Transmigrasi,"],
    nama: "YOHANES ALOYSIUS DJAMI, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19770812 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "u3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah KK of UPT Lintas Entikong Raya is a typed 225 among (5)+(6) formulas; 175 TPA + 75 TPS give 250",
    truth: `${a("tpa", "u3")}+${a("tps", "u3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "u5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% bersertifikat of UPT Senaning Hilir is a typed 82.00 among ROUND formulas; 62 / 100 bidang give 62.00",
    truth: `ROUND(${a("ser", "u5")}/${a("lu", "u5")}*100,2)`,
  });
  for (const u of U) {
    if (u.id !== "u3")
      b.ok({
        sheet: S,
        cell: a("jml", u.id),
        rules: ["sum-mismatch"],
        truth: `${a("tpa", u.id)}+${a("tps", u.id)}`,
      });
    if (u.id !== "u5")
      b.ok({
        sheet: S,
        cell: a("pct", u.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("ser", u.id)}/${a("lu", u.id)}*100,2)`,
      });
  }
  for (const k of ["tgt", "tpa", "tps", "lu", "ser"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u6")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("ser", "u1")}:${a("ser", "u6")})/SUM(${a("lu", "u1")}:${a("lu", "u6")})*100,2)`,
    trap: `SUM(${a("pct", "u1")}:${a("pct", "u6")})`,
  });
  return b.finish();
}

// ===================================== E.81 Renja 2024, Disnakertrans Kabupaten Lembah Baliem Timur

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  tw: number[];
  level?: boolean;
  trp?: number;
  rp?: number[];
};

export function e81Transmigrasi(): BookW {
  const b = new BookW(
    "e81-renja-transmigrasi-lembah-baliem-timur.xlsx",
    "E.81 evaluasi Renja (Disnakertrans)",
    "E.81 evaluasi hasil Renja 2024 of a Disnakertrans in Papua Pegunungan: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (6) Target Renja 2024 | (7)-(10) Realisasi Triwulan I-IV | (11) Realisasi Capaian 2024 | (12) Tingkat Capaian (%), each K | Rp (dalam ribuan rupiah); number row merged over the pairs '11 = 7+8+9+10', '12 = 11 / 6 x 100'; the % level takes Triwulan IV",
  );
  const S = "E81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH BALIEM TIMUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH BALIEM TIMUR",
    "TAHUN ANGGARAN 2024 (dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "prog",
      kode: "3.32.02",
      nm: "PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI",
      ind: "Persentase UPT binaan yang mencapai tahap berkembang",
      sat: "%",
      tk: 60,
      tw: [40, 45, 50, 62.5],
      level: true,
    },
    {
      id: "keg",
      kode: "3.32.02.2.01",
      nm: "Penataan Persebaran Penduduk yang Berasal dari Lintas Daerah Provinsi",
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      tk: 250,
      tw: [0, 0, 150, 100],
    },
    {
      id: "s1",
      kode: "3.32.02.2.01.0001",
      nm: "Penyediaan dan Sertifikasi Lahan Usaha Transmigran",
      ind: "Jumlah bidang lahan usaha bersertifikat",
      sat: "bidang",
      tk: 400,
      tw: [0, 120, 150, 106],
      trp: 1_850_000,
      rp: [210_500, 465_250, 520_300, 498_700],
    },
    {
      id: "s2",
      kode: "3.32.02.2.01.0002",
      nm: "Pembangunan Permukiman dan Infrastruktur Kawasan Transmigrasi",
      ind: "Jumlah unit rumah dan jamban keluarga transmigran yang dibangun",
      sat: "unit",
      tk: 250,
      tw: [0, 60, 110, 80],
      trp: 6_420_000,
      rp: [312_400, 1_845_600, 2_210_350, 1_780_150],
    },
    {
      id: "s3",
      kode: "3.32.02.2.01.0003",
      nm: "Pelayanan Penempatan dan Pembinaan Transmigran",
      ind: "Persentase KK transmigran yang menerima jaminan hidup tepat waktu",
      sat: "%",
      tk: 95,
      tw: [88.5, 91.2, 93.6, 96.4],
      level: true,
      trp: 2_150_000,
      rp: [402_600, 512_800, 548_900, 610_450],
    },
  ];
  const pair = (key: string, head: string, num: string, kRole: Col["role"], rRole: Col["role"]): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year: 2024, num, fmt: "#,##0.00", width: 9 },
    { key: `r${key}`, head: [head, "Rp"], role: rRole, year: 2024, num, fmt: RP, width: 13 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("t", "Target Renja Perangkat Daerah Tahun 2024", "6", "target", "anggaran"),
    ...pair("1", "Realisasi Triwulan I", "7", "realisasi", "realisasi-anggaran"),
    ...pair("2", "Realisasi Triwulan II", "8", "realisasi", "realisasi-anggaran"),
    ...pair("3", "Realisasi Triwulan III", "9", "realisasi", "realisasi-anggaran"),
    ...pair("4", "Realisasi Triwulan IV", "10", "realisasi", "realisasi-anggaran"),
    ...pair(
      "r",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...pair(
      "c",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)",
      "12 = 11 / 6 x 100",
      "capaian",
      "capaian",
    ),
  ];
  const subs = ["s1", "s2", "s3"];
  const q = ["1", "2", "3", "4"];
  const rows: Row[] = L.map((l, i) => ({
    id: l.id,
    bold: !l.rp,
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        no: i + 1,
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        kt: l.tk,
      };
      l.tw.forEach((v, j) => (c[`k${q[j]}`] = v));
      c.kr = fx(l.level ? x.a("k4") : q.map((j) => x.a(`k${j}`)).join("+"));
      for (const k of ["t", ...q]) {
        if (l.rp && l.trp !== undefined) c[`r${k}`] = k === "t" ? l.trp : l.rp[Number(k) - 1];
        else if (l.id === "keg") c[`r${k}`] = fx(subs.map((id) => x.a(`r${k}`, id)).join("+"));
        else c[`r${k}`] = fx(x.a(`r${k}`, "keg"));
      }
      // planted: sub kegiatan .0002's realisasi Rp adds Triwulan I-III only
      c.rr = fx((l.id === "s2" ? q.slice(0, 3) : q).map((j) => x.a(`r${j}`)).join("+"));
      // planted: sub kegiatan .0001's capaian K keeps the cached result from before Triwulan IV (270 / 400)
      c.kc = fx(`ROUND(${x.a("kr")}/${x.a("kt")}*100,2)`, l.id === "s1" ? 67.5 : undefined);
      c.rc = fx(`ROUND(${x.a("rr")}/${x.a("rt")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan dana Dekonsentrasi dan Tugas Pembantuan Kementerian Desa PDT.",
    "Faktor penghambat: akses darat ke UPT Yalimo Baru terputus pada Triwulan I dan II; penempatan dilaksanakan Triwulan III.",
    "Catatan: indikator persen (tingkat, bukan akumulasi) mengambil realisasi Triwulan IV.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Wamena Timur, 20 Januari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi,"],
    nama: "YULIANUS WENDA, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720405 199903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => q.map((j) => a(`${p}${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rr", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (11) of sub kegiatan 3.32.02.2.01.0002 adds Triwulan I-III only (4,368,350); with Triwulan IV's 1,780,150 it is 6,148,500 (ribuan rupiah)",
    truth: qs("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kc", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (12) of sub kegiatan 3.32.02.2.01.0001 is =ROUND(11/6*100,2) with a stale cached 67.50 (270 of 400 bidang, before Triwulan IV); 376 / 400 gives 94.00",
    truth: `ROUND(${a("kr", "s1")}/${a("kt", "s1")}*100,2)`,
  });
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("rr", id), rules: ["sum-mismatch"], truth: qs("r", id) });
  for (const id of ["s1", "s2", "keg"])
    b.ok({ sheet: S, cell: a("kr", id), rules: ["sum-mismatch"], truth: qs("k", id) });
  // levels: the year's K is the Triwulan IV value, not the sum of the quarters
  for (const id of ["s3", "prog"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["sum-mismatch"],
      truth: a("k4", id),
      trap: qs("k", id),
    });
  b.ok({
    sheet: S,
    cell: a("rt", "keg"),
    rules: ["sum-mismatch"],
    truth: subs.map((id) => a("rt", id)).join("+"),
  });
  for (const [k, id] of [
    ["kc", "s2"],
    ["kc", "s3"],
    ["rc", "s1"],
    ["rc", "s3"],
  ] as const) {
    const p = k[0];
    b.ok({
      sheet: S,
      cell: a(k, id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a(`${p}r`, id)}/${a(`${p}t`, id)}*100,2)`,
    });
  }
  if (round((376 / 400) * 100) !== 94) throw new Error("e81 s1");
  return b.finish();
}
