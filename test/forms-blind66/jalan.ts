// Road-condition tables of two provincial Dinas Pekerjaan Umum dan Penataan Ruang: the per-ruas survey of
// Provinsi Sumatera Selatan with a recap per kabupaten under it on the same sheet, and the per-kabupaten
// condition table of Provinsi Bengkulu with km and % side by side. Every office, road, person and number is
// invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const KM = "#,##0.00";

type Ruas = {
  id: string;
  no: string;
  nama: string;
  kab: string;
  p: number;
  k: [number, number, number, number];
};

/** Kondisi jalan provinsi per ruas 2024 with a recap per kabupaten, DPUPR Provinsi Sumatera Selatan. */
export function kondisiRuasSumsel(): BookW {
  const b = new BookW(
    "kondisi-jalan-per-ruas-2024-dpupr-prov-sumsel.xlsx",
    "road condition per ruas (km) with a recap per kabupaten",
    "No | No. Ruas | Nama Ruas Jalan | Kab. | Panjang Ruas (km) | 'Kondisi Permukaan (km)' > Baik | Sedang | Rusak Ringan | Rusak Berat | 'Jalan Mantap' > km | %; number row (1)..(11) with '(10) = (6)+(7)'; JUMLAH row of SUMs; a typed recap per kabupaten under it on the same sheet",
  );
  const S = "Kondisi Jalan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA SELATAN",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Bidang Bina Marga - Seksi Data dan Pemrograman Jalan",
  ]);
  s.lines(["DATA KONDISI JALAN PROVINSI PER RUAS", "Hasil Survei Kondisi Jalan Semester II Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const rs: Ruas[] = [
    {
      id: "r1",
      no: "021",
      nama: "Sp. Tanjung Rambai - Muara Selangis",
      kab: "Muara Selangis",
      p: 42.6,
      k: [25.3, 9.8, 4.5, 3],
    },
    {
      id: "r2",
      no: "022",
      nama: "Muara Selangis - Bts. Kab. Lematang Hulu",
      kab: "Muara Selangis",
      p: 37.15,
      k: [18.4, 10.25, 5.1, 3.4],
    },
    {
      id: "r3",
      no: "052",
      nama: "Jalan Lingkar Muara Selangis",
      kab: "Muara Selangis",
      p: 12.3,
      k: [10.9, 1.4, 0, 0],
    },
    {
      id: "r4",
      no: "035",
      nama: "Sp. Air Rambai - Pangkalan Sepuh",
      kab: "Lematang Hulu",
      p: 28.9,
      k: [20.15, 5.35, 2.1, 1.3],
    },
    {
      id: "r5",
      no: "036",
      nama: "Pangkalan Sepuh - Talang Bekisar",
      kab: "Lematang Hulu",
      p: 51.35,
      k: [22.7, 14.05, 8.9, 5.7],
    },
    {
      id: "r6",
      no: "047",
      nama: "Sp. Sukadana - Ulak Kemang",
      kab: "Penukal Ulu",
      p: 33.8,
      k: [12.6, 11.2, 6.4, 3.6],
    },
    {
      id: "r7",
      no: "048",
      nama: "Ulak Kemang - Bts. Prov. Jambi",
      kab: "Penukal Ulu",
      p: 19.45,
      k: [5.2, 6.85, 4.3, 3.1],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "ruas", head: ["No. Ruas"], num: "(2)", width: 8 },
    { key: "nama", head: ["Nama Ruas Jalan"], num: "(3)", width: 36 },
    { key: "kab", head: ["Kab."], role: "lokasi", num: "(4)", width: 16 },
    { key: "p", head: ["Panjang Ruas (km)"], num: "(5)", fmt: KM, width: 10 },
    { key: "b", head: ["Kondisi Permukaan (km)", "Baik"], num: "(6)", fmt: KM, width: 9 },
    { key: "sd", head: ["Kondisi Permukaan (km)", "Sedang"], num: "(7)", fmt: KM, width: 9 },
    { key: "rr", head: ["Kondisi Permukaan (km)", "Rusak Ringan"], num: "(8)", fmt: KM, width: 9 },
    { key: "rb", head: ["Kondisi Permukaan (km)", "Rusak Berat"], num: "(9)", fmt: KM, width: 9 },
    { key: "mk", head: ["Jalan Mantap", "km"], num: "(10) = (6)+(7)", fmt: KM, width: 10 },
    { key: "mp", head: ["Jalan Mantap", "%"], num: "(11) = (10)/(5)x100", fmt: DEC, width: 10 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      ruas: x.no,
      nama: x.nama,
      kab: x.kab,
      p: x.p,
      b: x.k[0],
      sd: x.k[1],
      rr: x.k[2],
      rb: x.k[3],
      mk: fx(`${c.a("b")}+${c.a("sd")}`),
      mp: fx(`ROUND(${c.a("mk")}/${c.a("p")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kab"],
    cells: (c): Record<string, Cell> => {
      const f = c.row("r1");
      const l = c.row("r7");
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["p", "b", "rr", "rb", "mk"]) out[k] = fx(`SUM(${c.c(k)}${f}:${c.c(k)}${l})`);
      // planted: the Sedang total stops one row short (the row of ruas 048 was added after the formula)
      out.sd = fx(`SUM(${c.c("sd")}${f}:${c.c("sd")}${l - 1})`);
      out.mp = fx(`ROUND(${c.a("mk")}/${c.a("p")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: survei kondisi jalan (IRMS/RCI) UPTD Wilayah I dan II, Desember 2024."], 1);
  s.gap(2);
  s.lines(["REKAPITULASI KONDISI JALAN PROVINSI MENURUT KABUPATEN"], 1, { bold: true });
  type K = { id: string; kab: string; n: number; ids: string[]; v: [number, number, number, number, number] };
  const ks: K[] = [
    { id: "k1", kab: "Muara Selangis", n: 3, ids: ["r1", "r2", "r3"], v: [92.05, 54.6, 21.45, 9.6, 6.4] },
    { id: "k2", kab: "Lematang Hulu", n: 2, ids: ["r4", "r5"], v: [80.25, 42.85, 19.4, 11, 7] },
    // planted: Baik of Penukal Ulu typed 17.08 for 12.60 + 5.20 = 17.80
    { id: "k3", kab: "Penukal Ulu", n: 2, ids: ["r6", "r7"], v: [53.25, 17.08, 18.05, 10.7, 6.7] },
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten"], role: "lokasi", width: 18 },
    { key: "n", head: ["Jml. Ruas"], width: 8 },
    { key: "p", head: ["Panjang (km)"], fmt: KM },
    { key: "b", head: ["Baik (km)"], fmt: KM },
    { key: "sd", head: ["Sedang (km)"], fmt: KM },
    { key: "rr", head: ["Rusak Ringan (km)"], fmt: KM },
    { key: "rb", head: ["Rusak Berat (km)"], fmt: KM },
    { key: "mp", head: ["% Mantap"], fmt: DEC },
  ];
  const rows2: Row[] = ks.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kab: x.kab,
      n: x.n,
      p: x.v[0],
      b: x.v[1],
      sd: x.v[2],
      rr: x.v[3],
      rb: x.v[4],
      mp: fx(`ROUND((${c.a("b")}+${c.a("sd")})/${c.a("p")}*100,2)`),
    }),
  }));
  rows2.push({
    id: "tot",
    bold: true,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kab: "PROVINSI" };
      for (const k of ["n", "p", "b", "sd", "rr", "rb"])
        out[k] = fx(`SUM(${c.c(k)}${c.row("k1")}:${c.c(k)}${c.row("k3")})`);
      out.mp = fx(`ROUND((${c.a("b")}+${c.a("sd")})/${c.a("p")}*100,2)`);
      return out;
    },
  });
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 });
  s.gap();
  signature(s, 8, {
    tempat: "Palembang, 20 Januari 2025",
    jabatan: ["Kepala Bidang Bina Marga"],
    nama: "Ir. Darmawan Kusumayuda, M.T.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19720314 199803 1 006",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("sd", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Sedang = SUM of the first six ruas (47.35 km); with ruas 048's 6.85 km it is 54.20 km",
    truth: ["r1", "r2", "r3", "r4", "r5", "r6", "r7"].map((id) => A("sd", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("b", "k3") },
    rules: ["cross-table-mismatch"],
    note: "recap Baik of Penukal Ulu typed 17.08; its ruas 047 and 048 give 12.60 + 5.20 = 17.80",
    truth: `${A("b", "r6")}+${A("b", "r7")}`,
  });
  b.ok({
    sheet: S,
    cell: A("mp", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${A("mk", "tot")}/${A("p", "tot")}*100,2)`,
    trap: `AVERAGE(${t.c("mp")}${t.row("r1")}:${t.c("mp")}${t.row("r7")})`,
  });
  b.ok({
    sheet: S,
    cell: A("p", "tot"),
    rules: ["sum-mismatch"],
    truth: ["r1", "r2", "r3", "r4", "r5", "r6", "r7"].map((id) => A("p", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: A("rb", "r3"),
    rules: ["missing-value", "sum-mismatch"],
    truth: `${A("p", "r3")}-${A("b", "r3")}-${A("sd", "r3")}-${A("rr", "r3")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("p", "k2"),
    rules: ["cross-table-mismatch"],
    truth: `${A("p", "r4")}+${A("p", "r5")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("mp", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${t2.a("b", "tot")}+${t2.a("sd", "tot")})/${t2.a("p", "tot")}*100,2)`,
    trap: `${t2.a("mp", "k1")}+${t2.a("mp", "k2")}+${t2.a("mp", "k3")}`,
  });
  return b.finish();
}

type Kab = { id: string; kab: string; p: number; k: [number, number, number, number] };

/** Kondisi jalan provinsi per kabupaten/kota, keadaan akhir 2024, DPUPR Provinsi Bengkulu. */
export function kondisiKabupatenBengkulu(): BookW {
  const b = new BookW(
    "kondisi-jalan-prov-menurut-kabkota-2024-dpupr-bengkulu.xlsx",
    "road condition per kabupaten with km and % of each condition",
    "No | Kabupaten/Kota | Panjang Jalan (km) | Baik / Sedang / Rusak Ringan / Rusak Berat each > Km | %; Tingkat Kemantapan (%); typed km, % by ROUND formulas; TOTAL row of SUMs and % of the totals; notes below",
  );
  const S = "Kondisi per Kab";
  const s = b.sheet(S);
  s.lines(["KONDISI JALAN PROVINSI BENGKULU MENURUT KABUPATEN/KOTA", "Keadaan 31 Desember 2024"], 2, {
    bold: true,
  });
  s.lines(["Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu"], 2);
  s.gap();
  const ks: Kab[] = [
    { id: "a", kab: "Kab. Air Manjuto", p: 118.42, k: [61.35, 28.7, 16.12, 12.25] },
    { id: "b", kab: "Kab. Padang Guci", p: 96.8, k: [40.22, 25.6, 16.43, 14.55] },
    { id: "c", kab: "Kab. Ketahun Hilir", p: 142.65, k: [73.92, 36.4, 19.83, 12.5] },
    { id: "d", kab: "Kab. Kaba Wetan", p: 87.3, k: [38.15, 27.45, 12.9, 8.8] },
    { id: "e", kab: "Kota Pantai Panjang", p: 24.75, k: [19.6, 3.85, 0.9, 0.4] },
  ];
  // planted: Padang Guci rusak ringan typed 14.63 (digits of 16.43 swapped)
  ks[1].k[2] = 14.63;
  const cond: Array<[string, string]> = [
    ["b", "Baik"],
    ["s", "Sedang"],
    ["rr", "Rusak Ringan"],
    ["rb", "Rusak Berat"],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", width: 22 },
    { key: "p", head: ["Panjang Jalan (km)"], fmt: KM, width: 10 },
    ...cond.flatMap(([k, h]): Col[] => [
      { key: `${k}k`, head: [h, "Km"], fmt: KM, width: 9 },
      { key: `${k}p`, head: [h, "%"], fmt: DEC, width: 8 },
    ]),
    { key: "tm", head: ["Tingkat Kemantapan (%)"], fmt: DEC, width: 11 },
  ];
  const rows: Row[] = ks.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, kab: x.kab, p: x.p };
      cond.forEach(([k], j) => {
        out[`${k}k`] = x.k[j];
        out[`${k}p`] = fx(`ROUND(${c.a(`${k}k`)}/${c.a("p")}*100,2)`);
      });
      // planted: Ketahun Hilir % Baik typed 58.12 over the column's formula (73.92 / 142.65 = 51.82)
      if (x.id === "c") out.bp = 58.12;
      out.tm = fx(`${c.a("bp")}+${c.a("sp")}`);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kab: "TOTAL" };
      const sumOf = (k: string) => fx(`SUM(${c.c(k)}${c.row("a")}:${c.c(k)}${c.row("e")})`);
      out.p = sumOf("p");
      for (const [k] of cond) {
        out[`${k}k`] = sumOf(`${k}k`);
        out[`${k}p`] = fx(`ROUND(${c.a(`${k}k`)}/${c.a("p")}*100,2)`);
      }
      out.tm = fx(`${c.a("bp")}+${c.a("sp")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows }, 2);
  s.gap();
  s.lines(
    [
      "Catatan:",
      "1. Panjang jalan sesuai SK Gubernur tentang Penetapan Ruas Jalan Provinsi.",
      "2. Tingkat kemantapan = % Baik + % Sedang; persentase baris TOTAL dihitung dari jumlah km, bukan dijumlahkan.",
    ],
    2,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Bengkulu, 14 Januari 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum", "dan Penataan Ruang"],
    nama: "Rusli Habiburrahman, S.T., M.Eng.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700928 199603 1 002",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("rrk", "b") },
    rules: ["sum-mismatch"],
    note: "Padang Guci Rusak Ringan typed 14.63 km: Baik + Sedang + Rusak Ringan + Rusak Berat = 95.00 km, not its 96.80 km; 96.80 - 40.22 - 25.60 - 14.55 = 16.43 (digits swapped)",
    truth: `${A("p", "b")}-${A("bk", "b")}-${A("sk", "b")}-${A("rbk", "b")}`,
  });
  b.plant({
    at: { sheet: S, cell: A("bp", "c") },
    rules: ["hardcoded-value", "ratio-components-mismatch", "capaian-mismatch"],
    note: "Ketahun Hilir % Baik typed 58.12 over the column's ROUND formula; 73.92 / 142.65 x 100 = 51.82",
    truth: `ROUND(${A("bk", "c")}/${A("p", "c")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: A("bp", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${A("bk", "tot")}/${A("p", "tot")}*100,2)`,
    trap: ["a", "b", "c", "d", "e"].map((id) => A("bp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: A("tm", "a"),
    rules: ["sum-mismatch"],
    truth: `${A("bp", "a")}+${A("sp", "a")}`,
    trap: `${A("bp", "a")}+${A("sp", "a")}+${A("rrp", "a")}+${A("rbp", "a")}`,
  });
  b.ok({
    sheet: S,
    cell: A("rbk", "e"),
    rules: ["missing-value", "sum-mismatch"],
    truth: `${A("p", "e")}-${A("bk", "e")}-${A("sk", "e")}-${A("rrk", "e")}`,
  });
  b.ok({
    sheet: S,
    cell: A("rbk", "tot"),
    rules: ["sum-mismatch"],
    truth: ["a", "b", "c", "d", "e"].map((id) => A("rbk", id)).join("+"),
  });
  return b.finish();
}
