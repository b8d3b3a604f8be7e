// LKjIP, PK with its Renstra, the recap of usul kenaikan pangkat per periode and the recap of SIASN
// pemutakhiran data with the hukuman disiplin table of two BKPSDM (Sulawesi Barat, Kalimantan
// Selatan). All names and numbers are invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 pengukuran kinerja, BKPSDM Sangkuri Hulu: capaian as fractions with a % format. */
export function lkjipBkpsdm(): BookW {
  const b = new BookW(
    "lkjip-2024-bkpsdm-sangkuri-hulu-disiplin-pensiun.xlsx",
    "LKjIP pengukuran kinerja (BKPSDM)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian | Predikat; capaian as ROUND(.,4) fractions shown with a 0.00% format; refleksi (2T-R)/T on the two negative rows; Rata-rata row; predikat scale in a footnote",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KABUPATEN SANGKURI HULU"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya profesionalitas dan disiplin ASN";
  const S2 = "Meningkatnya kualitas layanan administrasi kepegawaian";
  const I = [
    { id: "i1", sas: S1, ind: "Indeks Profesionalitas ASN", sat: "nilai", neg: false, t: 72, r: 70.15 },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah pelanggaran disiplin ASN yang dijatuhi hukuman",
      sat: "kasus",
      neg: true,
      t: 15,
      r: 18,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase data ASN mutakhir pada SIASN",
      sat: "%",
      neg: false,
      t: 85,
      r: 88.1,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase keterlambatan penerbitan SK pensiun",
      sat: "%",
      neg: true,
      t: 10,
      r: 7.5,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase usul kenaikan pangkat yang ditetapkan tepat periode",
      sat: "%",
      neg: false,
      t: 90,
      r: 71.4,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const capV = (neg: boolean, t: number, r: number) => round(neg ? (2 * t - r) / t : r / t, 4);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian 2024"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the pelanggaran disiplin row (negative) has the R / T formula
          c: fx(cap(x.id === "i2" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: Sangat Baik for 79.33 % (Baik)
          p: x.id === "i5" ? "Sangat Baik" : predikatBaik(capV(x.neg, x.t, x.r) * 100),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif dihitung dengan rumus (2 x Target - Realisasi) / Target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah pelanggaran disiplin (negative) computed as R / T = 120.00%; refleksi (2 x 15 - 18) / 15 gives 80.00%",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 79.33% (71.4 / 90); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")},4)`,
    tol,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol,
    });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala BKPSDM Kota Banua Raden, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkBkpsdm(): BookW {
  const b = new BookW(
    "pk-2025-kaban-bkpsdm-banua-raden-renstra-tahun-ke.xlsx",
    "PK 2025 with Renstra (BKPSDM)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target | Satuan (target before satuan); No | Kode | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'Renstra': Kondisi Awal | Target Tahun ke-1..ke-5 (years only in the title 2025-2029) | Kondisi Akhir; a negative indicator with a falling path",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Indeks Profesionalitas ASN", sat: "nilai", awal: 68.5, k: [70, 72, 74, 76, 78] },
    {
      id: "b",
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      awal: 1.9,
      k: [1.8, 1.6, 1.4, 1.2, 1],
    },
    {
      id: "c",
      ind: "Persentase layanan kenaikan pangkat dan pensiun tepat waktu",
      sat: "%",
      awal: 86,
      k: [88, 90, 92, 94, 96],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran dan Target Kinerja Renstra BKPSDM Kota Banua Raden Tahun 2025-2029"]);
  rs.gap();
  const TK = "Target Kinerja pada Tahun";
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: [TK, `ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KOTA BANUA RADEN",
  ]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen ASN berbasis sistem merit yang akuntabel,",
    "Kepala BKPSDM berjanji kepada Wali Kota Banua Raden mewujudkan target kinerja berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Terwujudnya manajemen ASN yang profesional dan berintegritas",
        ind: x.ind,
        // planted: the kenaikan pangkat/pensiun target is the Renstra year-2 value 90 (year 1: 88)
        tg: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "5.03.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_418_275_000,
    },
    { id: "p2", kode: "5.03.02", nm: "Program Kepegawaian Daerah", rp: 2_384_650_000 },
    { id: "p3", kode: "5.04.02", nm: "Program Pengembangan Sumber Daya Manusia", rp: 1_127_900_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD 2025" },
      })),
      // planted: Jumlah typed 9,390,825,000 (the programs add up to 9,930,825,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 9_390_825_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Banua Raden, 2 Januari 2025",
    jabatan: ["KEPALA BKPSDM KOTA BANUA RADEN"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.Sos., M.Si.",
    nip: "19750830 199903 1 005",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of layanan kenaikan pangkat dan pensiun tepat waktu is 90, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 88",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 9,390,825,000; the three programs add up to 9,930,825,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "b"), rules: ["target-trend"], truth: "1" });
  return b.finish();
}

