// Recaps of two kota offices: the follow-up of audit findings per OPD of the Inspektorat of Kota
// Sekernan Ilir (Jambi), BPK and APIP findings in two groups with subtotals, and the monthly loan
// recap per collection type of the Dinas Perpustakaan of Kota Mendanau Baru (Kepulauan Bangka
// Belitung), with a member count that is a level. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Opd = {
  id: string;
  obj: string;
  tem: number;
  sel: number;
  pro: number;
  bel: number;
  rek?: number;
  stale?: number;
};

/** Rekap tindak lanjut hasil pemeriksaan per OPD, Inspektorat Kota Sekernan Ilir, keadaan 31 Desember 2024. */
export function rekapTlhpSekernan(): BookW {
  const b = new BookW(
    "rekap-tlhp-per-opd-2024-inspektorat-kota-sekernan-ilir.xlsx",
    "recap of audit findings follow-up per OPD",
    "No | Perangkat Daerah / Obyek Pemeriksaan | 'Hasil Pemeriksaan' > Temuan / Rekomendasi | 'Status Tindak Lanjut Rekomendasi' > Selesai / Dalam Proses / Belum Ditindaklanjuti | % Selesai | Keterangan; number row with '8 = 5 / 4 x 100'; rows in two groups (A. BPK RI, B. Inspektorat) with Sub Jumlah rows and a JUMLAH TOTAL of the two subtotals; % of the subtotals and the total from their own counts",
  );
  const S = "Rekap TLHP";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SEKERNAN ILIR",
    "INSPEKTORAT DAERAH",
    "Jl. Lintas Timur Km. 6, Sekernan Ilir, Provinsi Jambi",
  ]);
  s.lines(
    [
      "REKAPITULASI TINDAK LANJUT HASIL PEMERIKSAAN (TLHP) PER PERANGKAT DAERAH",
      "Keadaan s.d. 31 Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const bpk: Opd[] = [
    { id: "a1", obj: "Badan Keuangan dan Aset Daerah", tem: 9, sel: 14, pro: 4, bel: 1 },
    { id: "a2", obj: "Dinas Pekerjaan Umum dan Penataan Ruang", tem: 11, sel: 12, pro: 6, bel: 3 },
    { id: "a3", obj: "Dinas Kesehatan", tem: 6, sel: 9, pro: 2, bel: 0 },
    { id: "a4", obj: "Sekretariat Daerah", tem: 5, sel: 7, pro: 1, bel: 1 },
  ];
  const apip: Opd[] = [
    { id: "b1", obj: "Dinas Pendidikan dan Kebudayaan", tem: 14, sel: 21, pro: 3, bel: 2 },
    // planted: rekomendasi typed 23 where the three statuses add to 22
    { id: "b2", obj: "Dinas Perhubungan", tem: 8, sel: 14, pro: 5, bel: 3, rek: 23 },
    { id: "b3", obj: "Dinas Perumahan Rakyat dan Kawasan Permukiman", tem: 7, sel: 8, pro: 4, bel: 1 },
    // planted: % selesai left at its old cached result (11 of 15 before 2 more were closed)
    { id: "b4", obj: "RSUD Sekernan Ilir", tem: 10, sel: 13, pro: 2, bel: 0, stale: 73.33 },
    { id: "b5", obj: "Kecamatan Sekernan Hulu", tem: 4, sel: 6, pro: 0, bel: 0 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "obj", head: ["Perangkat Daerah / Obyek Pemeriksaan"], num: 2, width: 40 },
    { key: "tem", head: ["Hasil Pemeriksaan", "Temuan"], num: 3, fmt: INT, width: 9 },
    { key: "rek", head: ["Hasil Pemeriksaan", "Rekomendasi"], num: 4, fmt: INT, width: 11 },
    { key: "sel", head: ["Status Tindak Lanjut Rekomendasi", "Selesai"], num: 5, fmt: INT, width: 9 },
    { key: "pro", head: ["Status Tindak Lanjut Rekomendasi", "Dalam Proses"], num: 6, fmt: INT, width: 9 },
    {
      key: "bel",
      head: ["Status Tindak Lanjut Rekomendasi", "Belum Ditindaklanjuti"],
      num: 7,
      fmt: INT,
      width: 12,
    },
    { key: "pct", head: ["% Selesai"], num: "8 = 5 / 4 x 100", fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 9, width: 22 },
  ];
  const K = ["tem", "rek", "sel", "pro", "bel"];
  const opdRow = (x: Opd, i: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      obj: x.obj,
      tem: x.tem,
      rek: x.rek ?? x.sel + x.pro + x.bel,
      sel: x.sel,
      pro: x.pro,
      bel: x.bel,
      pct: fx(`ROUND(${c.a("sel")}/${c.a("rek")}*100,2)`, x.stale),
      ket: x.bel === 0 && x.pro === 0 ? "tuntas" : null,
    }),
  });
  const sub = (id: string, first: string, last: string): Row => ({
    id,
    bold: true,
    span: ["no", "obj"],
    cells: (c) => {
      const o: Record<string, Cell> = { no: "Sub Jumlah" };
      for (const k of K) o[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
      o.pct = fx(`ROUND(${c.a("sel")}/${c.a("rek")}*100,2)`);
      return o;
    },
  });
  const rows: Row[] = [
    { id: "ga", cells: { no: "A", obj: "Hasil Pemeriksaan BPK RI Perwakilan Provinsi Jambi" }, bold: true },
    ...bpk.map(opdRow),
    sub("sa", "a1", "a4"),
    { id: "gb", cells: { no: "B", obj: "Hasil Pemeriksaan Inspektorat (APIP)" }, bold: true },
    ...apip.map(opdRow),
    sub("sb", "b1", "b5"),
    {
      id: "tot",
      bold: true,
      span: ["no", "obj"],
      cells: (c) => {
        const o: Record<string, Cell> = { no: "JUMLAH TOTAL (A + B)" };
        for (const k of K) o[k] = fx(`${c.a(k, "sa")}+${c.a(k, "sb")}`);
        o.pct = fx(`ROUND(${c.a("sel")}/${c.a("rek")}*100,2)`);
        return o;
      },
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: % Selesai = rekomendasi selesai / jumlah rekomendasi x 100; Rekomendasi = Selesai + Dalam Proses + Belum Ditindaklanjuti.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sekernan Ilir, 10 Januari 2025",
    jabatan: ["Inspektur Kota Sekernan Ilir"],
    nama: "Hj. NURLELA SYAFRIDA, S.E., M.Ak., CGCAE",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750822 200003 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rek", "b2") },
    rules: ["sum-mismatch"],
    note: "Dinas Perhubungan: 23 rekomendasi, but Selesai 14 + Dalam Proses 5 + Belum 3 = 22",
    truth: `${a("sel", "b2")}+${a("pro", "b2")}+${a("bel", "b2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "b4") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "RSUD: % Selesai shows the stale result 73.33 of =ROUND(E/D*100,2); 13 / 15 gives 86.67",
    truth: `ROUND(${a("sel", "b4")}/${a("rek", "b4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `${a("sel", "tot")}/${a("rek", "tot")}*100`,
    trap: `(${a("pct", "sa")}+${a("pct", "sb")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("rek", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rek", "sa")}+${a("rek", "sb")}`,
    trap: `SUM(${a("rek", "ga")}:${a("rek", "sb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sel", "sa"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("sel", "a1")}:${a("sel", "a4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bel", "sb"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("bel", "b1")}:${a("bel", "b5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rek", "a2"),
    rules: ["sum-mismatch"],
    truth: `${a("sel", "a2")}+${a("pro", "a2")}+${a("bel", "a2")}`,
    trap: a("tem", "a2"),
  });
  b.ok({
    sheet: S,
    cell: a("pct", "a3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("sel", "a3")}/${a("rek", "a3")}*100`,
  });
  return b.finish();
}

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

/** Rekap peminjaman koleksi per bulan, Dinas Perpustakaan Kota Mendanau Baru 2024. */
export function rekapPinjamMendanau(): BookW {
  const b = new BookW(
    "rekap-peminjaman-koleksi-2024-dinas-perpustakaan-kota-mendanau-baru.xlsx",
    "monthly library loan recap per collection type",
    "months down, collection types across: No | Bulan | 'Koleksi Tercetak (eksemplar)' > Karya Umum & Referensi / Fiksi / Nonfiksi / Bacaan Anak / Terbitan Berkala | 'Koleksi Digital' > e-Book (iMendanau) | Jumlah Dipinjam | Anggota Aktif (akhir bulan); JUMLAH row of SUM, RATA-RATA PER BULAN of ROUND(AVERAGE); the anggota aktif a level (JUMLAH = Desember)",
  );
  const S = "Peminjaman 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN KOTA MENDANAU BARU", "UPT Perpustakaan Umum Daerah"]);
  s.lines(["REKAPITULASI PEMINJAMAN KOLEKSI MENURUT JENIS KOLEKSI TAHUN 2024"], 1, { bold: true });
  s.gap();
  const KEYS = ["ku", "fik", "nf", "anak", "ber", "eb"];
  const data: number[][] = [
    [412, 1386, 974, 1215, 186, 642],
    [398, 1302, 951, 1168, 174, 688],
    [436, 1254, 1012, 1096, 192, 705],
    [371, 1098, 887, 1342, 165, 731],
    [405, 1187, 936, 1121, 180, 756],
    [352, 1423, 802, 1674, 148, 719],
    [447, 1512, 1064, 1788, 201, 802],
    [468, 1339, 1126, 1203, 213, 834],
    [482, 1276, 1158, 1147, 207, 861],
    [459, 1318, 1097, 1184, 196, 893],
    [431, 1245, 1043, 1099, 188, 912],
    [384, 1467, 915, 1596, 172, 948],
  ];
  const anggota = [6842, 6915, 7003, 7078, 7146, 7292, 7415, 7488, 7561, 7623, 7690, 7814];
  const T = "Koleksi Tercetak (eksemplar)";
  const D = "Koleksi Digital";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "bln", head: ["Bulan"], width: 12 },
    { key: "ku", head: [T, "Karya Umum & Referensi"], fmt: INT, width: 11 },
    { key: "fik", head: [T, "Fiksi"], fmt: INT, width: 9 },
    { key: "nf", head: [T, "Nonfiksi"], fmt: INT, width: 9 },
    { key: "anak", head: [T, "Bacaan Anak"], fmt: INT, width: 9 },
    { key: "ber", head: [T, "Terbitan Berkala"], fmt: INT, width: 10 },
    { key: "eb", head: [D, "e-Book (iMendanau)"], fmt: INT, width: 11 },
    { key: "jml", head: ["Jumlah Dipinjam"], fmt: INT, width: 11 },
    { key: "ang", head: ["Anggota Aktif (akhir bulan)"], fmt: INT, width: 12 },
  ];
  const rows: Row[] = BULAN.map((m, i) => ({
    id: `m${i + 1}`,
    cells: (c) => {
      const o: Record<string, Cell> = { no: i + 1, bln: m, ang: anggota[i] };
      KEYS.forEach((k, j) => (o[k] = data[i][j]));
      // planted: August's total typed by hand, 5,813 with two digits swapped (5,183)
      o.jml = i === 7 ? 5813 : fx(`SUM(${c.a("ku")}:${c.a("eb")})`);
      return o;
    },
  }));
  rows.push({
    id: "jum",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => {
      const o: Record<string, Cell> = { no: "JUMLAH" };
      // planted: the Bacaan Anak total stops at November
      for (const k of [...KEYS, "jml"])
        o[k] = fx(`SUM(${c.a(k, "m1")}:${c.a(k, k === "anak" ? "m11" : "m12")})`);
      o.ang = fx(c.a("ang", "m12"));
      return o;
    },
  });
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => {
      const o: Record<string, Cell> = { no: "RATA-RATA PER BULAN" };
      for (const k of [...KEYS, "jml"]) o[k] = fx(`ROUND(AVERAGE(${c.a(k, "m1")}:${c.a(k, "m12")}),0)`);
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Sumber: aplikasi sirkulasi INLISLite dan iMendanau. Anggota aktif = anggota terdaftar yang kartunya masih berlaku pada akhir bulan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Mendanau Baru, 8 Januari 2025",
    jabatan: ["Kepala Dinas Perpustakaan", "Kota Mendanau Baru"],
    nama: "YULIANTI ROSMALA, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19800417 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "m8") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Agustus: Jumlah Dipinjam typed 5,813 among SUM formulas; 468 + 1,339 + 1,126 + 1,203 + 213 + 834 = 5,183",
    truth: `SUM(${a("ku", "m8")}:${a("eb", "m8")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("anak", "jum") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH of Bacaan Anak is SUM over January to November (14,037); with December (1,596) it is 15,633",
    truth: `SUM(${a("anak", "m1")}:${a("anak", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ang", "jum"),
    rules: ["sum-mismatch"],
    truth: a("ang", "m12"),
    trap: `SUM(${a("ang", "m1")}:${a("ang", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("jml", "m1")}:${a("jml", "m12")}),0)`,
    trap: `SUM(${a("jml", "m1")}:${a("jml", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "m6"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ku", "m6")}:${a("eb", "m6")})`,
    trap: `SUM(${a("ku", "m6")}:${a("ang", "m6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("eb", "jum"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("eb", "m1")}:${a("eb", "m12")})`,
  });
  return b.finish();
}
