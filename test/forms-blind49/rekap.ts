// The recaps: a monthly waste-handling recap per TPS/TPA of the Dinas Lingkungan Hidup Kota Banua
// Lima (ton per month, JUMLAH column and row, an average per month that is not added) and a DPA-like
// anggaran kas per bulan of the Dinas Perdagangan Kota Banua Lima (sub kegiatan typed, kegiatan and
// programmes SUM their children, a TOTAL over the programmes). Every office, place, person and
// number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** A small deterministic generator, so the workbooks are the same on every build. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Rekapitulasi sampah yang tertangani per TPS/TPA per bulan 2024, DLH Kota Banua Lima (Kalsel). */
export function rekapSampahBanuaLima(): BookW {
  const b = new BookW(
    "rekap-penanganan-sampah-tps-tpa-dlh-kota-banua-lima-2024.xlsx",
    "monthly waste-handling recap per TPS/TPA",
    "No | Lokasi TPS / TPA | Kelurahan | Volume Sampah Terangkut (ton) > Januari .. Desember | Jumlah (ton) | Rata-rata per Bulan; a JUMLAH row under the locations",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA LIMA",
    "DINAS LINGKUNGAN HIDUP",
    "Bidang Pengelolaan Sampah dan Limbah B3",
  ]);
  s.lines(["REKAPITULASI VOLUME SAMPAH TERANGKUT MENURUT TPS/TPA", "Tahun 2024 (satuan: ton)"], 1, {
    bold: true,
  });
  s.gap();
  const lok: Array<[string, string, string, number]> = [
    ["l1", "TPS Pasar Sentra Antasari Lima", "Kel. Kelayan Hilir", 212],
    ["l2", "TPS Jl. Sungai Mesa Ulu", "Kel. Sungai Mesa Ulu", 96],
    ["l3", "TPS Terminal Batu Ampar Hulu", "Kel. Batu Ampar Hulu", 124],
    ["l4", "TPS 3R Kembang Tanjung", "Kel. Kembang Tanjung", 41],
    ["l5", "TPS Pelabuhan Lima Martapura", "Kel. Teluk Dalam Lima", 158],
    ["l6", "Depo Sampah Pekapuran Baru", "Kel. Pekapuran Baru", 87],
    ["l7", "Kontainer Kawasan Siring Banua", "Kel. Seberang Lima", 63],
    ["l8", "Angkutan langsung ke TPA Banua Lestari", "Kel. Gambut Lima", 275],
  ];
  const rnd = lcg(4901);
  const vol = new Map(
    lok.map(([id, , , base]) => [id, BULAN.map(() => Math.round(base * (0.86 + 0.28 * rnd()) * 10) / 10)]),
  );
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "lok", head: ["Lokasi TPS / TPA"], role: "lokasi", width: 34 },
    { key: "kel", head: ["Kelurahan"], width: 20 },
    ...BULAN.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Volume Sampah Terangkut (ton)", m],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.0",
      width: 8,
    })),
    { key: "jml", head: ["Jumlah (ton)"], role: "realisasi", year: 2024, fmt: "#,##0.0", width: 10 },
    { key: "avg", head: ["Rata-rata per Bulan"], fmt: DEC, width: 10 },
  ];
  const mk = (i: number) => `m${i}`;
  const l4sum = Math.round(vol.get("l4")!.reduce((x, y) => x + y, 0) * 10) / 10;
  const sw = l4sum.toFixed(1).split("");
  [sw[1], sw[2]] = [sw[2], sw[1]];
  const l4typed = Number(sw.join(""));
  const rows: Row[] = lok.map(([id, nama, kel], k) => ({
    id,
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = { no: k + 1, lok: nama, kel };
      vol.get(id)!.forEach((v, i) => (o[mk(i)] = v));
      // planted (l4): the yearly total of the TPS 3R typed, two digits swapped
      o.jml = id === "l4" ? l4typed : fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
      o.avg = fx(`ROUND(AVERAGE(${c.a("m0")}:${c.a("m11")}),2)`);
      return o;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kel"],
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = { no: "JUMLAH" };
      for (let i = 0; i < 12; i++)
        // planted (Agu): the SUM stops one row short (the direct haul to the TPA left out)
        o[mk(i)] = fx(`SUM(${c.a(mk(i), "l1")}:${c.a(mk(i), i === 7 ? "l7" : "l8")})`);
      o.jml = fx(`SUM(${c.a("jml", "l1")}:${c.a("jml", "l8")})`);
      o.avg = fx(`ROUND(${c.a("jml")}/12,2)`);
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: volume dihitung dari ritase armada x kapasitas (ton) sesuai buku jembatan timbang TPA Banua Lestari.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Banua Lima, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Sampah dan Limbah B3,"],
    nama: "RAHMADI NOORSYAHBANI, S.T., M.Eng.",
    pangkat: "Penata Tingkat I",
    nip: "19820311 200803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("m7", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH of August SUMs the first seven rows; the direct haul to TPA Banua Lestari is left out",
    truth: `SUM(${a("m7", "l1")}:${a("m7", "l8")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("jml", "l4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `yearly total of TPS 3R Kembang Tanjung typed ${l4typed.toFixed(1)}; the months add up to ${l4sum.toFixed(1)} (two digits swapped)`,
    truth: `SUM(${a("m0", "l4")}:${a("m11", "l4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("avg", "l8"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("m0", "l8")}:${a("m11", "l8")}),2)`,
    trap: `SUM(${a("m0", "l8")}:${a("m11", "l8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m6", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m6", "l1")}:${a("m6", "l8")})`,
  });
  return b.finish();
}

type Sub = { id: string; kode: string; nama: string; pagu: number; w: number[] };

/** Anggaran kas per bulan (DPA) 2025 of the Dinas Perdagangan Kota Banua Lima (Kalsel). */
export function anggaranKasDisdagBanuaLima(): BookW {
  const b = new BookW(
    "anggaran-kas-dpa-dinas-perdagangan-kota-banua-lima-2025.xlsx",
    "DPA anggaran kas per bulan",
    "Kode | Program / Kegiatan / Sub Kegiatan | Pagu DPA (Rp) | Rencana Penarikan Dana per Bulan > Triwulan I..IV > Januari .. Desember | Jumlah Anggaran Kas; sub kegiatan typed, kegiatan and programmes SUM their children, TOTAL over the programmes",
  );
  const S = "Anggaran Kas";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA LIMA",
    "ANGGARAN KAS DOKUMEN PELAKSANAAN ANGGARAN (DPA) SKPD TAHUN ANGGARAN 2025",
    "SKPD: 3.30.0.00.0.00.01.0000 DINAS PERDAGANGAN",
  ]);
  s.lines(["(dalam rupiah)"]);
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "3.30.02.2.01.0004",
      nama: "Pemeliharaan Pasar Rakyat dan Sarana Distribusi Perdagangan",
      pagu: 1_486_750_000,
      w: [2, 6, 9, 10, 9, 8, 9, 10, 10, 9, 9, 9],
    },
    {
      id: "s2",
      kode: "3.30.02.2.01.0007",
      nama: "Pengelolaan Retribusi Pelayanan Pasar Antasari Lima",
      pagu: 642_380_000,
      w: [8, 8, 8, 8, 8, 9, 8, 8, 8, 9, 8, 10],
    },
    {
      id: "s3",
      kode: "3.30.03.2.01.0002",
      nama: "Penyelenggaraan Pasar Murah Menjelang Hari Besar Keagamaan",
      pagu: 318_600_000,
      w: [0, 12, 30, 0, 0, 0, 0, 0, 0, 0, 0, 58],
    },
    {
      id: "s4",
      kode: "3.30.05.2.01.0001",
      nama: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
      pagu: 274_915_000,
      w: [4, 8, 10, 12, 12, 10, 10, 10, 8, 8, 5, 3],
    },
    {
      id: "s5",
      kode: "3.30.05.2.01.0003",
      nama: "Pengawasan Barang Beredar dan Perlindungan Konsumen",
      pagu: 96_450_000,
      w: [0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0],
    },
  ];
  /** monthly withdrawals in whole thousands, the last month taking the rest */
  const bulan = (x: Sub): number[] => {
    const tot = x.w.reduce((p, q) => p + q, 0);
    const m = x.w.map((q) => Math.round((x.pagu * q) / tot / 1000) * 1000);
    const last = x.w.map((q) => q > 0).lastIndexOf(true);
    m[last] += x.pagu - m.reduce((p, q) => p + q, 0);
    return m;
  };
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const NAMA = [
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
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", width: 40 },
    { key: "pagu", head: ["Pagu DPA (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    ...NAMA.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Rencana Penarikan Dana per Bulan", TW[Math.floor(i / 3)], m],
      role: "anggaran",
      year: 2025,
      fmt: RP,
      width: 14,
    })),
    { key: "jml", head: ["Jumlah Anggaran Kas"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
  ];
  const NUMK = ["pagu", ...NAMA.map((_, i) => `m${i}`)];
  const agg = (id: string, kode: string, nama: string, of: string[]): Row => ({
    id,
    bold: true,
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = { kode, ur: nama };
      for (const k of NUMK)
        o[k] = fx(of.length === 1 ? c.a(k, of[0]) : `SUM(${c.a(k, of[0])}:${c.a(k, of[of.length - 1])})`);
      o.jml = fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
      return o;
    },
  });
  const subRow = (x: Sub): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = { kode: x.kode, ur: x.nama, pagu: x.pagu };
      bulan(x).forEach((v, i) => (o[`m${i}`] = v));
      // planted (s4): December was lowered by 12,500,000 after the SUM was last calculated
      o.jml =
        x.id === "s4"
          ? fx(`SUM(${c.a("m0")}:${c.a("m11")})`, x.pagu + 12_500_000)
          : fx(`SUM(${c.a("m0")}:${c.a("m11")})`);
      return o;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      agg("p1", "3.30.02", "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", ["k1"]),
      agg("k1", "3.30.02.2.01", "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan", ["s1", "s3"]),
      subRow(subs[0]),
      subRow(subs[1]),
      subRow(subs[2]),
      agg("p2", "3.30.05", "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN", ["k2"]),
      agg("k2", "3.30.05.2.01", "Pelaksanaan Metrologi Legal dan Perlindungan Konsumen", ["s4", "s5"]),
      subRow(subs[3]),
      subRow(subs[4]),
      {
        id: "tot",
        bold: true,
        span: ["kode", "ur"],
        cells: (c: Ctx) => {
          const o: Record<string, Cell> = { kode: "JUMLAH TOTAL" };
          for (const k of [...NUMK, "jml"]) o[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return o;
        },
      },
    ],
  });
  s.gap();
  signature(s, 12, {
    tempat: "Banua Lima, 2 Januari 2025",
    jabatan: ["Kepala Dinas Perdagangan", "Kota Banua Lima,"],
    nama: "Hj. NORLAILA FITRIANSYAH, S.E., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19760914 200212 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 3.30.03.2.01.0002 (pasar murah, programme 3.30.03 stabilisasi harga) listed and added under kegiatan 3.30.02.2.01",
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("jml", "s4") },
    rules: ["sum-mismatch"],
    note: "Jumlah Anggaran Kas of metrologi legal caches 287,415,000 (before December was lowered by 12,500,000); the months add up to the pagu 274,915,000",
    truth: `SUM(${a("m0", "s4")}:${a("m11", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "s3"),
    rules: ["sum-mismatch"],
    truth: a("pagu", "s3"),
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: a("pagu", "k1"),
    trap: `SUM(${a("pagu", "k1")}:${a("pagu", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m2", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("m2", "s4")}+${a("m2", "s5")}`,
  });
  return b.finish();
}
