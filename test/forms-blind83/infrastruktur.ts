// Infrastructure recap of the eighty-third unseen set: the roads, bridges and traditional border
// posts of the kecamatan perbatasan of Kabupaten Simenggaris Pantai (Kalimantan Utara) by condition,
// two tables on one sheet, kept by its Badan Pengelola Perbatasan Daerah. Every name and number is
// invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nama: string;
  km: [number, number, number, number];
  jb: [number, number];
  pos: [number, number];
};

const KEC: Kec[] = [
  { id: "k1", nama: "Sungai Manggaris", km: [42.15, 18.6, 11.25, 9.4], jb: [14, 3], pos: [2, 1] },
  { id: "k2", nama: "Long Apung Ilir", km: [36.8, 14.2, 9.75, 12.35], jb: [9, 4], pos: [3, 0] },
  { id: "k3", nama: "Seluwing Darat", km: [28.4, 16.95, 13.1, 7.85], jb: [11, 2], pos: [1, 1] },
  { id: "k4", nama: "Tanjung Aru Ulu", km: [51.3, 12.45, 6.8, 4.25], jb: [17, 1], pos: [2, 0] },
  { id: "k5", nama: "Labuk Hilir", km: [27.35, 12.1, 8.45, 6.55], jb: [8, 5], pos: [4, 2] },
  { id: "k6", nama: "Sembuak Tengah", km: [19.9, 9.65, 10.2, 14.75], jb: [6, 4], pos: [2, 1] },
];

