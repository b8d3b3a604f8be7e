// The DPA 2025 of a Dinas Perhubungan in Riau on two sheets: "Rincian" (account lines with
// koefisien x harga satuan, group rows summing their children) and "Ringkasan", whose figures are
// links to the detail sheet ('=Rincian!H12'), one of them a stale typed copy. Every office, person
// and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  uraian: string;
  vol?: number;
  sat?: string;
  harga?: number;
  of?: string[];
};

/** DPA 2025 of Dinas Perhubungan Kabupaten Rokan Tambusai (Riau), sub kegiatan rambu. */
export function dpaDishub(): BookW {
  const b = new BookW(
    "dpa-ringkasan-tautan-dishub-rokantambusai.xlsx",
    "RKA/DPA ringkasan and rincian (Dinas Perhubungan)",
    "DPA 2025: Ringkasan linked to Rincian, one stale typed copy",
  );
  const R = "Rincian";
  const lines: Ln[] = [
    { id: "r5", kode: "5", uraian: "BELANJA DAERAH", of: ["r51", "r52"] },
    { id: "r51", kode: "5.1", uraian: "BELANJA OPERASI", of: ["r5102"] },
    { id: "r5102", kode: "5.1.02", uraian: "Belanja Barang dan Jasa", of: ["a", "bj", "c"] },
    { id: "a", kode: "5.1.02.01", uraian: "Belanja Barang", of: ["a1", "a2"] },
    {
      id: "a1",
      kode: "5.1.02.01.01.0024",
      uraian: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
      vol: 1,
      sat: "paket",
      harga: 18_750_000,
    },
    {
      id: "a2",
      kode: "5.1.02.01.01.0052",
      uraian: "Belanja Makanan dan Minuman Rapat",
      vol: 240,
      sat: "kotak",
      harga: 45_000,
    },
    { id: "bj", kode: "5.1.02.02", uraian: "Belanja Jasa", of: ["b1", "b2", "b3"] },
    {
      id: "b1",
      kode: "5.1.02.02.01.0026",
      uraian: "Belanja Jasa Tenaga Administrasi",
      vol: 24,
      sat: "OB",
      harga: 3_150_000,
    },
    {
      id: "b2",
      kode: "5.1.02.02.01.0029",
      uraian: "Belanja Jasa Tenaga Ahli",
      vol: 12,
      sat: "OB",
      harga: 2_850_000,
    },
    {
      id: "b3",
      kode: "5.1.02.02.12.0001",
      uraian: "Belanja Kursus Singkat/Pelatihan",
      vol: 15,
      sat: "orang",
      harga: 2_400_000,
    },
    { id: "c", kode: "5.1.02.03", uraian: "Belanja Pemeliharaan", of: ["c1"] },
    {
      id: "c1",
      kode: "5.1.02.03.02.0035",
      uraian: "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Khusus",
      vol: 4,
      sat: "unit",
      harga: 12_500_000,
    },
    { id: "r52", kode: "5.2", uraian: "BELANJA MODAL", of: ["r5202"] },
    { id: "r5202", kode: "5.2.02", uraian: "Belanja Modal Peralatan dan Mesin", of: ["m1", "m2"] },
    {
      id: "m1",
      kode: "5.2.02.10.02.0004",
      uraian: "Belanja Modal Rambu-Rambu Lalu Lintas Darat",
      vol: 85,
      sat: "buah",
      harga: 2_650_000,
    },
    {
      id: "m2",
      kode: "5.2.02.10.02.0007",
      uraian: "Belanja Modal Alat Pemberi Isyarat Lalu Lintas (APILL)",
      vol: 2,
      sat: "unit",
      harga: 98_125_000,
    },
  ];
  // planted 1: Belanja Jasa sums its first two lines (b1, b2) and misses the pelatihan line
  const PLANT_SUM = "bj";
  // planted 2: on the Ringkasan, Belanja Modal is a typed 412,500,000; the Rincian gives 421,500,000
  const PLANT_COPY = { id: "r52", v: 412_500_000 };

  const r = b.sheet(R);
  letterhead(r, [
    "PEMERINTAH KABUPATEN ROKAN TAMBUSAI",
    "DOKUMEN PELAKSANAAN ANGGARAN (DPA) TAHUN ANGGARAN 2025",
  ]);
  r.lines([
    "Rincian Belanja Sub Kegiatan 2.15.02.2.03.0004 Pengadaan Rambu-Rambu Lalu Lintas untuk Jalan Kabupaten/Kota",
    "Perangkat Daerah: 2.15.0.00.0.00.01.0000 Dinas Perhubungan",
  ]);
  r.gap();
  const rcols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 20 },
    { key: "ur", head: ["Uraian"], width: 48 },
    { key: "vol", head: ["Rincian Perhitungan", "Koefisien"], fmt: "#,##0" },
    { key: "sat", head: ["Rincian Perhitungan", "Satuan"] },
    { key: "harga", head: ["Rincian Perhitungan", "Harga (Rp)"], fmt: RP, width: 14 },
    { key: "jml", head: ["Jumlah (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
  ];
  const rrows: Row[] = lines.map((x) => ({
    id: x.id,
    bold: !!x.of,
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.uraian };
      if (x.of) {
        const ks = x.id === PLANT_SUM ? x.of.slice(0, 2) : x.of;
        const first = c.a("jml", ks[0]);
        const last = c.a("jml", ks[ks.length - 1]);
        const contiguous = x.of.every((k) => !lines.find((l) => l.id === k)!.of);
        out.jml = fx(
          contiguous
            ? `SUM(${first}:${last})`
            : ks.length === 1
              ? first
              : ks.map((k) => c.a("jml", k)).join("+"),
        );
      } else {
        out.vol = x.vol;
        out.sat = x.sat;
        out.harga = x.harga;
        out.jml = fx(`${c.a("vol")}*${c.a("harga")}`);
      }
      return out;
    },
  }));
  const tr = r.table({ cols: rcols, headerRows: 2, rows: rrows });
  r.gap();
  signature(r, 5, {
    tempat: "Pasir Tambusai, 2 Januari 2025",
    jabatan: ["Pengguna Anggaran,", "Kepala Dinas Perhubungan"],
    nama: "M. ARIFIN NASUTION, S.T., M.T.",
    nip: "19750614 200003 1 005",
  });

  const G = "Ringkasan";
  const g = b.sheet(G);
  letterhead(g, ["PEMERINTAH KABUPATEN ROKAN TAMBUSAI", "DINAS PERHUBUNGAN"]);
  g.lines([
    "RINGKASAN DPA BELANJA SUB KEGIATAN TAHUN ANGGARAN 2025",
    "(Pengadaan Rambu-Rambu Lalu Lintas untuk Jalan Kabupaten/Kota)",
  ]);
  g.gap();
  const shown = ["r5", "r51", "r5102", "a", "bj", "c", "r52", "r5202"];
  const gcols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 14 },
    { key: "ur", head: ["Uraian"], width: 40 },
    { key: "jml", head: ["Jumlah Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
  ];
  const grows: Row[] = shown.map((id) => {
    const x = lines.find((l) => l.id === id)!;
    return {
      id,
      bold: x.kode.length <= 3,
      cells: {
        kode: x.kode,
        ur: x.uraian,
        jml: id === PLANT_COPY.id ? PLANT_COPY.v : fx(`${R}!${tr.a("jml", id)}`),
      },
    };
  });
  const tg = g.table({ cols: gcols, headerRows: 1, rows: grows });
  g.gap();
  g.lines(["Angka ringkasan bersumber dari lembar Rincian."]);

  const ra = (id: string) => tr.a("jml", id);
  b.plant({
    at: { sheet: R, cell: ra(PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: "Belanja Jasa 5.1.02.02 is =SUM over its first two lines (109,800,000); with Belanja Kursus Singkat/Pelatihan (36,000,000) the three give 145,800,000",
    truth: ["b1", "b2", "b3"].map(ra).join("+"),
  });
  b.plant({
    at: { sheet: G, cell: tg.a("jml", PLANT_COPY.id) },
    rules: ["hardcoded-value", "cross-table-mismatch", "sum-mismatch"],
    note: "Belanja Modal 5.2 on the Ringkasan is a typed 412,500,000 among links to the Rincian; the Rincian (and 5.2.02 below it) give 421,500,000 (two digits swapped)",
    truth: `${R}!${ra(PLANT_COPY.id)}`,
  });
  for (const x of lines) {
    if (x.of && x.id !== PLANT_SUM)
      b.ok({
        sheet: R,
        cell: ra(x.id),
        rules: ["sum-mismatch"],
        truth: x.of.map(ra).join("+"),
        trap:
          x.id === "r5"
            ? `SUM(${ra("r51")}:${ra("m2")})`
            : x.id === "r5102"
              ? `SUM(${ra("a")}:${ra("c1")})`
              : undefined,
      });
    if (!x.of)
      b.ok({
        sheet: R,
        cell: ra(x.id),
        rules: ["hardcoded-value"],
        truth: `${tr.a("vol", x.id)}*${tr.a("harga", x.id)}`,
      });
  }
  for (const id of shown)
    if (id !== PLANT_COPY.id)
      b.ok({
        sheet: G,
        cell: tg.a("jml", id),
        rules: ["cross-table-mismatch", "hardcoded-value"],
        truth: `${R}!${ra(id)}`,
      });
  return b.finish();
}
