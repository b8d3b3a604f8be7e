// A sector recap of a Kecamatan: the PATEN services of Kecamatan Labuhan Selaparang (Kabupaten
// Sumbawa Rinjani, Nusa Tenggara Barat) in 2024 per desa / kelurahan, with the services finished on
// time, late and still in process, and the average days to finish. Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type D = { id: string; nm: string; perm: number; lewat: number; proses: number; hari: number };

export function rekapPatenSelaparang(): BookW {
  const b = new BookW(
    "rekap-layanan-paten-per-desa-labuhan-selaparang.xlsx",
    "rekap layanan PATEN per desa / kelurahan 2024",
    "No | Desa / Kelurahan | Jumlah Permohonan | 'Penyelesaian Layanan' > Tepat Waktu | Melewati Waktu | Jumlah | Masih Dalam Proses | Persentase Tepat Waktu (%) | Rata-rata Waktu Penyelesaian (hari); number row (1) .. '(6)=(4)+(5)', '(8)=(4)/(3)x100'; JUMLAH row with the ratio of the totals and the average of the days",
  );
  const S = "Rekap PATEN 2024";
  const s = b.sheet(S);
  letterhead(s, ["KECAMATAN LABUHAN SELAPARANG", "SEKSI PELAYANAN UMUM"]);
  s.lines([
    "REKAPITULASI PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN)",
    "MENURUT DESA / KELURAHAN ASAL PEMOHON TAHUN 2024",
  ]);
  s.gap();
  const ds: D[] = [
    { id: "d1", nm: "Kelurahan Brang Bara", perm: 412, lewat: 9, proses: 5, hari: 2.4 },
    { id: "d2", nm: "Kelurahan Labuhan Badas", perm: 365, lewat: 6, proses: 3, hari: 2.1 },
    { id: "d3", nm: "Desa Karang Dima", perm: 288, lewat: 11, proses: 4, hari: 2.8 },
    { id: "d4", nm: "Desa Nijang", perm: 241, lewat: 4, proses: 2, hari: 1.9 },
    { id: "d5", nm: "Desa Lopok Beru", perm: 198, lewat: 3, proses: 1, hari: 2.2 },
    { id: "d6", nm: "Desa Sebewe", perm: 298, lewat: 7, proses: 4, hari: 2.6 },
    { id: "d7", nm: "Desa Ai Bari", perm: 176, lewat: 2, proses: 2, hari: 2.0 },
    { id: "d8", nm: "Desa Kerato", perm: 154, lewat: 5, proses: 0, hari: 2.5 },
    { id: "d9", nm: "Desa Pungka", perm: 207, lewat: 3, proses: 3, hari: 2.3 },
  ];
  const P = "Penyelesaian Layanan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Desa / Kelurahan"], role: "lokasi", num: "(2)", width: 24 },
    {
      key: "perm",
      head: ["Jumlah Permohonan"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 11,
    },
    {
      key: "tepat",
      head: [P, "Tepat Waktu"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 10,
    },
    {
      key: "lewat",
      head: [P, "Melewati Waktu"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 10,
    },
    {
      key: "jml",
      head: [P, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6)=(4)+(5)",
      fmt: INT,
      width: 10,
    },
    {
      key: "proses",
      head: ["Masih Dalam Proses"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 10,
    },
    {
      key: "pct",
      head: ["Persentase Tepat Waktu (%)"],
      role: "capaian",
      year: 2024,
      num: "(8)=(4)/(3)x100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "hari",
      head: ["Rata-rata Waktu Penyelesaian (hari)"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: DEC,
      width: 12,
    },
  ];
  const body: Row[] = ds.map((d, i) => ({
    id: d.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        nm: d.nm,
        perm: d.perm,
        // planted: Sebewe's on-time count typed 312, more than its 298 requests
        tepat: d.id === "d6" ? 312 : d.perm - d.lewat - d.proses,
        lewat: d.lewat,
        // planted: Karang Dima's Jumlah is a typed 248 (273 + 11 = 284)
        jml: d.id === "d3" ? 248 : fx(`${c.a("tepat")}+${c.a("lewat")}`),
        proses: d.proses,
        pct: fx(`ROUND(${c.a("tepat")}/${c.a("perm")}*100,2)`),
        hari: fmt(d.hari, DEC),
      };
      return out;
    },
  }));
  const rg = (c: { a: (k: string, id?: string) => string }, k: string) => `${c.a(k, "d1")}:${c.a(k, "d9")}`;
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: "JUMLAH / RATA-RATA",
      perm: fx(`SUM(${rg(c, "perm")})`),
      tepat: fx(`SUM(${rg(c, "tepat")})`),
      lewat: fx(`SUM(${rg(c, "lewat")})`),
      jml: fx(`SUM(${rg(c, "jml")})`),
      proses: fx(`SUM(${rg(c, "proses")})`),
      pct: fx(`ROUND(${c.a("tepat")}/${c.a("perm")}*100,2)`),
      hari: fx(`ROUND(AVERAGE(${rg(c, "hari")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Catatan: standar waktu penyelesaian sesuai SOP PATEN paling lama 3 (tiga) hari kerja.",
    "Jumlah permohonan = selesai tepat waktu + selesai melewati waktu + masih dalam proses.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Labuhan Selaparang, 6 Januari 2025",
    jabatan: ["Kepala Seksi Pelayanan Umum,"],
    nama: "BAIQ RAHMAWATI, S.AP.",
    pangkat: "Penata (III/c)",
    nip: "19880917 201101 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah selesai of Desa Karang Dima is a typed 248 among (4)+(5) formulas; 273 + 11 give 284 (digits swapped)",
    truth: `${a("tepat", "d3")}+${a("lewat", "d3")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "d6") },
        { sheet: S, cell: a("tepat", "d6") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Desa Sebewe: 312 services on time out of 298 requests gives 104.70 % on time; the requests less the late (7) and in process (4) give 287, i.e. 96.31 %",
    truth: `ROUND((${a("perm", "d6")}-${a("lewat", "d6")}-${a("proses", "d6")})/${a("perm", "d6")}*100,2)`,
  });
  for (const d of ds) {
    if (d.id !== "d3" && d.id !== "d6")
      b.ok({
        sheet: S,
        cell: a("jml", d.id),
        rules: ["sum-mismatch"],
        truth: `${a("tepat", d.id)}+${a("lewat", d.id)}`,
      });
    if (d.id !== "d6")
      b.ok({
        sheet: S,
        cell: a("pct", d.id),
        rules: ["percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${a("tepat", d.id)}/${a("perm", d.id)}*100,2)`,
      });
  }
  for (const k of ["perm", "lewat", "proses"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d9")})` });
  // the days of the footer are an average, not a sum
  b.ok({
    sheet: S,
    cell: a("hari", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("hari", "d1")}:${a("hari", "d9")}),2)`,
    trap: `SUM(${a("hari", "d1")}:${a("hari", "d9")})`,
  });
  return b.finish();
}