/** Roads per kecamatan by condition with % mantap, and under it bridges and border posts by condition. */
export function infrastrukturSimenggaris(): BookW {
  const b = new BookW(
    "rekap-kondisi-infrastruktur-kecamatan-perbatasan-bppd-simenggaris-pantai.xlsx",
    "Rekapitulasi kondisi infrastruktur kecamatan perbatasan: jalan, jembatan, pos lintas batas tradisional (BPPD)",
    "Tabel 1: No | Kecamatan Perbatasan | 'Kondisi Jalan (km)' > Baik | Sedang | Rusak Ringan | Rusak Berat | Panjang Total (km) | Jalan Mantap (%) | Ket.; number row with '7 = 3 s.d. 6' and '8 = (3+4)/7'; JUMLAH row whose total and % come from its own row. Tabel 2 under it: No | Kecamatan | 'Jembatan (unit)' > Baik | Rusak | Jumlah | 'Pos Lintas Batas Tradisional (unit)' > Berfungsi | Tidak Berfungsi | Jumlah; JUMLAH row",
  );
  const S = "Infrastruktur 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIMENGGARIS PANTAI", "BADAN PENGELOLA PERBATASAN DAERAH"]);
  s.lines(["Tabel 1. Kondisi Jalan di Kecamatan Perbatasan Keadaan 31 Desember 2024"], 1, { bold: true });
  const K = "Kondisi Jalan (km)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan Perbatasan"], role: "lokasi", num: 2, width: 24 },
    { key: "baik", head: [K, "Baik"], role: "realisasi", year: 2024, num: 3, fmt: DEC },
    { key: "sdg", head: [K, "Sedang"], role: "realisasi", year: 2024, num: 4, fmt: DEC },
    { key: "rr", head: [K, "Rusak Ringan"], role: "realisasi", year: 2024, num: 5, fmt: DEC },
    { key: "rb", head: [K, "Rusak Berat"], role: "realisasi", year: 2024, num: 6, fmt: DEC },
    {
      key: "tot",
      head: ["Panjang Total (km)"],
      role: "realisasi",
      year: 2024,
      num: "7 = 3 s.d. 6",
      fmt: DEC,
    },
    { key: "mtp", head: ["Jalan Mantap (%)"], role: "realisasi", year: 2024, num: "8 = (3+4)/7", fmt: DEC },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 9, width: 22 },
  ];
  const KET: Record<string, string> = {
    k2: "Ruas Long Apung - patok batas belum tembus",
    k6: "Rawan longsor",
  };
  const rows: Row[] = KEC.map((k, i) => ({
    id: k.id,
    cells: (c) => ({
      no: i + 1,
      kec: k.nama,
      baik: k.km[0],
      sdg: k.km[1],
      rr: k.km[2],
      rb: k.km[3],
      // planted 1: Labuk Hilir's total typed 45.54 (54.45 with the digits swapped)
      tot: k.id === "k5" ? 45.54 : fx(`SUM(${c.a("baik")}:${c.a("rb")})`),
      // planted 2: Long Apung Ilir divides by the Baik length instead of the total
      mtp:
        k.id === "k2"
          ? fx(`ROUND((${c.a("baik")}+${c.a("sdg")})/${c.a("baik")}*100,2)`)
          : fx(`ROUND((${c.a("baik")}+${c.a("sdg")})/${c.a("tot")}*100,2)`),
      ket: KET[k.id] ?? "",
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const key of ["baik", "sdg", "rr", "rb"])
        out[key] = fx(`SUM(${c.a(key, "k1")}:${c.a(key, "k6")})`);
      out.tot = fx(`SUM(${c.a("baik")}:${c.a("rb")})`);
      out.mtp = fx(`ROUND((${c.a("baik")}+${c.a("sdg")})/${c.a("tot")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Tabel 2. Jembatan dan Pos Lintas Batas Tradisional menurut Kondisi Tahun 2024"], 1, {
    bold: true,
  });
  const J = "Jembatan (unit)";
  const P = "Pos Lintas Batas Tradisional (unit)";
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 24 },
    { key: "jb", head: [J, "Baik"], role: "realisasi", year: 2024, fmt: INT },
    { key: "jr", head: [J, "Rusak"], role: "realisasi", year: 2024, fmt: INT },
    { key: "jj", head: [J, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
    { key: "pb", head: [P, "Berfungsi"], role: "realisasi", year: 2024, fmt: INT },
    { key: "pt", head: [P, "Tidak Berfungsi"], role: "realisasi", year: 2024, fmt: INT },
    { key: "pj", head: [P, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
  ];
  const rows2: Row[] = KEC.map((k, i) => ({
    id: k.id,
    cells: (c) => ({
      no: i + 1,
      kec: k.nama,
      jb: k.jb[0],
      jr: k.jb[1],
      jj: fx(`${c.a("jb")}+${c.a("jr")}`),
      pb: k.pos[0],
      pt: k.pos[1],
      pj: fx(`${c.a("pb")}+${c.a("pt")}`),
    }),
  }));
  rows2.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const key of ["jb", "jr", "pb", "pt"])
        // planted 3: the Baik bridges stop at Labuk Hilir
        out[key] = fx(`SUM(${c.a(key, "k1")}:${c.a(key, key === "jb" ? "k5" : "k6")})`);
      out.jj = fx(`${c.a("jb")}+${c.a("jr")}`);
      out.pj = fx(`${c.a("pb")}+${c.a("pt")}`);
      return out;
    },
  });
  const t2 = s.table({ cols: cols2, headerRows: 2, rows: rows2 });
  s.gap();
  s.lines([
    "Keterangan: jalan mantap = jalan kondisi baik dan sedang; sumber: hasil survei kondisi Bidang Infrastruktur Kawasan Perbatasan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Simenggaris, 20 Januari 2025",
    jabatan: ["Kepala Bidang Infrastruktur Kawasan Perbatasan"],
    nama: "ISKANDAR ALANG PAJU, S.T., M.T.",
    pangkat: "Penata Tk. I (III/d)",
    nip: "19850307 201001 1 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const four = (id: string) => ["baik", "sdg", "rr", "rb"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("tot", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Panjang Total of Labuk Hilir typed 45.54 among SUM formulas; 27.35 + 12.10 + 8.45 + 6.55 = 54.45 (digits swapped)",
    truth: four("k5"),
  });
  b.plant({
    at: { sheet: S, cell: a("mtp", "k2") },
    rules: ["ratio-components-mismatch", "percent-out-of-range", "inconsistent-formula"],
    note: "Jalan Mantap of Long Apung Ilir =(Baik+Sedang)/Baik = 51.00 / 36.80 = 138.59 %; over the total 73.10 km it is 69.77 %",
    truth: `ROUND((${a("baik", "k2")}+${a("sdg", "k2")})/(${four("k2")})*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a2("jb", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of bridges in good condition =SUM over the first five kecamatan (59); with Sembuak Tengah (6) it is 65",
    truth: KEC.map((k) => a2("jb", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("baik", "jml"),
    rules: ["sum-mismatch"],
    truth: KEC.map((k) => a("baik", k.id)).join("+"),
  });
  b.ok({ sheet: S, cell: a("tot", "k1"), rules: ["sum-mismatch"], truth: four("k1") });
  b.ok({
    sheet: S,
    cell: a("mtp", "k1"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("baik", "k1")}+${a("sdg", "k1")})/${a("tot", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("mtp", "jml"),
    rules: ["sum-mismatch", "ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("baik", "jml")}+${a("sdg", "jml")})/${a("tot", "jml")}*100,2)`,
    trap: `SUM(${a("mtp", "k1")}:${a("mtp", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tot", "jml"),
    rules: ["sum-mismatch"],
    truth: four("jml"),
    trap: `SUM(${a("tot", "k1")}:${a("tot", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("jj", "k3"),
    rules: ["sum-mismatch"],
    truth: `${a2("jb", "k3")}+${a2("jr", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a2("pt", "jml"),
    rules: ["sum-mismatch"],
    truth: KEC.map((k) => a2("pt", k.id)).join("+"),
  });
  return b.finish();
}
