// Audit-plan and follow-up tables of the seventy-fourth unseen set: the PKPT 2025 of the Inspektorat
// Daerah Kabupaten Nanga Seberuang (Kalimantan Barat) with objek, jenis pengawasan, personil x hari =
// hari pemeriksaan (HP) and anggaran per objek, Sub Jumlah per jenis and a JUMLAH of the subtotals; and
// the recap per year of LHP of the follow-up of BPK findings of the Inspektorat Kota Waimanu (Nusa
// Tenggara Timur), counts and nilai (Rp) per status, % selesai. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================== PKPT 2025, Inspektorat Daerah Kabupaten Nanga Seberuang

type Obj = {
  id: string;
  obj: string;
  jenis: string;
  irban: string;
  bln: string;
  org: number;
  hari: number;
  rp: number;
};

/** PKPT with HP = personil x hari and anggaran per objek, grouped by jenis pengawasan. */
export function pkptNangaSeberuang(): BookW {
  const b = new BookW(
    "pkpt-hp-objek-inspektorat-nanga-seberuang.xlsx",
    "PKPT (Program Kerja Pengawasan Tahunan) 2025 (Inspektorat Daerah)",
    "No | Objek Pengawasan / Auditan | Jenis Pengawasan | Pelaksana (Irban) | 'Rencana Penugasan' > Bulan | Personil (orang) | Hari Kerja | Hari Pemeriksaan (HP) | Anggaran Biaya Pengawasan (Rp) | Ket.; number row (1) .. (10) with '(8) = (6) x (7)'; sections I .. III by jenis with Sub Jumlah rows (SUM of their objek), JUMLAH I + II + III; HP formulas mixed with typed HP",
  );
  const S = "PKPT 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NANGA SEBERUANG",
    "INSPEKTORAT DAERAH",
    "Jalan Tanjung Lalang No. 7, Nanga Seberuang, Kalimantan Barat 78661",
  ]);
  s.lines(["PROGRAM KERJA PENGAWASAN TAHUNAN (PKPT)", "TAHUN ANGGARAN 2025"], 1, { bold: true });
  s.gap();
  const g1: Obj[] = [
    {
      id: "a1",
      obj: "Dinas Pekerjaan Umum dan Penataan Ruang",
      jenis: "Audit Kinerja",
      irban: "Irban I",
      bln: "Februari",
      org: 5,
      hari: 15,
      rp: 32_750_000,
    },
    {
      id: "a2",
      obj: "Dinas Kesehatan",
      jenis: "Audit Kinerja",
      irban: "Irban II",
      bln: "Maret",
      org: 5,
      hari: 15,
      rp: 31_900_000,
    },
    {
      id: "a3",
      obj: "RSUD Nanga Seberuang",
      jenis: "Audit Kinerja",
      irban: "Irban II",
      bln: "April",
      org: 6,
      hari: 20,
      rp: 48_600_000,
    },
    {
      id: "a4",
      obj: "Dinas Pendidikan dan Kebudayaan",
      jenis: "Audit Kinerja",
      irban: "Irban III",
      bln: "Mei",
      org: 5,
      hari: 15,
      rp: 33_450_000,
    },
  ];
  const g2: Obj[] = [
    {
      id: "b1",
      obj: "Laporan Keuangan Pemerintah Daerah TA 2024",
      jenis: "Reviu",
      irban: "Tim Gabungan",
      bln: "Februari",
      org: 8,
      hari: 10,
      rp: 27_200_000,
    },
    {
      id: "b2",
      obj: "RKPD dan Renja Perangkat Daerah TA 2026",
      jenis: "Reviu",
      irban: "Irban I",
      bln: "Mei",
      org: 4,
      hari: 8,
      rp: 9_840_000,
    },
    {
      id: "b3",
      obj: "Laporan Kinerja Instansi Pemerintah TA 2024",
      jenis: "Reviu",
      irban: "Irban III",
      bln: "Februari",
      org: 4,
      hari: 6,
      rp: 7_380_000,
    },
    {
      id: "b4",
      obj: "RKA Perangkat Daerah TA 2026",
      jenis: "Reviu",
      irban: "Irban IV",
      bln: "Oktober",
      org: 4,
      hari: 9,
      rp: 11_070_000,
    },
  ];
  const g3: Obj[] = [
    {
      id: "c1",
      obj: "Dana Desa Kecamatan Seberuang Hulu (14 desa)",
      jenis: "Pemeriksaan Reguler",
      irban: "Irban Khusus",
      bln: "Juli",
      org: 4,
      hari: 28,
      rp: 64_960_000,
    },
    {
      id: "c2",
      obj: "Dana Desa Kecamatan Ketapang Raya (11 desa)",
      jenis: "Pemeriksaan Reguler",
      irban: "Irban IV",
      bln: "Agustus",
      org: 4,
      hari: 22,
      rp: 51_040_000,
    },
    {
      id: "c3",
      obj: "Penyelenggaraan SPIP Perangkat Daerah",
      jenis: "Evaluasi",
      irban: "Irban I",
      bln: "September",
      org: 3,
      hari: 10,
      rp: 8_850_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 6 },
    { key: "obj", head: ["Objek Pengawasan / Auditan"], num: "(2)", width: 42 },
    { key: "jen", head: ["Jenis Pengawasan"], num: "(3)", width: 18 },
    { key: "irb", head: ["Pelaksana"], num: "(4)", width: 13 },
    { key: "bln", head: ["Rencana Penugasan", "Bulan"], num: "(5)", width: 11 },
    { key: "org", head: ["Rencana Penugasan", "Personil (orang)"], num: "(6)", fmt: INT, width: 9 },
    { key: "hari", head: ["Rencana Penugasan", "Hari Kerja"], num: "(7)", fmt: INT, width: 8 },
    { key: "hp", head: ["Hari Pemeriksaan (HP)"], num: "(8) = (6) x (7)", fmt: INT, width: 11 },
    {
      key: "rp",
      head: ["Anggaran Biaya Pengawasan (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(9)",
      fmt: RP,
      width: 17,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(10)", width: 14 },
  ];
  // HP typed in the Reviu block (the planner typed them there), formulas elsewhere
  const objRow = (x: Obj, i: number, typed: boolean): Row => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      obj: x.obj,
      jen: x.jenis,
      irb: x.irban,
      bln: x.bln,
      org: x.org,
      hari: x.hari,
      hp: typed ? x.org * x.hari : fx(`${c.a("org")}*${c.a("hari")}`),
      rp: x.rp,
      ket: x.jenis === "Pemeriksaan Reguler" ? "sampel desa" : null,
    }),
  });
  // planted 1: the Sub Jumlah HP of the Reviu block stops one row short (b1:b3, the RKA reviu left out)
  const subRow = (id: string, label: string, first: string, last: string, hpLast = last): Row => ({
    id,
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: label,
      hp: fx(`SUM(${c.a("hp", first)}:${c.a("hp", hpLast)})`),
      rp: fx(`SUM(${c.a("rp", first)}:${c.a("rp", last)})`),
    }),
  });
  const rows: Row[] = [
    { id: "s1", bold: true, cells: { no: "I", obj: "AUDIT KINERJA PERANGKAT DAERAH" } },
    ...g1.map((x, i) => objRow(x, i, false)),
    subRow("j1", "Sub Jumlah I", "a1", "a4"),
    { id: "s2", bold: true, cells: { no: "II", obj: "REVIU DOKUMEN PERENCANAAN, KEUANGAN DAN KINERJA" } },
    ...g2.map((x, i) => objRow(x, i, true)),
    subRow("j2", "Sub Jumlah II", "b1", "b4", "b3"),
    { id: "s3", bold: true, cells: { no: "III", obj: "PEMERIKSAAN DAN EVALUASI" } },
    ...g3.map((x, i) => objRow(x, i, false)),
    subRow("j3", "Sub Jumlah III", "c1", "c3"),
    // planted 2: the JUMLAH anggaran is SUM over the whole column, so it counts the subtotals twice
    {
      id: "tot",
      bold: true,
      span: ["no", "bln"],
      cells: (c) => ({
        no: "JUMLAH (I + II + III)",
        hp: fx(`${c.a("hp", "j1")}+${c.a("hp", "j2")}+${c.a("hp", "j3")}`),
        rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "j3")})`),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: HP = jumlah personil x jumlah hari kerja penugasan; anggaran meliputi uang harian, transport lokal dan akomodasi sesuai SSH 2025.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Nanga Seberuang, 20 Desember 2024",
    jabatan: ["INSPEKTUR KABUPATEN NANGA SEBERUANG,"],
    nama: "YOHANES ALOYSIUS DAMIN, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710306 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const hp = (xs: Obj[]) => sum(xs.map((x) => x.org * x.hari));
  if (hp(g2) - hp(g2.slice(0, 3)) !== 36) throw new Error("pkpt: b4");
  b.plant({
    at: { sheet: S, cell: a("hp", "j2") },
    rules: ["sum-mismatch"],
    note: `Sub Jumlah II HP is =SUM(${a("hp", "b1")}:${a("hp", "b3")}) = ${hp(g2.slice(0, 3))}, the RKA reviu (36 HP) left out; the four reviu give ${hp(g2)}`,
    truth: `SUM(${a("hp", "b1")}:${a("hp", "b4")})`,
  });
  const rpTot = sum([...g1, ...g2, ...g3].map((x) => x.rp));
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran is =SUM(${a("rp", "a1")}:${a("rp", "j3")}) = ${2 * rpTot}, counting the objek and the Sub Jumlah rows; Sub Jumlah I + II + III give ${rpTot}`,
    truth: `${a("rp", "j1")}+${a("rp", "j2")}+${a("rp", "j3")}`,
  });
  // clean: subtotals of their own block only (the block above would add the earlier Sub Jumlah)
  b.ok({
    sheet: S,
    cell: a("rp", "j2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "b1")}:${a("rp", "b4")})`,
    trap: `SUM(${a("rp", "a1")}:${a("rp", "b4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "j3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "c1")}:${a("rp", "c3")})`,
    trap: `SUM(${a("rp", "a1")}:${a("rp", "c3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "j1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "a1")}:${a("rp", "a4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hp", "j1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hp", "a1")}:${a("hp", "a4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hp", "j3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hp", "c1")}:${a("hp", "c3")})`,
    trap: `SUM(${a("hp", "a1")}:${a("hp", "c3")})`,
  });
  // typed HP among formulas, but right: the product of personil and hari
  for (const x of g2.slice(0, 2))
    b.ok({
      sheet: S,
      cell: a("hp", x.id),
      rules: ["hardcoded-value", "sum-mismatch"],
      truth: `${a("org", x.id)}*${a("hari", x.id)}`,
      trap: `${a("org", x.id)}+${a("hari", x.id)}`,
    });
  return b.finish();
}