/** Rekap usul kenaikan pangkat per periode 2024, BKPSDM Kota Banua Raden (six periods a year). */
export function rekapKenaikanPangkat(): BookW {
  const b = new BookW(
    "rekap-usul-kenaikan-pangkat-6-periode-bkpsdm-banua-raden-2024.xlsx",
    "Rekap usul kenaikan pangkat (BKPSDM)",
    "Rekap 2024 over the six periods (Februari..Desember): Usul Masuk | Tidak Memenuhi Syarat | Ditetapkan > Reguler | Pilihan | Jumlah | % Ditetapkan; number row '(6) = (4)+(5)', '(7) = (6) : (2) x 100'; (2) = (3) + (6); Jumlah row with the % of the totals",
  );
  const S = "KP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANUA RADEN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "REKAPITULASI USUL DAN PENETAPAN KENAIKAN PANGKAT PNS TAHUN 2024",
    "(per periode kenaikan pangkat)",
  ]);
  s.gap();
  const Q = [
    { id: "feb", nm: "Periode 1 Februari", m: 64, tms: 5, reg: 41, pil: 18 },
    { id: "apr", nm: "Periode 1 April", m: 212, tms: 14, reg: 150, pil: 48 },
    { id: "jun", nm: "Periode 1 Juni", m: 58, tms: 13, reg: 31, pil: 14 },
    { id: "agu", nm: "Periode 1 Agustus", m: 71, tms: 4, reg: 49, pil: 18 },
    { id: "okt", nm: "Periode 1 Oktober", m: 236, tms: 19, reg: 171, pil: 46 },
    { id: "des", nm: "Periode 1 Desember", m: 49, tms: 3, reg: 33, pil: 13 },
  ];
  const D = "Ditetapkan (Pertek BKN / SK)";
  const t = s.table({
    cols: [
      { key: "nm", head: ["Periode"], num: "(1)", width: 20 },
      { key: "m", head: ["Usul Masuk"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "tms", head: ["Tidak Memenuhi Syarat / Dikembalikan"], num: "(3)", fmt: INT },
      { key: "reg", head: [D, "Reguler"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      {
        key: "pil",
        head: [D, "Pilihan (Jabatan/Fungsional)"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
      },
      { key: "j", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      {
        key: "p",
        head: ["% Ditetapkan"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6) : (2) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          nm: q.nm,
          m: q.m,
          tms: q.tms,
          reg: q.reg,
          pil: q.pil,
          j: fx(`${c.a("reg")}+${c.a("pil")}`),
          // planted: Agustus % typed as (2)/(6) = 105.97 (67 / 71 = 94.37)
          p:
            q.id === "agu"
              ? round((q.m / (q.reg + q.pil)) * 100)
              : fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          nm: "Jumlah",
          m: fx(`SUM(${c.a("m", "feb")}:${c.a("m", "des")})`),
          // planted: the Tidak Memenuhi Syarat total stops at Oktober
          tms: fx(`SUM(${c.a("tms", "feb")}:${c.a("tms", "okt")})`),
          reg: fx(`SUM(${c.a("reg", "feb")}:${c.a("reg", "des")})`),
          pil: fx(`SUM(${c.a("pil", "feb")}:${c.a("pil", "des")})`),
          j: fx(`SUM(${c.a("j", "feb")}:${c.a("j", "des")})`),
          p: fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: % Jumlah = jumlah ditetapkan : jumlah usul x 100 (bukan rata-rata periode)."]);
  s.gap();
  signature(s, 5, {
    tempat: "Banua Raden, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG MUTASI DAN PROMOSI"],
    nama: "RAHMAWATI SYARIFAH, S.H., M.H.",
    nip: "19820314 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = Q.map((q) => q.id);
  b.plant({
    at: { sheet: S, cell: a("p", "agu") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% ditetapkan of Periode Agustus is a typed 105.97 (usul / ditetapkan); 67 / 71 x 100 = 94.37, and more than 100 % ditetapkan is impossible",
    truth: `ROUND(${a("j", "agu")}/${a("m", "agu")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("tms", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Tidak Memenuhi Syarat is =SUM from Februari to Oktober (55); with Desember's 3 it is 58",
    truth: `SUM(${a("tms", "feb")}:${a("tms", "des")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("j", "feb")}:${a("j", "des")})/SUM(${a("m", "feb")}:${a("m", "des")})*100,2)`,
    trap: `ROUND((${ids.map((id) => `${a("j", id)}/${a("m", id)}`).join("+")})*100/6,2)`,
  });
  for (const id of ["feb", "apr", "jun", "okt", "des"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("m", id)}*100,2)`,
    });
  for (const id of ["apr", "jun"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("reg", id)}+${a("pil", id)}` });
  for (const k of ["m", "reg", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

/** SIASN pemutakhiran data per perangkat daerah, with the hukuman disiplin recap under it (Sangkuri Hulu). */
export function rekapSiasnDisiplin(): BookW {
  const b = new BookW(
    "rekap-pemutakhiran-siasn-hukdis-per-opd-sangkuri-hulu.xlsx",
    "Rekap SIASN dan hukuman disiplin (BKPSDM)",
    "Sheet 'PDM SIASN': per perangkat daerah PNS | PPPK | Jumlah ASN (5)=(3)+(4) | Sudah Dimutakhirkan | Belum (7)=(5)-(6) typed | % (8)=(6)/(5)x100; TOTAL with the % of the totals; a second table under it (caption between) of hukuman disiplin per triwulan by tingkat (Ringan | Sedang | Berat | Jumlah) with a Jumlah row",
  );
  const S = "PDM SIASN";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI PEMUTAKHIRAN DATA MANDIRI (PDM) ASN PADA SIASN",
    "KABUPATEN SANGKURI HULU, KONDISI 31 DESEMBER 2024",
  ]);
  s.gap();
  const O = [
    { id: "o1", nm: "Sekretariat Daerah", pns: 214, pppk: 38, done: 241 },
    { id: "o2", nm: "Dinas Pendidikan dan Kebudayaan", pns: 2148, pppk: 1326, done: 2905 },
    { id: "o3", nm: "Dinas Kesehatan", pns: 612, pppk: 744, done: 1122 },
    { id: "o4", nm: "RSUD Sangkuri Hulu", pns: 287, pppk: 196, done: 402 },
    { id: "o5", nm: "Dinas PUPR", pns: 136, pppk: 41, done: 171 },
    { id: "o6", nm: "Kecamatan (9 kecamatan)", pns: 318, pppk: 52, done: 329 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Perangkat Daerah"], role: "lokasi", num: "(2)", width: 30 },
      { key: "pns", head: ["Jumlah ASN", "PNS"], num: "(3)", fmt: INT },
      { key: "pppk", head: ["Jumlah ASN", "PPPK"], num: "(4)", fmt: INT },
      { key: "j", head: ["Jumlah ASN", "Total"], num: "(5) = (3)+(4)", fmt: INT },
      {
        key: "done",
        head: ["Status PDM", "Sudah Dimutakhirkan"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      { key: "bl", head: ["Status PDM", "Belum"], num: "(7) = (5)-(6)", fmt: INT },
      { key: "p", head: ["% Mutakhir"], role: "capaian", year: 2024, num: "(8) = (6)/(5) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          pns: o.pns,
          pppk: o.pppk,
          j: fx(`${c.a("pns")}+${c.a("pppk")}`),
          done: o.done,
          // planted: RSUD's Belum typed 91 (483 - 402 = 81)
          bl: o.id === "o4" ? 91 : o.pns + o.pppk - o.done,
          p: fx(`ROUND(${c.a("done")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["pns", "pppk", "j", "done", "bl"])
            out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, "o6")})`);
          out.p = fx(`ROUND(${c.a("done")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Rekap Penjatuhan Hukuman Disiplin PNS Tahun 2024 (PP 94 Tahun 2021)"]);
  const H = [
    { id: "h1", tw: "Triwulan I", rg: 4, sd: 2, br: 1 },
    { id: "h2", tw: "Triwulan II", rg: 6, sd: 1, br: 0 },
    { id: "h3", tw: "Triwulan III", rg: 3, sd: 3, br: 2 },
    { id: "h4", tw: "Triwulan IV", rg: 5, sd: 2, br: 1 },
  ];
  const T = "Tingkat Hukuman Disiplin";
  const ht = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 14 },
      { key: "rg", head: [T, "Ringan"], role: "realisasi", year: 2024, fmt: INT },
      { key: "sd", head: [T, "Sedang"], role: "realisasi", year: 2024, fmt: INT },
      { key: "br", head: [T, "Berat"], role: "realisasi", year: 2024, fmt: INT },
      { key: "j", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT },
    ],
    headerRows: 2,
    rows: [
      ...H.map((h): Row => ({
        id: h.id,
        cells: (c) => ({ tw: h.tw, rg: h.rg, sd: h.sd, br: h.br, j: fx(`SUM(${c.a("rg")}:${c.a("br")})`) }),
      })),
      {
        id: "jt",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          rg: fx(`SUM(${c.a("rg", "h1")}:${c.a("rg", "h4")})`),
          sd: fx(`SUM(${c.a("sd", "h1")}:${c.a("sd", "h4")})`),
          // planted: a stale cached 3 from before the Triwulan IV case was entered (true 4)
          br: fx(`SUM(${c.a("br", "h1")}:${c.a("br", "h4")})`, 3),
          j: fx(`SUM(${c.a("j", "h1")}:${c.a("j", "h4")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 5, {
    tempat: "Sangkuri, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENGADAAN, PEMBERHENTIAN", "DAN INFORMASI KEPEGAWAIAN"],
    nama: "SITTI NURHALIZA DAENG MATTA, S.Kom.",
    nip: "19860707 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = O.map((o) => o.id);
  b.plant({
    at: { sheet: S, cell: a("bl", "o4") },
    rules: ["sum-mismatch"],
    note: "Belum dimutakhirkan of RSUD Sangkuri Hulu is 91; (5) - (6) = 483 - 402 = 81",
    truth: `${a("j", "o4")}-${a("done", "o4")}`,
  });
  b.plant({
    at: { sheet: S, cell: ht.a("br", "jt") },
    rules: ["sum-mismatch"],
    note: "Jumlah hukuman disiplin berat is =SUM over the four quarters with a stale cached 3; 1 + 0 + 2 + 1 = 4",
    truth: ["h1", "h2", "h3", "h4"].map((id) => ht.a("br", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("done", "o1")}:${a("done", "o6")})/SUM(${a("j", "o1")}:${a("j", "o6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "o1")}:${a("p", "o6")}),2)`,
  });
  for (const id of ["o1", "o2", "o3", "o5", "o6"])
    b.ok({ sheet: S, cell: a("bl", id), rules: ["sum-mismatch"], truth: `${a("j", id)}-${a("done", id)}` });
  for (const id of ids) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("pns", id)}+${a("pppk", id)}` });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("done", id)}/${a("j", id)}*100,2)`,
    });
  }
  for (const k of ["pns", "pppk", "j", "done"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const k of ["rg", "sd"])
    b.ok({
      sheet: S,
      cell: ht.a(k, "jt"),
      rules: ["sum-mismatch"],
      truth: ["h1", "h2", "h3", "h4"].map((id) => ht.a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: ht.a("j", "jt"),
    rules: ["sum-mismatch"],
    truth: ["h1", "h2", "h3", "h4"].map((id) => ht.a("j", id)).join("+"),
    trap: ht.a("j", "h4"),
  });
  return b.finish();
}
