// Fund recaps and production reports of the thirty-fifth unseen set: BOS Reguler and DAK Fisik by
// school (pagu, realisasi, sisa) on one sheet, and a Dinas Perikanan's production in tons by quarter
// with a second table of supporting indicators. Invented offices, schools and numbers.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Sekolah = {
  id: string;
  npsn: string;
  nama: string;
  x: string;
  pagu: number;
  real: number;
  sisa?: number;
};

/** Rekap BOS Reguler and DAK Fisik per satuan pendidikan, TA 2024. */
export function rekapBosDak(): BookW {
  const b = new BookW(
    "rekap-bos-dakfisik-persekolah-balanipa-2024.xlsx",
    "Rekap dana BOS / DAK per sekolah (pagu, realisasi, sisa)",
    "Rekapitulasi of a Dinas Pendidikan in Sulawesi Barat, TA 2024, two tables on one sheet: A. BOS Reguler: No | NPSN | Nama Satuan Pendidikan | Kecamatan | Pagu BOSP (Rp) | Realisasi Belanja (Rp) | Sisa Dana (Rp) (=pagu - realisasi) | Serapan (%) (ROUND); B. DAK Fisik: No | NPSN | Nama Sekolah | Menu Kegiatan | Pagu DAK (Rp) | Realisasi (Rp) | Sisa per SP2D (Rp) typed | % Realisasi; JUMLAH rows with SUM, serapan of the total as the ratio of the totals",
  );
  const S = "Rekap BOS-DAK";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BALANIPA RAYA", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(["REKAPITULASI PAGU DAN REALISASI DANA BOS REGULER DAN DAK FISIK TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const bos: Sekolah[] = [
    {
      id: "b1",
      npsn: "40604511",
      nama: "SD Negeri 001 Balanipa",
      x: "Balanipa",
      pagu: 361920000,
      real: 361845000,
    },
    {
      id: "b2",
      npsn: "40604528",
      nama: "SD Negeri 014 Tinambung",
      x: "Tinambung",
      pagu: 284200000,
      real: 279845500,
    },
    {
      id: "b3",
      npsn: "40604533",
      nama: "SD Inpres Lapeo",
      x: "Campalagian",
      pagu: 218080000,
      real: 218012500,
    },
    {
      id: "b4",
      npsn: "40604602",
      nama: "SMP Negeri 2 Balanipa",
      x: "Balanipa",
      pagu: 579360000,
      real: 571228000,
    },
    {
      id: "b5",
      npsn: "40604617",
      nama: "SMP Negeri 4 Tinambung",
      x: "Tinambung",
      pagu: 405280000,
      real: 398905750,
    },
    {
      id: "b6",
      npsn: "40604541",
      nama: "SD Negeri 027 Limboro",
      x: "Limboro",
      pagu: 190240000,
      real: 187115000,
    },
    {
      id: "b7",
      npsn: "40604625",
      nama: "SMP Negeri 1 Limboro",
      x: "Limboro",
      pagu: 477360000,
      real: 477298000,
    },
  ];
  s.lines(["A. DANA BOS REGULER"], 1, { bold: true });
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "npsn", head: ["NPSN"], width: 11 },
    { key: "nama", head: ["Nama Satuan Pendidikan"], width: 30 },
    { key: "x", head: ["Kecamatan"], role: "lokasi", width: 14 },
    { key: "pagu", head: ["Pagu BOSP (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    {
      key: "real",
      head: ["Realisasi Belanja (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Dana (Rp)"], fmt: RP, width: 15 },
    { key: "pct", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const serap = (x: { a(k: string): string }) => fx(`=ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`);
  const rowsA: Row[] = [
    ...bos.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        npsn: x.npsn,
        nama: x.nama,
        x: x.x,
        pagu: x.pagu,
        real: x.real,
        sisa: fx(`=${c.a("pagu")}-${c.a("real")}`),
        pct: serap(c),
      }),
    })),
    {
      id: "jA",
      bold: true,
      span: ["no", "x"],
      cells: (c) => ({
        no: "JUMLAH",
        pagu: fx(`=SUM(${c.a("pagu", "b1")}:${c.a("pagu", "b7")})`),
        real: fx(`=SUM(${c.a("real", "b1")}:${c.a("real", "b6")})`),
        sisa: fx(`=SUM(${c.a("sisa", "b1")}:${c.a("sisa", "b7")})`),
        pct: serap(c),
      }),
    },
  ];
  const tA = s.table({ cols: colsA, headerRows: 1, rows: rowsA });
  s.gap();
  const dak: Sekolah[] = [
    {
      id: "d1",
      npsn: "40604528",
      nama: "SD Negeri 014 Tinambung",
      x: "Rehabilitasi ruang kelas (4 ruang)",
      pagu: 742500000,
      real: 729860000,
      sisa: 12640000,
    },
    {
      id: "d2",
      npsn: "40604602",
      nama: "SMP Negeri 2 Balanipa",
      x: "Pembangunan ruang laboratorium IPA",
      pagu: 1245000000,
      real: 1281450000,
      sisa: 26550000,
    },
    {
      id: "d3",
      npsn: "40604533",
      nama: "SD Inpres Lapeo",
      x: "Pembangunan toilet beserta sanitasinya",
      pagu: 168750000,
      real: 166420000,
      sisa: 2330000,
    },
    {
      id: "d4",
      npsn: "40604625",
      nama: "SMP Negeri 1 Limboro",
      x: "Rehabilitasi ruang kelas (3 ruang)",
      pagu: 612300000,
      real: 588740000,
      sisa: 23560000,
    },
  ];
  s.lines(["B. DAK FISIK BIDANG PENDIDIKAN"], 1, { bold: true });
  const colsB: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "npsn", head: ["NPSN"] },
    { key: "nama", head: ["Nama Sekolah"] },
    { key: "x", head: ["Menu Kegiatan"], role: "keterangan" },
    { key: "pagu", head: ["Pagu DAK (Rp)"], role: "anggaran", year: 2024, fmt: RP },
    { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
    { key: "sisa", head: ["Sisa per SP2D (Rp)"], fmt: RP },
    { key: "pct", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC },
  ];
  const rowsB: Row[] = [
    ...dak.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        npsn: x.npsn,
        nama: x.nama,
        x: x.x,
        pagu: x.pagu,
        real: x.real,
        sisa: x.sisa,
        pct: serap(c),
      }),
    })),
    {
      id: "jB",
      bold: true,
      span: ["no", "x"],
      cells: (c) => {
        const out: Record<string, Cell> = { no: "JUMLAH", pct: serap(c) };
        for (const k of ["pagu", "real", "sisa"]) out[k] = fx(`=SUM(${c.a(k, "d1")}:${c.a(k, "d4")})`);
        return out;
      },
    },
  ];
  const tB = s.table({ cols: colsB, headerRows: 1, rows: rowsB });
  s.gap();
  s.lines(["Sumber: Laporan realisasi ARKAS dan SP2D BPKAD s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 6, {
    tempat: "Tinambung, 15 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan"],
    nama: "Dr. MUHAMMAD RIDWAN PUANG LOLO, M.Pd",
    nip: "19710923 199703 1 004",
  });
  b.plant({
    at: { sheet: S, cell: tA.a("real", "jA") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Realisasi BOS is =SUM over the first six schools only (2,016,951,750); SMP Negeri 1 Limboro's 477,298,000 is left out: the seven schools give 2,494,249,750 (and pagu - sisa of the total row says so)",
    truth: `SUM(${tA.a("real", "b1")}:${tA.a("real", "b7")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: tB.a("real", "d2") },
        { sheet: S, cell: tB.a("pct", "d2") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch"],
    note: "DAK realisasi of SMP Negeri 2 Balanipa is 1,281,450,000, above its 1,245,000,000 pagu (102.93 %); the SP2D's sisa 26,550,000 says 1,218,450,000 (digits 18 / 81 swapped)",
    truth: `${tB.a("pagu", "d2")}-${tB.a("sisa", "d2")}`,
  });
  // traps: serapan of a total is the ratio of the totals, never the sum or the mean of the rows
  b.ok({
    sheet: S,
    cell: tB.a("pct", "jB"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: `ROUND(${tB.a("real", "jB")}/${tB.a("pagu", "jB")}*100,2)`,
    trap: `SUM(${tB.a("pct", "d1")}:${tB.a("pct", "d4")})`,
  });
  b.ok({
    sheet: S,
    cell: tA.a("sisa", "jA"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tA.a("sisa", "b1")}:${tA.a("sisa", "b7")})`,
  });
  b.ok({
    sheet: S,
    cell: tA.a("sisa", "b1"),
    rules: ["sum-mismatch"],
    truth: `${tA.a("pagu", "b1")}-${tA.a("real", "b1")}`,
  });
  b.ok({
    sheet: S,
    cell: tB.a("sisa", "d4"),
    rules: ["sum-mismatch"],
    truth: `${tB.a("pagu", "d4")}-${tB.a("real", "d4")}`,
  });
  b.ok({
    sheet: S,
    cell: tA.a("pct", "b7"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${tA.a("real", "b7")}/${tA.a("pagu", "b7")}*100,2)`,
  });
  return b.finish();
}

type Prod = { id: string; nama: string; sat: string; t: number; q: number[]; level?: boolean };

/** Dinas Perikanan: produksi per triwulan 2024 (ton) and supporting indicators. */
export function produksiPerikanan(): BookW {
  const b = new BookW(
    "produksi-perikanan-triwulan-tewahbarito-2024.xlsx",
    "Laporan produksi perikanan per triwulan (ton)",
    "Laporan Produksi of a Dinas Perikanan in Kalimantan Tengah, 2024: Table 1 No | Uraian | Satuan | Target 2024 | 'Produksi Triwulan' > I .. IV | Jumlah 2024 | Capaian (%); A. Tangkap and B. Budidaya subtotals = SUM of their children, TOTAL = A + B, row Jumlah = SUM of quarters; Table 2 'Indikator Pendukung' with 'Posisi / Jumlah s.d. TW IV': stocks (RTP, kapal) take TW IV, a flow (benih) the sum",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERIKANAN KABUPATEN TEWAH BARITO"]);
  s.lines(["LAPORAN PRODUKSI PERIKANAN PER TRIWULAN TAHUN 2024", "(satuan: ton)"], 1, { bold: true });
  s.gap();
  const tangkap: Prod[] = [
    {
      id: "a1",
      nama: "Perairan umum daratan - sungai",
      sat: "ton",
      t: 3850,
      q: [842.15, 1015.4, 1120.65, 968.3],
    },
    {
      id: "a2",
      nama: "Perairan umum daratan - danau dan rawa",
      sat: "ton",
      t: 2140,
      q: [498.2, 560.75, 601.1, 455.35],
    },
  ];
  const budidaya: Prod[] = [
    { id: "b1", nama: "Budidaya kolam", sat: "ton", t: 2460, q: [552.8, 610.45, 648.9, 631.25] },
    { id: "b2", nama: "Budidaya keramba", sat: "ton", t: 1325, q: [301.6, 318.25, 342.8, 335.7] },
    { id: "b3", nama: "Minapadi", sat: "ton", t: 185, q: [38.4, 47.25, 52.1, 49.85] },
  ];
  const Q = [0, 1, 2, 3];
  const TQ = "Produksi Triwulan";
  const cols1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Uraian"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.00", width: 11 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: [TQ, q],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
    })),
    { key: "y", head: ["Jumlah 2024"], role: "realisasi", year: 2024, fmt: "#,##0.00", width: 11 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const ySum = (c: { a(k: string): string }) => fx(`=SUM(${c.a("q0")}:${c.a("q3")})`);
  const cap = (c: { a(k: string): string }) => fx(`=ROUND(${c.a("y")}/${c.a("t")}*100,2)`);
  const leaf = (x: Prod, no: string): Row => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, Cell> = { no, nama: x.nama, sat: x.sat, t: x.t, c: cap(c) };
      Q.forEach((i) => (o[`q${i}`] = x.q[i]));
      o.y = x.id === "b2" ? 1289.35 : ySum(c);
      return o;
    },
  });
  const sub = (id: string, no: string, nama: string, kids: Prod[]): Row => ({
    id,
    bold: true,
    cells: (c) => {
      const o: Record<string, Cell> = { no, nama, sat: "ton", y: ySum(c), c: cap(c) };
      for (const k of ["t", "q0", "q1", "q2", "q3"])
        o[k] = fx(`=SUM(${c.a(k, kids[0].id)}:${c.a(k, kids[kids.length - 1].id)})`);
      return o;
    },
  });
  const rows1: Row[] = [
    sub("A", "A", "PERIKANAN TANGKAP", tangkap),
    ...tangkap.map((x, k) => leaf(x, String(k + 1))),
    sub("B", "B", "PERIKANAN BUDIDAYA", budidaya),
    ...budidaya.map((x, k) => leaf(x, String(k + 1))),
    {
      id: "T",
      bold: true,
      cells: (c) => {
        const o: Record<string, Cell> = { nama: "TOTAL PRODUKSI (A + B)", sat: "ton", y: ySum(c), c: cap(c) };
        for (const k of ["t", "q0", "q1", "q2", "q3"]) o[k] = fx(`=${c.a(k, "A")}+${c.a(k, "B")}`);
        return o;
      },
    },
  ];
  const t1 = s.table({ cols: cols1, headerRows: 2, rows: rows1 });
  s.gap(2);
  s.lines(["INDIKATOR PENDUKUNG"], 1, { bold: true });
  const pend: Prod[] = [
    {
      id: "p1",
      nama: "Jumlah pembudidaya ikan aktif",
      sat: "RTP",
      t: 1850,
      q: [1712, 1768, 1805, 1842],
      level: true,
    },
    {
      id: "p2",
      nama: "Jumlah kapal perikanan terdaftar",
      sat: "unit",
      t: 440,
      q: [412, 418, 425, 431],
      level: true,
    },
    {
      id: "p3",
      nama: "Jumlah benih ikan yang disalurkan kepada pembudidaya",
      sat: "ekor",
      t: 1200000,
      q: [250000, 310000, 345000, 280000],
    },
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "nama", head: ["Indikator"], role: "indikator" },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0" },
    ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi", q],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0",
    })),
    { key: "y", head: ["Posisi / Jumlah s.d. TW IV"], role: "realisasi", year: 2024, fmt: "#,##0" },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 2,
    rows: pend.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = { no: k + 1, nama: x.nama, sat: x.sat, t: x.t, c: cap(c) };
        Q.forEach((i) => (o[`q${i}`] = x.q[i]));
        o.y = x.level && x.id !== "p2" ? fx(`=${c.a("q3")}`) : ySum(c);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: jumlah pembudidaya dan kapal terdaftar adalah data posisi (keadaan akhir triwulan), bukan penjumlahan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tewah Barito, 17 Januari 2025",
    jabatan: ["Kepala Dinas Perikanan"],
    nama: "HERMANUS DJALI TINGANG, S.Pi., M.Si",
    nip: "19760614 200312 1 005",
  });
  b.plant({
    at: { sheet: S, cell: t1.a("y", "b2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah 2024 of budidaya keramba is a typed 1,289.35 among SUM formulas; its quarters 301.60 + 318.25 + 342.80 + 335.70 = 1,298.35 (digits swapped)",
    truth: `SUM(${t1.a("q0", "b2")}:${t1.a("q3", "b2")})`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("y", "p2") },
    rules: ["sum-mismatch"],
    note: "'Jumlah kapal perikanan terdaftar' is a stock (the note says so) but its year is =SUM of the four quarters, 1,686 kapal; the position at TW IV is 431 (capaian 97.95 %, not 383.18 %)",
    truth: t2.a("q3", "p2"),
  });
  // traps: a stock's year is TW IV, a flow's the sum; the total adds only the two subtotals
  b.ok({
    sheet: S,
    cell: t2.a("y", "p1"),
    rules: ["sum-mismatch"],
    truth: t2.a("q3", "p1"),
    trap: `SUM(${t2.a("q0", "p1")}:${t2.a("q3", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("y", "p3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("q0", "p3")}:${t2.a("q3", "p3")})`,
    trap: t2.a("q3", "p3"),
  });
  b.ok({
    sheet: S,
    cell: t1.a("q2", "T"),
    rules: ["sum-mismatch"],
    truth: `${t1.a("q2", "a1")}+${t1.a("q2", "a2")}+${t1.a("q2", "b1")}+${t1.a("q2", "b2")}+${t1.a("q2", "b3")}`,
    trap: `SUM(${t1.a("q2", "A")}:${t1.a("q2", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("c", "a1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${t1.a("y", "a1")}/${t1.a("t", "a1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("t", "A"),
    rules: ["sum-mismatch"],
    truth: `${t1.a("t", "a1")}+${t1.a("t", "a2")}`,
  });
  return b.finish();
}
