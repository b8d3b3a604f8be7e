// Personnel-office tables: the E.81 evaluation of the Renja 2024 of the BKPSDM of Kota Siriwo (Papua
// Tengah), where the targets and realisations of kinerja are written with their unit as text
// ('4 dokumen', '12 bulan') and the capaian K is typed, and the recap of ASN per OPD and golongan of
// the BKPSDM of Kota Bontolempa (Sulawesi Selatan) with a second table of PNS per golongan and
// gender. Every person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type E = {
  id: string;
  kd: string;
  ur: string;
  ind?: string;
  tk?: string;
  trp?: number;
  rk?: string;
  rrp?: number;
  ck?: number;
  kids?: string[];
  lvl: 0 | 1 | 2;
};

/** E.81 evaluasi Renja 2024, BKPSDM Kota Siriwo. */
export function e81BkpsdmSiriwo(): BookW {
  const b = new BookW(
    "e81-renja-2024-bkpsdm-kota-siriwo.xlsx",
    "E.81 evaluation with kinerja targets written with their unit as text",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Keluaran | 'Target Renja PD Tahun 2024' > K | Rp | 'Realisasi s.d. Triwulan IV' > K | Rp | 'Tingkat Capaian (%)' > K | Rp; number row 1..10; K as text with units, capaian K typed, Rp of programs and kegiatan SUM their children",
  );
  const S = "E.81";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "KOTA SIRIWO"]);
  s.lines(
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024", "Triwulan IV (Oktober - Desember)"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const xs: E[] = [
    {
      id: "p1",
      kd: "5.04.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kids: ["k11", "k12"],
      lvl: 0,
    },
    {
      id: "k11",
      kd: "5.04.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      kids: ["s111", "s112"],
      lvl: 1,
    },
    {
      id: "s111",
      kd: "5.04.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      tk: "4 dokumen",
      trp: 38_500_000,
      rk: "4 dokumen",
      rrp: 37_912_000,
      ck: 100,
      lvl: 2,
    },
    {
      id: "s112",
      kd: "5.04.01.2.01.0006",
      ur: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja",
      tk: "5 laporan",
      trp: 29_800_000,
      rk: "5 laporan",
      rrp: 29_150_000,
      ck: 100,
      lvl: 2,
    },
    { id: "k12", kd: "5.04.01.2.02", ur: "Administrasi Keuangan Perangkat Daerah", kids: ["s121"], lvl: 1 },
    {
      id: "s121",
      kd: "5.04.01.2.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah bulan pembayaran gaji dan tunjangan ASN",
      tk: "12 bulan",
      trp: 6_284_700_000,
      rk: "12 bulan",
      rrp: 6_117_385_400,
      ck: 100,
      lvl: 2,
    },
    { id: "p2", kd: "5.04.02", ur: "PROGRAM KEPEGAWAIAN DAERAH", kids: ["k22", "k25"], lvl: 0 },
    {
      id: "k22",
      kd: "5.04.02.2.02",
      ur: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      kids: ["s221", "s225"],
      lvl: 1,
    },
    {
      id: "s221",
      kd: "5.04.02.2.02.0001",
      ur: "Pengadaan PNS dan PPPK",
      ind: "Jumlah tahapan seleksi ASN yang dilaksanakan",
      tk: "2 kegiatan",
      trp: 412_650_000,
      rk: "2 kegiatan",
      rrp: 398_204_500,
      ck: 100,
      lvl: 2,
    },
    {
      id: "s225",
      // planted: the kegiatan part of the code typed .03 under kegiatan .02
      kd: "5.04.02.2.03.0005",
      ur: "Pengelolaan Data dan Sistem Informasi Kepegawaian",
      ind: "Jumlah bulan pemutakhiran data SIMPEG",
      tk: "12 bulan",
      trp: 186_400_000,
      rk: "12 bulan",
      rrp: 179_960_000,
      ck: 100,
      lvl: 2,
    },
    { id: "k25", kd: "5.04.02.2.05", ur: "Pengembangan Kompetensi ASN", kids: ["s252"], lvl: 1 },
    {
      id: "s252",
      kd: "5.04.02.2.05.0002",
      ur: "Pengembangan Kompetensi Teknis",
      ind: "Jumlah ASN yang mengikuti pelatihan teknis",
      tk: "240 orang",
      trp: 524_000_000,
      rk: "212 orang",
      rrp: 497_335_000,
      ck: 88.33,
      lvl: 2,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kd", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 3, width: 40 },
    { key: "ind", head: ["Indikator Kinerja Keluaran"], role: "indikator", num: 4, width: 32 },
    { key: "tk", head: ["Target Renja PD Tahun 2024", "K"], role: "target", year: 2024, num: 5, width: 11 },
    {
      key: "trp",
      head: ["Target Renja PD Tahun 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 16,
    },
    {
      key: "rk",
      head: ["Realisasi s.d. Triwulan IV", "K"],
      role: "realisasi",
      year: 2024,
      num: 7,
      width: 11,
    },
    {
      key: "rrp",
      head: ["Realisasi s.d. Triwulan IV", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 16,
    },
    {
      key: "ck",
      head: ["Tingkat Capaian (%)", "K"],
      role: "capaian",
      year: 2024,
      num: 9,
      fmt: DEC,
      width: 8,
    },
    {
      key: "crp",
      head: ["Tingkat Capaian (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: 10,
      fmt: DEC,
      width: 8,
    },
  ];
  let n = 0;
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl < 2,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kd: x.kd, ur: x.ur };
      if (x.lvl === 0) out.no = ++n;
      if (x.kids) {
        const add = (k: string) => x.kids!.map((id) => c.a(k, id)).join("+");
        out.trp = fx(add("trp"));
        // planted: the kegiatan 5.04.02.2.02 keeps the sum from before the SIMPEG realisation was corrected
        out.rrp = x.id === "k22" ? fx(add("rrp"), 568_164_500) : fx(add("rrp"));
      } else {
        Object.assign(out, { ind: x.ind, tk: x.tk, trp: x.trp, rk: x.rk, rrp: x.rrp, ck: x.ck });
      }
      out.crp = fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Capaian K dihitung dari angka target dan realisasi (satuan sesuai DPA)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Siriwo, 10 Januari 2025",
    jabatan: ["Kepala BKPSDM Kota Siriwo,"],
    nama: "MARTHINUS DEGEI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19800314 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kd", "s225") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan SIMPEG coded 5.04.02.2.03.0005 under kegiatan 5.04.02.2.02 (there is no kegiatan .03 in the table)",
    truth: a("kd", "k22"),
    actual: `PARENT(${a("kd", "s225")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rrp", "k22") },
    rules: ["sum-mismatch"],
    note: "kegiatan 5.04.02.2.02 realisasi Rp shows a stale 568,164,500; its two sub kegiatan add to 398,204,500 + 179,960,000 = 578,164,500",
    truth: `${a("rrp", "s221")}+${a("rrp", "s225")}`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "k22")}+${a("trp", "k25")}`,
    trap: `SUM(${a("trp", "k22")}:${a("trp", "s252")})`,
  });
  b.ok({ sheet: S, cell: a("ck", "s252"), rules: ["capaian-mismatch"], truth: "ROUND(212/240*100,2)" });
  b.ok({
    sheet: S,
    cell: a("kd", "s221"),
    rules: ["code-hierarchy"],
    truth: a("kd", "k22"),
    actual: `PARENT(${a("kd", "s221")})`,
  });
  return b.finish();
}

