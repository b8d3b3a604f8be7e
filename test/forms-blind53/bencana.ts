// The Badan Penanggulangan Bencana Daerah of the invented Kabupaten Wairatu (Maluku): the LRA of its
// belanja 2024 per jenis belanja (anggaran murni, perubahan, realisasi, sisa, %) and the target
// table of its Renstra 2025-2029, where some targets are text. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const NEG = "#,##0;(#,##0)";

/** Laporan Realisasi Anggaran belanja 2024 per jenis belanja, BPBD Kabupaten Wairatu. */
export function lraBelanjaBpbdWairatu(): BookW {
  const b = new BookW(
    "lra-belanja-2024-per-jenis-bpbd-kabupaten-wairatu.xlsx",
    "LRA belanja per jenis belanja",
    "Kode Rekening | Uraian | Anggaran Murni (Rp) | Anggaran Setelah Perubahan (Rp) | Bertambah / (Berkurang) | Realisasi s.d. 31 Desember 2024 | Sisa Anggaran | % Realisasi; number row 1..8 with '5 = 4 - 3', '7 = 4 - 6', '8 = 6 : 4 x 100'; kelompok rows SUM their jenis, BELANJA DAERAH adds the three kelompok; BTT barely used",
  );
  const S = "LRA Belanja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAIRATU", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines(
    ["LAPORAN REALISASI ANGGARAN BELANJA", "Untuk Tahun yang Berakhir sampai dengan 31 Desember 2024"],
    1,
    { bold: true },
  );
  s.gap();
  type J = { id: string; kode: string; ur: string; m: number; p: number; r: number };
  const g1: J[] = [
    {
      id: "peg",
      kode: "5.1.01",
      ur: "Belanja Pegawai",
      m: 6_842_350_000,
      p: 6_915_780_000,
      r: 6_702_418_560,
    },
    {
      id: "bj",
      kode: "5.1.02",
      ur: "Belanja Barang dan Jasa",
      m: 4_215_600_000,
      p: 5_386_450_000,
      r: 4_968_327_900,
    },
  ];
  const g2: J[] = [
    {
      id: "mes",
      kode: "5.2.02",
      ur: "Belanja Modal Peralatan dan Mesin",
      m: 1_150_000_000,
      p: 1_072_500_000,
      r: 1_046_915_000,
    },
    // planted: realisasi keyed 2,635,000,000 for 2,365,000,000 (digits swapped), above the pagu
    {
      id: "ged",
      kode: "5.2.03",
      ur: "Belanja Modal Gedung dan Bangunan",
      m: 2_480_000_000,
      p: 2_365_000_000,
      r: 2_635_000_000,
    },
  ];
  const g3: J[] = [
    {
      id: "btt",
      kode: "5.3.01",
      ur: "Belanja Tidak Terduga",
      m: 3_000_000_000,
      p: 4_750_000_000,
      r: 1_826_940_000,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 12 },
    { key: "ur", head: ["Uraian"], num: 2, width: 36 },
    { key: "m", head: ["Anggaran Murni (Rp)"], role: "anggaran", year: 2024, num: 3, fmt: RP, width: 17 },
    {
      key: "p",
      head: ["Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 17,
    },
    { key: "d", head: ["Bertambah / (Berkurang)"], num: "5 = 4 - 3", fmt: NEG, width: 16 },
    {
      key: "r",
      head: ["Realisasi s.d. 31 Desember 2024"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Anggaran"], num: "7 = 4 - 6", fmt: NEG, width: 16 },
    {
      key: "pct",
      head: ["% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "8 = 6 : 4 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const tail = (x: Ctx, c: Record<string, Cell>) => {
    c.d = fx(`${x.a("p")}-${x.a("m")}`);
    c.sisa = fx(`${x.a("p")}-${x.a("r")}`);
    c.pct = fx(`ROUND(${x.a("r")}/${x.a("p")}*100,2)`);
    return c;
  };
  const jenis = (j: J): Row => ({
    id: j.id,
    cells: (x: Ctx) => tail(x, { kode: j.kode, ur: j.ur, m: j.m, p: j.p, r: j.r }),
  });
  const kel = (id: string, kode: string, ur: string, kids: J[]): Row => ({
    id,
    bold: true,
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { kode, ur };
      for (const k of ["m", "p", "r"])
        c[k] = fx(`SUM(${x.a(k, kids[0].id)}:${x.a(k, kids[kids.length - 1].id)})`);
      return tail(x, c);
    },
  });
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { kode: "5", ur: "BELANJA DAERAH" };
          for (const k of ["m", "p", "r"]) c[k] = fx(`${x.a(k, "g1")}+${x.a(k, "g2")}+${x.a(k, "g3")}`);
          tail(x, c);
          // planted: the % of BELANJA DAERAH is the average of the three kelompok percentages
          c.pct = fx(`ROUND(AVERAGE(${x.a("pct", "g1")},${x.a("pct", "g2")},${x.a("pct", "g3")}),2)`);
          return c;
        },
      },
      kel("g1", "5.1", "BELANJA OPERASI", g1),
      ...g1.map(jenis),
      kel("g2", "5.2", "BELANJA MODAL", g2),
      ...g2.map(jenis),
      kel("g3", "5.3", "BELANJA TIDAK TERDUGA", g3),
      ...g3.map(jenis),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: BTT digunakan untuk tanggap darurat banjir bandang Teluk Kawa (Juli 2024) dan abrasi pesisir Haruku.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wairatu, 15 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Kabupaten Wairatu"],
    nama: "SEMUEL F. WATTIMENA, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740402 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "ged") },
        { sheet: S, cell: a("r", "ged") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Belanja Modal Gedung dan Bangunan realised 2,635,000,000 against 2,365,000,000 after perubahan (111.42 %): digits swapped, spending above the pagu",
    truth: a("p", "ged"),
    actual: a("r", "ged"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "tot") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% of BELANJA DAERAH =AVERAGE of the three kelompok percentages (94.87, 107.11, 38.46) = 80.15; 17,179,601,460 / 20,489,730,000 x 100 = 83.85",
    truth: `ROUND(${a("r", "tot")}/${a("p", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("p", "g1")}+${a("p", "g2")}+${a("p", "g3")}`,
    trap: `SUM(${a("p", "g1")}:${a("p", "btt")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a("r", "peg")}+${a("r", "bj")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "btt"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "btt")}/${a("p", "btt")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("d", "mes"),
    rules: ["sum-mismatch"],
    truth: `${a("p", "mes")}-${a("m", "mes")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "g1"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("r", "g1")}/${a("p", "g1")}*100,2)`,
    trap: `${a("pct", "peg")}+${a("pct", "bj")}`,
  });
  return b.finish();
}

/** Renstra BPBD 2025-2029: tujuan, sasaran, indikator, kondisi awal, targets, kondisi akhir. */
export function renstraBpbdWairatu(): BookW {
  const b = new BookW(
    "renstra-bpbd-kabupaten-wairatu-2025-2029-target-kinerja.xlsx",
    "Renstra target table",
    "No | Sasaran | Indikator Sasaran | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Tahun' > 2025..2029 | Kondisi Kinerja pada Akhir Periode Renstra | Perangkat Daerah Penanggung Jawab; text targets ('Tersedia', 'WTP'); IRBI and waktu tanggap lower is better; kondisi akhir = 2029 target",
  );
  const S = "Tabel Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA STRATEGIS BADAN PENANGGULANGAN BENCANA DAERAH",
    "KABUPATEN WAIRATU TAHUN 2025-2029",
  ]);
  s.lines(["Tabel 6.1 Indikator Kinerja BPBD yang Mengacu pada Tujuan dan Sasaran RPJMD"], 1, { bold: true });
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    aw: number | string;
    t: Array<number | string>;
    f?: string;
  };
  const SA = "Menurunnya risiko bencana di daerah";
  const SB = "Meningkatnya kualitas penanganan darurat bencana";
  const SC = "Meningkatnya akuntabilitas kinerja dan keuangan";
  const is: I[] = [
    {
      id: "irb",
      sas: SA,
      ind: "Indeks Risiko Bencana Kabupaten (IRBI)",
      sat: "skor",
      aw: 148.62,
      t: [145.1, 141.5, 137.9, 134.3, 130.7],
      f: DEC,
    },
    {
      id: "dtb",
      sas: SA,
      ind: "Persentase desa/negeri tangguh bencana",
      sat: "%",
      aw: 18.5,
      t: [22, 26, 30, 34, 38],
      f: DEC,
    },
    {
      id: "krb",
      sas: SA,
      ind: "Dokumen Kajian Risiko Bencana yang dimutakhirkan",
      sat: "dokumen",
      aw: "Belum Tersedia",
      t: ["Tersedia", "Tersedia", "Tersedia", "Tersedia", "Tersedia"],
    },
    // planted: 2028 typed 72 (82 with its tens digit slipped), below 2027
    {
      id: "ews",
      sas: SA,
      ind: "Persentase penduduk di kawasan rawan yang terjangkau peringatan dini",
      sat: "%",
      aw: 62,
      t: [67, 72, 77, 72, 87],
      f: DEC,
    },
    {
      id: "wkt",
      sas: SB,
      ind: "Rata-rata waktu tanggap darurat sejak kejadian bencana",
      sat: "jam",
      aw: 6,
      t: [5, 4.5, 4, 3.5, 3],
      f: DEC,
    },
    {
      id: "opn",
      sas: SC,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah (dukungan)",
      sat: "opini",
      aw: "WTP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 13 },
    ...YRS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja Tahun", String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      width: 14,
    },
    { key: "pd", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas", "pd"],
    rows: is.map((q, i): Row => ({
      id: q.id,
      cells: (x: Ctx) => {
        const v = (z: number | string): Cell => (typeof z === "number" && q.f ? fmt(z, q.f) : z);
        const c: Record<string, Cell> = {
          no: i + 1,
          sas: q.sas,
          ind: q.ind,
          sat: q.sat,
          aw: v(q.aw),
          pd: "BPBD",
        };
        q.t.forEach((z, k) => (c[`y${YRS[k]}`] = v(z)));
        // planted: the kondisi akhir of the waktu tanggap points at 2028
        c.ak = typeof q.aw === "string" ? q.t[4] : fx(q.id === "wkt" ? x.a("y2028") : x.a("y2029"));
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: IRBI dan waktu tanggap darurat semakin kecil semakin baik.",
    "Kondisi akhir periode Renstra = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Wairatu, 28 Mei 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Kabupaten Wairatu"],
    nama: "SEMUEL F. WATTIMENA, S.Sos., M.Si.",
    nip: "19740402 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "ews") },
    rules: ["target-trend", "target-outlier"],
    note: "target 2028 of the peringatan dini coverage typed 72 between 77 (2027) and 87 (2029); the path 67, 72, 77, ..., 87 gives 82",
    truth: `(${a("y2027", "ews")}+${a("y2029", "ews")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "wkt") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the waktu tanggap =the 2028 target (3.5 jam); the Renstra ends in 2029 at 3.0 jam",
    truth: a("y2029", "wkt"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "irb"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "irb"),
    trap: `SUM(${a("y2025", "irb")}:${a("y2029", "irb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "dtb"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "dtb"),
    trap: `SUM(${a("y2025", "dtb")}:${a("y2029", "dtb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y2029", "irb"),
    rules: ["target-trend"],
    truth: `${a("y2028", "irb")}-3.6`,
  });
  b.ok({ sheet: S, cell: a("ak", "krb"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "krb") });
  b.ok({ sheet: S, cell: a("y2027", "opn"), rules: ["target-trend", "text-number"], truth: '"WTP"' });
  return b.finish();
}
