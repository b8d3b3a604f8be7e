// LKjIP, PK with its Renstra, the CSIRT incident recap and the sertifikat elektronik (TTE) recap of
// the two Diskominfo (Kota Tanjung Seruni, Kepulauan Riau; Kabupaten Sungai Rantau Hulu, Kalimantan
// Selatan). Every name and number is invented.
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

const capF = (pol: string, t: string, r: string) =>
  pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2025 Bab III, Diskominfo Kota Tanjung Seruni: refleksi on the negative rows. */
export function lkjipSandi(): BookW {
  const b = new BookW(
    "lkjip-2025-keamanan-informasi-tanjung-seruni.xlsx",
    "LKjIP capaian kinerja (persandian)",
    "LKjIP 2025 Tabel 3.2: No | Sasaran (merged down) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat | Keterangan; ROUND formulas, refleksi (2T-R)/T on negatives; Rata-rata row; predikat scale in a footnote",
  );
  const S = "Capaian IKU 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025",
    "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN KOTA TANJUNG SERUNI",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2025"]);
  s.gap();
  const SAS1 = "Meningkatnya keamanan informasi pemerintah daerah";
  const SAS2 = "Meningkatnya pemanfaatan sertifikat elektronik";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Indeks Keamanan Informasi (Indeks KAMI)",
      sat: "nilai",
      pol: "+",
      t: 420,
      r: 436,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase insiden siber yang ditangani tuntas",
      sat: "%",
      pol: "+",
      t: 90,
      r: 86.4,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Jumlah insiden defacement situs web pemerintah kota",
      sat: "kasus",
      pol: "-",
      t: 6,
      r: 4,
    },
    {
      id: "i4",
      sas: SAS1,
      ind: "Rata-rata waktu pemulihan layanan terdampak insiden",
      sat: "jam",
      pol: "-",
      t: 24,
      r: 30,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase pejabat yang memiliki sertifikat elektronik",
      sat: "%",
      pol: "+",
      t: 80,
      r: 58.5,
    },
  ];
  const cap = (x: (typeof I)[number]) =>
    round(x.pol === "+" ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "r", head: ["Realisasi 2025"], role: "realisasi", year: 2025 },
      { key: "c", head: ["Capaian 2025 (%)"], role: "capaian", year: 2025, fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat", year: 2025 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
    ],
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
          // planted: a stale cached 88.40 on the insiden row (86.4 / 90 = 96.00)
          c: x.id === "i2" ? fx(capF("+", c.a("t"), c.a("r")), 88.4) : fx(capF(x.pol, c.a("t"), c.a("r"))),
          // planted: "Baik" for 73.13 (Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(cap(x)),
          ket: x.pol === "-" ? "indikator negatif, rumus (2T-R)/T" : null,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif (semakin kecil semakin baik) dihitung dengan refleksi (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Seruni, 27 Februari 2026",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA", "DAN PERSANDIAN"],
    nama: "Drs. RAJA AZHARI MAHMUD, M.Si.",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of 'Persentase insiden siber yang ditangani tuntas' has a stale cached 88.40; its formula gives 86.4 / 90 x 100 = 96.00",
    truth: capF("+", a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 73.13 (58.5 / 80); > 65 to 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: capF("-", a("t", id), a("r", id)),
      trap: capF("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: capF("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Kepala Diskominfo Sungai Rantau Hulu beside its Renstra 2025-2029 (Tahun ke- headers). */
export function pkSandi(): BookW {
  const b = new BookW(
    "pk-2026-renstra-persandian-sungai-rantau-hulu.xlsx",
    "PK 2026 with Renstra (persandian)",
    "sheet 'Renstra': Kondisi Awal | Target Tahun ke-1..5 (years from the title 2025-2029) | Kondisi Akhir; sheet 'PK 2026': statement, No | Sasaran | Indikator | Target | Satuan; No | Program | Anggaran (Rp) | Ket with a typed Jumlah",
  );
  const R = "Renstra";
  const P = "PK 2026";
  const ind = [
    {
      id: "a",
      ind: "Indeks Keamanan Informasi (Indeks KAMI)",
      sat: "nilai",
      awal: 312,
      k: [350, 390, 430, 470, 510],
    },
    {
      id: "b",
      ind: "Persentase perangkat daerah yang menerapkan standar keamanan informasi",
      sat: "%",
      awal: 35,
      k: [45, 55, 65, 75, 85],
    },
    { id: "c", ind: "Jumlah insiden siber berdampak tinggi", sat: "kasus", awal: 9, k: [8, 7, 6, 5, 4] },
    {
      id: "d",
      ind: "Persentase ASN yang memiliki sertifikat elektronik",
      sat: "%",
      awal: 40,
      k: [55, 65, 75, 85, 95],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Kominfo, Statistik dan Persandian",
    "Kabupaten Sungai Rantau Hulu Tahun 2025-2029",
  ]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...[1, 2, 3, 4, 5].map((i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun ke-", String(i)],
        role: "target",
        year: 2024 + i,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
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
    "PERJANJIAN KINERJA TAHUN 2026",
    "KEPALA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "KABUPATEN SUNGAI RANTAU HULU",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const SAS = "Meningkatnya keamanan informasi dan persandian pemerintah daerah";
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2026 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the standar keamanan target is the Renstra 2027 value 65 (2026: 55)
      cells: { no: i + 1, sas: SAS, ind: x.ind, tg: x.id === "b" ? x.k[2] : x.k[1], sat: x.sat },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten", rp: 2_964_300_000 },
    { id: "p2", nm: "Program Informasi dan Komunikasi Publik", rp: 1_118_650_000 },
    { id: "p3", nm: "Program Aplikasi Informatika", rp: 3_407_900_000 },
    { id: "p4", nm: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi", rp: 1_235_500_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2026" } })),
      // planted: typed Jumlah 8,762,350,000 (the programs add up to 8,726,350,000)
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 8_762_350_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Muara Rantau, 5 Januari 2026",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN"],
    nama: "H. AHMAD FAUZAN NOOR, S.T., M.M.",
    nip: "19770504 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of 'Persentase perangkat daerah yang menerapkan standar keamanan informasi' is 65, the Renstra tahun ke-3 (2027) target; tahun ke-2 (2026) is 55",
    truth: `'${R}'!${rt.a("y2", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 8,762,350,000; the four programs add up to 8,726,350,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((i) => rt.a(`y${i}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap insiden siber per triwulan of Seruni-CSIRT (Kota Tanjung Seruni), 2025. */
export function rekapInsiden(): BookW {
  const b = new BookW(
    "rekap-insiden-siber-csirt-tanjung-seruni-2025.xlsx",
    "Rekap insiden siber CSIRT (persandian)",
    "Rekap per triwulan: Laporan masuk | Bukan insiden | Terverifikasi '(4) = (2) - (3)' | Tuntas | Eskalasi BSSN | % tuntas '(7) = (5)/(4) x 100' | Rata-rata waktu pemulihan (jam); Jumlah row with sums, the % of the totals and the average of the hours",
  );
  const S = "Insiden 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "SERUNI-CSIRT",
    "Tim Tanggap Insiden Siber Pemerintah Kota Tanjung Seruni",
    "Dinas Komunikasi, Informatika dan Persandian",
  ]);
  s.lines(["REKAPITULASI LAPORAN DAN PENANGANAN INSIDEN SIBER TAHUN 2025"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", m: 58, fp: 19, tt: 35, esk: 4, jam: 21.5 },
    { id: "q2", tw: "Triwulan II", m: 73, fp: 25, tt: 44, esk: 3, jam: 18.2 },
    { id: "q3", tw: "Triwulan III", m: 66, fp: 21, tt: 41, esk: 2, jam: 16.8 },
    { id: "q4", tw: "Triwulan IV", m: 81, fp: 30, tt: 48, esk: 3, jam: 14.5 },
  ];
  const H = "Insiden Terverifikasi";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "m", head: ["Laporan / Aduan Masuk"], role: "realisasi", year: 2025, num: "(2)", fmt: INT },
      { key: "fp", head: ["Bukan Insiden (false positive)"], num: "(3)", fmt: INT },
      { key: "v", head: [H, "Jumlah"], role: "realisasi", year: 2025, num: "(4) = (2) - (3)", fmt: INT },
      { key: "tt", head: [H, "Ditangani Tuntas"], role: "realisasi", year: 2025, num: "(5)", fmt: INT },
      { key: "esk", head: [H, "Eskalasi ke BSSN"], role: "realisasi", year: 2025, num: "(6)", fmt: INT },
      { key: "p", head: ["% Tuntas"], role: "capaian", year: 2025, num: "(7) = (5)/(4) x 100", fmt: DEC },
      {
        key: "jam",
        head: ["Rata-rata Waktu Pemulihan (jam)"],
        role: "realisasi",
        year: 2025,
        num: "(8)",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          m: q.m,
          fp: q.fp,
          v: fx(`${c.a("m")}-${c.a("fp")}`),
          tt: q.tt,
          esk: q.esk,
          // planted: Triwulan II % typed 109.09 (the inverse 48 / 44); 44 / 48 = 91.67
          p: q.id === "q2" ? 109.09 : fx(`ROUND(${c.a("tt")}/${c.a("v")}*100,2)`),
          jam: q.jam,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah / Rata-rata",
          m: fx(`SUM(${c.a("m", "q1")}:${c.a("m", "q4")})`),
          fp: fx(`SUM(${c.a("fp", "q1")}:${c.a("fp", "q4")})`),
          v: fx(`SUM(${c.a("v", "q1")}:${c.a("v", "q4")})`),
          tt: fx(`SUM(${c.a("tt", "q1")}:${c.a("tt", "q4")})`),
          // planted: eskalasi total one row short
          esk: fx(`SUM(${c.a("esk", "q1")}:${c.a("esk", "q3")})`),
          p: fx(`ROUND(${c.a("tt")}/${c.a("v")}*100,2)`),
          jam: fx(`ROUND(AVERAGE(${c.a("jam", "q1")}:${c.a("jam", "q4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: % Jumlah dihitung dari total; waktu pemulihan pada baris Jumlah adalah rata-rata triwulan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Seruni, 9 Januari 2026",
    jabatan: ["KETUA SERUNI-CSIRT"],
    nama: "MUHAMMAD IQBAL SYAHPUTRA, S.Kom.",
    nip: "19880912 201101 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "q2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% tuntas of Triwulan II is a typed 109.09 (48 / 44 inverted): more incidents closed than verified is impossible; 44 / 48 x 100 = 91.67",
    truth: `ROUND(${a("tt", "q2")}/${a("v", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("esk", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah eskalasi ke BSSN is =SUM over three quarters (9); with Triwulan IV's 3 it is 12",
    truth: `SUM(${a("esk", "q1")}:${a("esk", "q4")})`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tt", id)}/${a("v", id)}*100,2)`,
    });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({ sheet: S, cell: a("v", id), rules: ["sum-mismatch"], truth: `${a("m", id)}-${a("fp", id)}` });
  for (const k of ["m", "fp", "tt"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("tt", "q1")}:${a("tt", "q4")})/SUM(${a("v", "q1")}:${a("v", "q4")})*100,2)`,
    trap: `ROUND((ROUND(${a("tt", "q1")}/${a("v", "q1")}*100,2)+ROUND(${a("tt", "q2")}/${a("v", "q2")}*100,2)+${a("p", "q3")}+${a("p", "q4")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("jam", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("jam", "q1")}:${a("jam", "q4")}),2)`,
    trap: `SUM(${a("jam", "q1")}:${a("jam", "q4")})`,
  });
  return b.finish();
}

/** Rekap sertifikat elektronik per perangkat daerah beside the TTE documents per triwulan, Sungai Rantau Hulu 2025. */
export function rekapTte(): BookW {
  const b = new BookW(
    "rekap-sertifikat-elektronik-tte-sungai-rantau-hulu.xlsx",
    "Rekap sertifikat elektronik / TTE (persandian)",
    "left: per perangkat daerah Wajib TTE | Aktif s.d. 2024 | Terbit 2025 | Dicabut | '(7) = (4)+(5)-(6)' | '(8) = (7)/(3) x 100', TOTAL; right (one empty column between): dokumen ber-TTE per triwulan, Naskah Dinas | Dokumen Keuangan | Jumlah '(4) = (2)+(3)', Jumlah row",
  );
  const S = "TTE 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI RANTAU HULU",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "Bidang Persandian dan Keamanan Informasi",
  ]);
  s.lines(["REKAPITULASI SERTIFIKAT ELEKTRONIK DAN PEMANFAATAN TANDA TANGAN ELEKTRONIK (TTE) TAHUN 2025"]);
  s.gap();
  const U = [
    { id: "u1", nm: "Sekretariat Daerah", w: 142, a: 96, n: 31, c: 5 },
    { id: "u2", nm: "Badan Pengelolaan Keuangan dan Aset Daerah", w: 88, a: 61, n: 18, c: 3 },
    { id: "u3", nm: "Dinas Kependudukan dan Pencatatan Sipil", w: 54, a: 40, n: 9, c: 2 },
    { id: "u4", nm: "Dinas Kesehatan", w: 117, a: 52, n: 38, c: 4 },
    { id: "u5", nm: "Dinas Kominfo, Statistik dan Persandian", w: 46, a: 39, n: 7, c: 0 },
    { id: "u6", nm: "Kecamatan (12 kecamatan)", w: 96, a: 30, n: 41, c: 6 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Perangkat Daerah"], role: "lokasi", num: "(2)", width: 34 },
      { key: "w", head: ["Pejabat/ASN Wajib TTE"], role: "target", year: 2025, num: "(3)", fmt: INT },
      { key: "a", head: ["Sertifikat Aktif s.d. 2024"], num: "(4)", fmt: INT },
      { key: "n", head: ["Terbit Tahun 2025"], role: "realisasi", year: 2025, num: "(5)", fmt: INT },
      { key: "c", head: ["Dicabut / Kedaluwarsa 2025"], num: "(6)", fmt: INT },
      {
        key: "ak",
        head: ["Sertifikat Aktif Akhir 2025"],
        role: "realisasi",
        year: 2025,
        num: "(7) = (4)+(5)-(6)",
        fmt: INT,
      },
      { key: "p", head: ["Cakupan (%)"], role: "capaian", year: 2025, num: "(8) = (7)/(3) x 100", fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c) => ({
          no: i + 1,
          nm: u.nm,
          w: u.w,
          a: u.a,
          n: u.n,
          c: u.c,
          // planted: Dinas Kesehatan's aktif typed 94 (dicabut added, not subtracted); 52 + 38 - 4 = 86
          ak: u.id === "u4" ? 94 : fx(`${c.a("a")}+${c.a("n")}-${c.a("c")}`),
          p: fx(`ROUND(${c.a("ak")}/${c.a("w")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          ...Object.fromEntries(
            ["w", "a", "n", "c", "ak"].map((k) => [k, fx(`SUM(${c.a(k, "u1")}:${c.a(k, "u6")})`)]),
          ),
          p: fx(`ROUND(${c.a("ak")}/${c.a("w")}*100,2)`),
        }),
      },
    ],
  });
  const D = [
    { id: "d1", tw: "TW I", nd: 1_842, keu: 612 },
    { id: "d2", tw: "TW II", nd: 2_315, keu: 788 },
    { id: "d3", tw: "TW III", nd: 2_590, keu: 934 },
    { id: "d4", tw: "TW IV", nd: 3_104, keu: 1_276 },
  ];
  const dt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "(1)" },
        { key: "nd", head: ["Naskah Dinas ber-TTE"], role: "realisasi", year: 2025, num: "(2)", fmt: INT },
        {
          key: "keu",
          head: ["Dokumen Keuangan (SPM/SP2D)"],
          role: "realisasi",
          year: 2025,
          num: "(3)",
          fmt: INT,
        },
        { key: "j", head: ["Jumlah Dokumen"], role: "realisasi", year: 2025, num: "(4) = (2)+(3)", fmt: INT },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...D.map((d): Row => ({
          id: d.id,
          cells: (c) => ({ tw: d.tw, nd: d.nd, keu: d.keu, j: fx(`${c.a("nd")}+${c.a("keu")}`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            nd: fx(`SUM(${c.a("nd", "d1")}:${c.a("nd", "d4")})`),
            keu: fx(`SUM(${c.a("keu", "d1")}:${c.a("keu", "d4")})`),
            // planted: a stale cached 12,761 from before TW IV was complete; the four quarters give 13,461
            j: fx(`SUM(${c.a("j", "d1")}:${c.a("j", "d4")})`, 12_761),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: aplikasi penerbitan sertifikat elektronik BSrE dan aplikasi naskah dinas elektronik, data 31 Desember 2025.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Muara Rantau, 12 Januari 2026",
    jabatan: ["KEPALA BIDANG PERSANDIAN DAN KEAMANAN INFORMASI"],
    nama: "RINA MARLINA HAYATI, S.Kom., M.T.",
    nip: "19850627 200904 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "u4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Sertifikat aktif akhir 2025 of Dinas Kesehatan is a typed 94 among formulas (the 4 dicabut added); (4)+(5)-(6) = 52 + 38 - 4 = 86",
    truth: `${a("a", "u4")}+${a("n", "u4")}-${a("c", "u4")}`,
  });
  b.plant({
    at: { sheet: S, cell: dt.a("j", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah dokumen ber-TTE has a stale cached 12,761; the four quarters give 13,461",
    truth: `SUM(${dt.a("nd", "d1")}:${dt.a("nd", "d4")})+SUM(${dt.a("keu", "d1")}:${dt.a("keu", "d4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "u1"),
    rules: ["sum-mismatch"],
    truth: `${a("a", "u1")}+${a("n", "u1")}-${a("c", "u1")}`,
    trap: `${a("a", "u1")}+${a("n", "u1")}`,
  });
  for (const id of ["u2", "u3", "u6"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["sum-mismatch"],
      truth: `${a("a", id)}+${a("n", id)}-${a("c", id)}`,
    });
  for (const id of ["u1", "u2", "u3", "u5", "u6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ak", id)}/${a("w", id)}*100,2)`,
    });
  for (const k of ["w", "a", "n", "c"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u6")})` });
  for (const id of ["d1", "d2", "d3", "d4"])
    b.ok({
      sheet: S,
      cell: dt.a("j", id),
      rules: ["sum-mismatch"],
      truth: `${dt.a("nd", id)}+${dt.a("keu", id)}`,
    });
  for (const k of ["nd", "keu"])
    b.ok({
      sheet: S,
      cell: dt.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${dt.a(k, "d1")}:${dt.a(k, "d4")})`,
    });
  return b.finish();
}