// ============================================= Tindak lanjut temuan BPK per tahun, Inspektorat Kota Waimanu

type Yr = {
  id: string;
  th: number;
  tem: number;
  sel: number;
  pro: number;
  bel: number;
  nSel: number;
  nPro: number;
  nBel: number;
  /** a typed nilai rekomendasi that is not the sum of the statuses (planted) */
  nRek?: number;
};

/** Recap per year of LHP of the follow-up of BPK recommendations, counts and Rp per status. */
export function tlBpkWaimanu(): BookW {
  const b = new BookW(
    "tl-bpk-per-tahun-lhp-inspektorat-kota-waimanu.xlsx",
    "recap of the follow-up of BPK findings per year of LHP (Inspektorat)",
    "No | Tahun LHP | Temuan (kejadian) | 'Rekomendasi' > Jml | Nilai (Rp) | 'Sesuai Rekomendasi (Selesai)' > Jml | Nilai (Rp) | 'Belum Sesuai / Dalam Proses' > Jml | Nilai (Rp) | 'Belum Ditindaklanjuti' > Jml | Nilai (Rp) | % Selesai (Jml); three header rows with 'Status Tindak Lanjut' over the three statuses; years 2017 .. 2024 from old to new; typed counts and Rp, % selesai ROUND formulas; JUMLAH row of SUM and its % from the totals",
  );
  const S = "TL BPK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WAIMANU",
    "INSPEKTORAT DAERAH",
    "Jl. El Tari No. 31, Waimanu, Nusa Tenggara Timur",
  ]);
  s.lines(
    [
      "REKAPITULASI PEMANTAUAN TINDAK LANJUT REKOMENDASI HASIL PEMERIKSAAN BPK RI",
      "PER TAHUN LAPORAN HASIL PEMERIKSAAN (LHP) - POSISI 31 DESEMBER 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const yrs: Yr[] = [
    { id: "y17", th: 2017, tem: 21, sel: 44, pro: 0, bel: 0, nSel: 1_284_615_300, nPro: 0, nBel: 0 },
    {
      id: "y18",
      th: 2018,
      tem: 26,
      sel: 51,
      pro: 3,
      bel: 1,
      nSel: 2_017_448_950,
      nPro: 146_200_000,
      nBel: 38_750_000,
    },
    {
      id: "y19",
      th: 2019,
      tem: 24,
      sel: 47,
      pro: 4,
      bel: 2,
      nSel: 1_763_092_400,
      nPro: 312_580_600,
      nBel: 91_400_000,
      nRek: 2_176_073_000,
    },
    {
      id: "y20",
      th: 2020,
      tem: 19,
      sel: 38,
      pro: 5,
      bel: 1,
      nSel: 954_327_150,
      nPro: 208_914_000,
      nBel: 17_600_000,
    },
    {
      id: "y21",
      th: 2021,
      tem: 23,
      sel: 40,
      pro: 7,
      bel: 3,
      nSel: 1_408_260_000,
      nPro: 527_316_480,
      nBel: 126_000_000,
    },
    {
      id: "y22",
      th: 2022,
      tem: 27,
      sel: 39,
      pro: 11,
      bel: 4,
      nSel: 1_127_905_700,
      nPro: 684_120_300,
      nBel: 203_455_000,
    },
    {
      id: "y23",
      th: 2023,
      tem: 22,
      sel: 28,
      pro: 16,
      bel: 5,
      nSel: 846_773_250,
      nPro: 1_092_640_000,
      nBel: 377_218_900,
    },
    {
      id: "y24",
      th: 2024,
      tem: 18,
      sel: 9,
      pro: 19,
      bel: 12,
      nSel: 215_400_000,
      nPro: 1_318_226_500,
      nBel: 602_150_000,
    },
  ];
  const y19 = yrs.find((y) => y.id === "y19")!;
  if (y19.nSel + y19.nPro + y19.nBel !== 2_167_073_000) throw new Error("tl: y19");
  const ST = "Status Tindak Lanjut";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "th", head: ["Tahun LHP"], width: 9 },
    { key: "tem", head: ["Temuan (kejadian)"], fmt: INT, width: 10 },
    { key: "rek", head: ["Rekomendasi", "Jml"], fmt: INT, width: 7 },
    { key: "nrek", head: ["Rekomendasi", "Nilai (Rp)"], fmt: RP, width: 16 },
    { key: "sel", head: [ST, "Sesuai Rekomendasi (Selesai)", "Jml"], fmt: INT, width: 7 },
    { key: "nsel", head: [ST, "Sesuai Rekomendasi (Selesai)", "Nilai (Rp)"], fmt: RP, width: 16 },
    { key: "pro", head: [ST, "Belum Sesuai / Dalam Proses", "Jml"], fmt: INT, width: 7 },
    { key: "npro", head: [ST, "Belum Sesuai / Dalam Proses", "Nilai (Rp)"], fmt: RP, width: 16 },
    { key: "bel", head: [ST, "Belum Ditindaklanjuti", "Jml"], fmt: INT, width: 7 },
    { key: "nbel", head: [ST, "Belum Ditindaklanjuti", "Nilai (Rp)"], fmt: RP, width: 16 },
    { key: "pct", head: ["% Selesai (Jml)"], fmt: DEC, width: 10 },
  ];
  const K = ["tem", "rek", "nrek", "sel", "nsel", "pro", "npro", "bel", "nbel"];
  const rows: Row[] = [
    ...yrs.map((y, i): Row => ({
      id: y.id,
      cells: (c) => ({
        no: i + 1,
        th: y.th,
        tem: y.tem,
        rek: y.sel + y.pro + y.bel,
        nrek: y.nRek ?? y.nSel + y.nPro + y.nBel,
        sel: y.sel,
        nsel: y.nSel,
        pro: y.pro,
        npro: y.nPro,
        bel: y.bel,
        nbel: y.nBel,
        // planted: 2023 divided by the temuan instead of the rekomendasi
        pct: fx(`ROUND(${c.a("sel")}/${c.a(y.id === "y23" ? "tem" : "rek")}*100,2)`),
      }),
    })),
    {
      id: "tot",
      bold: true,
      span: ["no", "th"],
      cells: (c) => {
        const o: Record<string, Cell> = { no: "JUMLAH" };
        for (const k of K) o[k] = fx(`SUM(${c.a(k, "y17")}:${c.a(k, "y24")})`);
        o.pct = fx(`ROUND(${c.a("sel")}/${c.a("rek")}*100,2)`);
        return o;
      },
    },
  ];
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Jumlah dan nilai rekomendasi = Selesai + Dalam Proses + Belum Ditindaklanjuti.",
    "- % Selesai = jumlah rekomendasi selesai / jumlah rekomendasi x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Waimanu, 15 Januari 2025",
    jabatan: ["Plt. INSPEKTUR KOTA WAIMANU,"],
    nama: "MARSELINUS NGGADA BORU, S.H., M.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760918 200112 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("nrek", "y19") },
    rules: ["sum-mismatch"],
    note: "nilai rekomendasi of LHP 2019 is typed 2,176,073,000; Selesai 1,763,092,400 + Dalam Proses 312,580,600 + Belum 91,400,000 give 2,167,073,000 (digits swapped)",
    truth: `${a("nsel", "y19")}+${a("npro", "y19")}+${a("nbel", "y19")}`,
  });
  const y23 = yrs.find((y) => y.id === "y23")!;
  b.plant({
    at: { sheet: S, cell: a("pct", "y23") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "inconsistent-formula", "percent-out-of-range"],
    note: `% selesai of LHP 2023 is =ROUND(${a("sel", "y23")}/${a("tem", "y23")}*100,2) = ${round((y23.sel / y23.tem) * 100)} (selesai over the temuan); 28 / 49 rekomendasi give ${round((28 / 49) * 100)}`,
    truth: `ROUND(${a("sel", "y23")}/${a("rek", "y23")}*100,2)`,
  });
  // clean
  for (const y of yrs) {
    if (y.id !== "y23")
      b.ok({
        sheet: S,
        cell: a("pct", y.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("sel", y.id)}/${a("rek", y.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("rek", y.id),
      rules: ["sum-mismatch"],
      truth: `${a("sel", y.id)}+${a("pro", y.id)}+${a("bel", y.id)}`,
    });
  }
  for (const k of ["tem", "rek", "sel", "nsel", "pro", "npro", "bel", "nbel"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "y17")}:${a(k, "y24")})`,
    });
  // the total's % is the ratio of the totals, not the average of the years' percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("sel", "tot")}/${a("rek", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pct", "y17")}:${a("pct", "y24")})`,
  });
  return b.finish();
}
