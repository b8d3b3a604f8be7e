// Sport facilities of the seventy-eighth unseen set: the recap of prasarana olahraga per kabupaten/kota
// by type and condition, Dinas Pemuda dan Olahraga Provinsi Sumatera Selatan. Invented numbers.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Kab = {
  id: string;
  nama: string;
  sb: number;
  gor: number;
  kr: number;
  ll: number;
  bk: number;
  rr: number;
  rb: number;
};

/** Jumlah = SUM of the four types; Baik + Rusak Ringan + Rusak Berat = Jumlah; % baik = Baik / Jumlah. */
export function prasaranaSumsel(): BookW {
  const b = new BookW(
    "prasarana-olahraga-kondisi-kabkota-dispora-sumsel.xlsx",
    "Rekapitulasi prasarana olahraga per kabupaten/kota menurut jenis dan kondisi",
    "three header rows: No | Kabupaten/Kota | 'Jenis Prasarana Olahraga (unit)' > Lap. Sepak Bola/Stadion | Gedung Olahraga (GOR) | Kolam Renang | Lapangan Lainnya | Jumlah (SUM) | 'Kondisi Prasarana' > 'Baik' | 'Rusak Ringan' | 'Rusak Berat' > (unit) | % Kondisi Baik (ROUND formulas); a Provinsi row whose % comes from the totals; Sumber note",
  );
  const S = "Prasarana 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PEMUDA DAN OLAHRAGA PROVINSI SUMATERA SELATAN",
    "Rekapitulasi Data Prasarana Olahraga Milik Pemerintah Daerah menurut Kabupaten/Kota, Keadaan 31 Desember 2024",
  ]);
  const xs: Kab[] = [
    { id: "r1", nama: "Kota Palembang", sb: 14, gor: 9, kr: 6, ll: 57, bk: 61, rr: 18, rb: 7 },
    { id: "r2", nama: "Kab. Lematang Ilir Raya", sb: 11, gor: 3, kr: 1, ll: 42, bk: 29, rr: 19, rb: 9 },
    // planted 1: Baik 24 + RR 14 + RB 8 = 46, but the four types give 48
    { id: "r3", nama: "Kab. Musi Hulu Tengah", sb: 9, gor: 2, kr: 0, ll: 37, bk: 24, rr: 14, rb: 8 },
    { id: "r4", nama: "Kab. Komering Seberang", sb: 13, gor: 4, kr: 2, ll: 51, bk: 38, rr: 21, rb: 11 },
    { id: "r5", nama: "Kab. Semendo Darat", sb: 6, gor: 1, kr: 0, ll: 19, bk: 12, rr: 9, rb: 5 },
    { id: "r6", nama: "Kab. Rambang Kuang Baru", sb: 10, gor: 2, kr: 1, ll: 33, bk: 30, rr: 11, rb: 5 },
    { id: "r7", nama: "Kab. Belida Darat", sb: 8, gor: 2, kr: 1, ll: 28, bk: 21, rr: 13, rb: 5 },
  ];
  const J = "Jenis Prasarana Olahraga (unit)";
  const K = "Kondisi Prasarana";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Kabupaten/Kota"], role: "lokasi", width: 26 },
    { key: "sb", head: [J, "Lap. Sepak Bola/ Stadion"], role: "lainnya", fmt: INT },
    { key: "gor", head: [J, "Gedung Olahraga (GOR)"], role: "lainnya", fmt: INT },
    { key: "kr", head: [J, "Kolam Renang"], role: "lainnya", fmt: INT },
    { key: "ll", head: [J, "Lapangan Lainnya"], role: "lainnya", fmt: INT },
    { key: "j", head: ["Jumlah"], role: "lainnya", fmt: INT },
    { key: "bk", head: [K, "Baik", "(unit)"], role: "lainnya", fmt: INT },
    { key: "rr", head: [K, "Rusak Ringan", "(unit)"], role: "lainnya", fmt: INT },
    { key: "rb", head: [K, "Rusak Berat", "(unit)"], role: "lainnya", fmt: INT },
    { key: "pb", head: ["% Kondisi Baik"], role: "lainnya", fmt: DEC },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      nama: x.nama,
      sb: x.sb,
      gor: x.gor,
      kr: x.kr === 0 ? "-" : x.kr,
      ll: x.ll,
      j: fx(`SUM(${c.a("sb")}:${c.a("ll")})`),
      bk: x.bk,
      rr: x.rr,
      rb: x.rb,
      // planted 2: Rambang Kuang Baru's % divides by the row above's Jumlah (26 units)
      pb:
        x.id === "r6"
          ? fx(`ROUND(${c.a("bk")}/${c.a("j", "r5")}*100,2)`)
          : fx(`ROUND(${c.a("bk")}/${c.a("j")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { no: "Provinsi Sumatera Selatan" };
      for (const k of ["sb", "gor", "kr", "ll", "j", "bk", "rr", "rb"])
        out[k] = fx(`SUM(${c.a(k, "r1")}:${c.a(k, "r7")})`);
      out.pb = fx(`ROUND(${c.a("bk")}/${c.a("j")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines(["Sumber: Pendataan Prasarana Olahraga Bidang Sarana Prasarana Dispora, 2024; '-' = tidak ada."]);
  s.gap();
  signature(s, 8, {
    tempat: "Palembang, 17 Januari 2025",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga", "Provinsi Sumatera Selatan,"],
    nama: "Ir. SYAMSUL BAHRI KOMERING, M.T",
    nip: "19690822 199503 1 002",
  });
  const a = t.a.bind(t);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("j", "r3") },
        { sheet: S, cell: a("bk", "r3") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "Musi Hulu Tengah: 9 + 2 + 0 + 37 = 48 prasarana, but Baik 24 + Rusak Ringan 14 + Rusak Berat 8 = 46",
    truth: `${a("bk", "r3")}+${a("rr", "r3")}+${a("rb", "r3")}`,
    actual: a("j", "r3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pb", "r6") },
    rules: ["ratio-components-mismatch", "inconsistent-formula", "percent-out-of-range"],
    note: "% Kondisi Baik of Rambang Kuang Baru =ROUND(30/26*100,2) = 115.38 divides by Semendo Darat's Jumlah (row above); 30 / 46 gives 65.22",
    truth: `ROUND(${a("bk", "r6")}/${a("j", "r6")}*100,2)`,
  });
  for (const id of ["r1", "r4", "r7"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("bk", id)}+${a("rr", id)}+${a("rb", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j", "r1")}:${a("j", "r7")})`,
  });
  // trap: the province's % is the ratio of the totals, not the sum nor the mean of the rows' %
  b.ok({
    sheet: S,
    cell: a("pb", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("bk", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pb", "r1")}:${a("pb", "r7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pb", "r2"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("bk", "r2")}/${a("j", "r2")}*100,2)`,
  });
  return b.finish();
}