type Opd = { nm: string; g: [number, number, number, number]; pppk: number };

/** Rekap ASN per OPD dan golongan, BKPSDM Kota Bontolempa, keadaan 31 Desember 2024. */
export function rekapAsnBontolempa(): BookW {
  const b = new BookW(
    "rekap-asn-opd-golongan-2024-bkpsdm-kota-bontolempa.xlsx",
    "recap of ASN per golongan and per OPD (JUMLAH row and column)",
    "Tabel I: No | Unit Kerja | 'PNS menurut Golongan' > I | II | III | IV | 'Jml PNS' | PPPK | 'Jumlah ASN'; JUMLAH row; Tabel II under it: Golongan | L | P | Jumlah | TOTAL (PNS only, must equal Tabel I's Jml PNS per golongan)",
  );
  const S = "Rekap ASN";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI APARATUR SIPIL NEGARA (ASN) LINGKUP PEMERINTAH KOTA BONTOLEMPA",
      "Keadaan per 31 Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines(["I. Menurut Unit Kerja dan Golongan"], 1, { bold: true });
  const xs: Opd[] = [
    { nm: "Sekretariat Daerah", g: [2, 38, 96, 31], pppk: 24 },
    { nm: "Sekretariat DPRD", g: [1, 17, 42, 9], pppk: 11 },
    { nm: "Inspektorat Daerah", g: [0, 6, 38, 17], pppk: 4 },
    { nm: "Bappeda", g: [0, 5, 41, 12], pppk: 6 },
    { nm: "BKPSDM", g: [1, 9, 33, 8], pppk: 7 },
    { nm: "Dinas Pendidikan", g: [3, 112, 1_487, 962], pppk: 618 },
    { nm: "Dinas Kesehatan", g: [2, 214, 486, 143], pppk: 327 },
    { nm: "RSUD Daya Lempa", g: [4, 187, 312, 66], pppk: 241 },
    { nm: "Dinas PUPR", g: [5, 44, 71, 14], pppk: 19 },
    { nm: "Satpol PP dan Damkar", g: [12, 96, 48, 6], pppk: 22 },
  ];
  const GOL = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Unit Kerja"], role: "lainnya", width: 26 },
    ...GOL.map((g, i): Col => ({
      key: `g${i}`,
      head: ["PNS menurut Golongan", g],
      role: "lainnya",
      fmt: INT,
      width: 8,
    })),
    { key: "pns", head: ["Jml PNS"], role: "lainnya", fmt: INT, width: 9 },
    { key: "pppk", head: ["PPPK"], role: "lainnya", fmt: INT, width: 8 },
    { key: "asn", head: ["Jumlah ASN"], role: "lainnya", fmt: INT, width: 10 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: `o${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, nm: x.nm, pppk: x.pppk };
      x.g.forEach((v, j) => (out[`g${j}`] = v));
      out.pns = fx(`SUM(${c.a("g0")}:${c.a("g3")})`);
      // planted: the Dinas Kesehatan total typed 1.127 (845 PNS + 327 PPPK = 1.172)
      out.asn = i === 6 ? 1_127 : fx(`${c.a("pns")}+${c.a("pppk")}`);
      return out;
    },
  }));
  const last = `o${xs.length}`;
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "nm"],
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["g0", "g1", "g2", "g3", "pns", "pppk", "asn"])
        out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, last)})`);
      return out;
    },
  });
  const t1 = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["II. PNS Menurut Golongan dan Jenis Kelamin"], 1, { bold: true });
  const lp: Array<[number, number]> = [
    [26, 4],
    [341, 387],
    [1_013, 1_641],
    // planted: the women of golongan IV typed 761 (Tabel I counts 1.268 in golongan IV: 497 + 771)
    [497, 761],
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "gol", head: ["Golongan"], role: "lainnya", width: 26 },
    { key: "l", head: ["Laki-laki"], role: "lainnya", fmt: INT, width: 8 },
    { key: "p", head: ["Perempuan"], role: "lainnya", fmt: INT, width: 8 },
    { key: "j", head: ["Jumlah"], role: "lainnya", fmt: INT, width: 8 },
  ];
  const rows2: Row[] = lp.map(([l, p], i) => ({
    id: `g${i}`,
    cells: (c) => ({ no: i + 1, gol: `Golongan ${GOL[i]}`, l, p, j: fx(`${c.a("l")}+${c.a("p")}`) }),
  }));
  rows2.push({
    id: "tot",
    bold: true,
    span: ["no", "gol"],
    cells: (c) => ({
      no: "TOTAL PNS",
      l: fx(`SUM(${c.a("l", "g0")}:${c.a("l", "g3")})`),
      p: fx(`SUM(${c.a("p", "g0")}:${c.a("p", "g3")})`),
      j: fx(`SUM(${c.a("j", "g0")}:${c.a("j", "g3")})`),
    }),
  });
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 });
  s.gap();
  s.lines(["Catatan: PPPK tidak memiliki golongan ruang PNS; Tabel II hanya memuat PNS."]);
  s.gap();
  signature(s, 6, {
    tempat: "Bontolempa, 6 Januari 2025",
    jabatan: ["Kepala Bidang Pengadaan dan Informasi Kepegawaian,"],
    nama: "A. NURUL FITRIANI SYAMSUDDIN, S.Kom., M.M.",
    nip: "19860922 201001 2 028",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("asn", "o7") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Dinas Kesehatan Jumlah ASN typed 1,127; 845 PNS + 327 PPPK = 1,172 (digits swapped)",
    truth: `${a("pns", "o7")}+${a("pppk", "o7")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("j", "g3") },
    rules: ["cross-table-mismatch"],
    note: "Tabel II golongan IV = 497 + 761 = 1,258; Tabel I counts 1,268 PNS in golongan IV (women typed 761 for 771)",
    truth: a("g3", "jml"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("j", "g2"),
    rules: ["cross-table-mismatch"],
    truth: a("g2", "jml"),
    trap: a("asn", "jml"),
  });
  b.ok({
    sheet: S,
    cell: a("pns", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("g0", "jml")}:${a("g3", "jml")})`,
    trap: a("asn", "jml"),
  });
  return b.finish();
}
