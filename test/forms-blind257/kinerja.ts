// LKjIP, PK with its Renstra, the quarterly resident flow of the panti and the cost per wisma of the
// two UPTD Panti Sosial Tresna Werdha (Banyumiring, Jawa Tengah; Tanjung Seruni, Kalimantan Selatan).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 of the Dinas Sosial Banyumiring: Permendagri predikat, refleksi on the negatives. */
export function lkjipWerdha(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-pstw-banyumiring.xlsx",
    "LKjIP capaian kinerja (Dinsos, PSTW)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Sifat | Target | Realisasi | Capaian (%) | Predikat | Keterangan; capaian formulas with (2T-R)/T on the negative rows; Permendagri predikat words; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS SOSIAL KABUPATEN BANYUMIRING",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya kualitas pelayanan sosial lanjut usia terlantar di dalam panti";
  const I = [
    {
      id: "i1",
      ind: "Persentase lansia terlantar yang terpenuhi kebutuhan dasarnya di dalam panti",
      sat: "%",
      pol: "+",
      t: 91,
      r: 92.4,
    },
    {
      id: "i2",
      ind: "Persentase penghuni panti yang berhasil direunifikasi dengan keluarga",
      sat: "%",
      pol: "+",
      t: 12,
      r: 8.4,
    },
    {
      id: "i3",
      ind: "Angka kematian penghuni panti per 100 penghuni",
      sat: "per 100",
      pol: "-",
      t: 8,
      r: 9.2,
    },
    {
      id: "i4",
      ind: "Rata-rata biaya layanan per penghuni per bulan",
      sat: "Rp",
      pol: "-",
      t: 2_450_000,
      r: 2_380_000,
    },
    {
      id: "i5",
      ind: "Persentase penghuni yang menyampaikan keluhan layanan",
      sat: "%",
      pol: "-",
      t: 5,
      r: 3.5,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.00" },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: "#,##0.00" },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 24 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const words: Record<string, string> = {
    i1: "Sangat Tinggi",
    i2: "Tinggi",
    i3: "Tinggi",
    i4: "Sangat Tinggi",
    i5: "Sangat Tinggi",
  };
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          pol:
            x.pol === "+" ? "Positif (semakin tinggi semakin baik)" : "Negatif (semakin rendah semakin baik)",
          t: x.t,
          r: x.r,
          // planted: the death-rate row (negative) has R / T
          c: fx(cap(x.id === "i3" ? "+" : x.pol, c.a("t"), c.a("r"))),
          // planted: "Tinggi" for 70.00 (Sedang)
          p: words[x.id],
          ket: x.pol === "-" ? "capaian = (2 x target - realisasi) / target x 100" : undefined,
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
    "Kategori capaian: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka kematian penghuni (negative) computed as R / T = 9.2 / 8 = 115.00; refleksi (2 x 8 - 9.2) / 8 gives 85.00",
    truth: cap("-", a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Reunifikasi capaian 8.4 / 12 = 70.00 is in the band > 65 - 75 (Sedang), not Tinggi",
    truth: `PREDIKAT(${a("c", "i2")})`,
  });
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap("-", a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Sosial Tanjung Seruni beside the Renstra 2025-2029 targets. */
export function pkWerdha(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-dinsos-tanjung-seruni.xlsx",
    "PK 2025 with Renstra (Dinsos, PSTW)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; No | Kode | Program | Anggaran (Rp) | Sumber Dana with Jumlah; sheet 'Target Renstra': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Target Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase lansia terlantar yang mendapatkan pelayanan dasar di dalam panti",
      sat: "%",
      awal: 86.4,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "b",
      ind: "Persentase penghuni yang direunifikasi dengan keluarga",
      sat: "%",
      awal: 7.5,
      k: [8, 9, 10, 11, 12],
    },
    {
      id: "c",
      ind: "Angka kematian penghuni per 100 penghuni",
      sat: "per 100",
      awal: 10.2,
      k: [9.8, 9.4, 9, 8.6, 8.2],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Sosial Kota Tanjung Seruni 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal", "2024"], role: "kondisi-awal", year: 2024 },
      ...years.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir", "2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS SOSIAL KOTA TANJUNG SERUNI"]);
  pk.lines([
    "Pada tahun 2025 ini kami berkomitmen untuk mewujudkan target kinerja tahunan sesuai Renstra",
    "sebagai berikut:",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the reunifikasi target is the Renstra 2026 value 9 (2025: 8)
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas layanan panti werdha",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "1.06.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 3_456_780_000,
    },
    { id: "p2", kode: "1.06.04", nm: "Program Rehabilitasi Sosial", rp: 2_104_300_000 },
    { id: "p3", kode: "1.06.05", nm: "Program Perlindungan dan Jaminan Sosial", rp: 412_500_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, sd: "APBD Kota" },
      })),
      // planted: Jumlah stops one row short
      {
        id: "j",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Seruni, 6 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "H. MUHAMMAD NOOR ARSYAD, S.Sos., M.AP.",
    nip: "19760302 199803 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of reunifikasi is 9, the Renstra 2026 target; the Renstra 2025 target is 8",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first two programs (5,561,080,000); with Perlindungan dan Jaminan Sosial it is 5,973,580,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: years.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Quarterly resident flow of the UPTD PSTW Sasana Wreda Banyumiring, 2024. */
export function mutasiPenghuni(): BookW {
  const b = new BookW(
    "mutasi-penghuni-pstw-sasana-wreda-per-triwulan-2024.xlsx",
    "Rekap mutasi penghuni per triwulan (PSTW)",
    "row-wise stock-flow table per triwulan: awal | masuk | reunifikasi | meninggal | dirujuk | akhir '(7) = (2)+(3)-(4)-(5)-(6)' | % reunifikasi '(8) = (4)/((2)+(3)) x 100' | kapasitas; Jumlah row with awal = TW I, akhir = TW IV, kapasitas a level, % the ratio of totals",
  );
  const S = "Mutasi 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPTD PANTI SOSIAL TRESNA WERDHA SASANA WREDA", "DINAS SOSIAL KABUPATEN BANYUMIRING"]);
  s.lines(["REKAPITULASI MUTASI PENGHUNI PANTI PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", awal: 96, masuk: 14, reu: 3, mgl: 4, rjk: 1 },
    { id: "q2", tw: "Triwulan II", awal: 102, masuk: 9, reu: 4, mgl: 2, rjk: 0 },
    { id: "q3", tw: "Triwulan III", awal: 105, masuk: 11, reu: 2, mgl: 5, rjk: 2 },
    { id: "q4", tw: "Triwulan IV", awal: 107, masuk: 8, reu: 5, mgl: 3, rjk: 1 },
  ];
  const K = "Penghuni Keluar";
  const cols: Col[] = [
    { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
    { key: "awal", head: ["Penghuni Awal Periode"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
    { key: "masuk", head: ["Penghuni Masuk (Baru)"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "reu", head: [K, "Reunifikasi Keluarga"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "mgl", head: [K, "Meninggal Dunia"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "rjk", head: [K, "Dirujuk / Lainnya"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "akhir",
      head: ["Penghuni Akhir Periode"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (2)+(3)-(4)-(5)-(6)",
      fmt: INT,
    },
    {
      key: "pct",
      head: ["Tingkat Reunifikasi (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (4)/((2)+(3)) x 100",
      fmt: DEC,
    },
    { key: "kap", head: ["Daya Tampung (tempat tidur)"], num: "(9)", fmt: INT },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(10)", width: 22 },
  ];
  const pct = (c: { a(k: string, id?: string): string }, id?: string) =>
    `ROUND(${c.a("reu", id)}/(${c.a("awal", id)}+${c.a("masuk", id)})*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          awal: q.awal,
          masuk: q.masuk,
          reu: q.reu,
          mgl: q.mgl,
          rjk: q.rjk,
          // planted: Triwulan III akhir typed 110 (105 + 11 - 2 - 5 - 2 = 107)
          akhir:
            q.id === "q3"
              ? 110
              : fx(`${c.a("awal")}+${c.a("masuk")}-${c.a("reu")}-${c.a("mgl")}-${c.a("rjk")}`),
          // planted: Triwulan II % has a stale cached 6.31 (4 / 111 = 3.60)
          pct: q.id === "q2" ? fx(pct(c), 6.31) : fx(pct(c)),
          kap: 110,
          ket: q.id === "q3" ? "2 lansia dirujuk ke RSUD" : undefined,
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah / Tahun",
          awal: fx(c.a("awal", "q1")),
          masuk: fx(`SUM(${c.a("masuk", "q1")}:${c.a("masuk", "q4")})`),
          reu: fx(`SUM(${c.a("reu", "q1")}:${c.a("reu", "q4")})`),
          mgl: fx(`SUM(${c.a("mgl", "q1")}:${c.a("mgl", "q4")})`),
          rjk: fx(`SUM(${c.a("rjk", "q1")}:${c.a("rjk", "q4")})`),
          akhir: fx(c.a("akhir", "q4")),
          pct: fx(pct(c)),
          kap: 110,
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: penghuni awal tahun = awal Triwulan I; penghuni akhir tahun = akhir Triwulan IV."]);
  s.gap();
  signature(s, 7, {
    tempat: "Banyumiring, 8 Januari 2025",
    jabatan: ["Kepala UPTD PSTW Sasana Wreda"],
    nama: "BAMBANG SUTRISNO ADI, S.ST.",
    nip: "19820519 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const flow = (id: string) =>
    `${a("awal", id)}+${a("masuk", id)}-${a("reu", id)}-${a("mgl", id)}-${a("rjk", id)}`;
  const ratio = (id: string) => `ROUND(${a("reu", id)}/(${a("awal", id)}+${a("masuk", id)})*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("akhir", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Penghuni akhir Triwulan III typed 110 among formulas; (2)+(3)-(4)-(5)-(6) = 105 + 11 - 2 - 5 - 2 = 107 (and Triwulan IV starts at 107)",
    truth: flow("q3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "q2") },
    rules: ["ratio-components-mismatch"],
    note: "Tingkat reunifikasi Triwulan II shows a stale cached 6.31; its formula 4 / (102 + 9) x 100 gives 3.60",
    truth: ratio("q2"),
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: a("akhir", id), rules: ["sum-mismatch"], truth: flow(id) });
  for (const id of ["q1", "q3", "q4"])
    b.ok({ sheet: S, cell: a("pct", id), rules: ["ratio-components-mismatch"], truth: ratio(id) });
  const col = (k: string) => `${a(k, "q1")}+${a(k, "q2")}+${a(k, "q3")}+${a(k, "q4")}`;
  b.ok({
    sheet: S,
    cell: a("awal", "j"),
    rules: ["sum-mismatch"],
    truth: a("awal", "q1"),
    trap: col("awal"),
  });
  b.ok({ sheet: S, cell: a("akhir", "j"), rules: ["sum-mismatch"], truth: flow("j"), trap: col("akhir") });
  b.ok({ sheet: S, cell: a("kap", "j"), rules: ["sum-mismatch"], truth: a("kap", "q4"), trap: col("kap") });
  for (const k of ["masuk", "reu", "mgl"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pct", "j"),
    rules: ["ratio-components-mismatch"],
    truth: ratio("j"),
    trap: `(${a("pct", "q1")}+${ratio("q2")}+${a("pct", "q3")}+${a("pct", "q4")})/4`,
  });
  return b.finish();
}

/** Occupancy and cost per wisma of the UPTD PSTW Bina Werdha Seruni, Tanjung Seruni, 2024. */
export function biayaWisma(): BookW {
  const b = new BookW(
    "biaya-layanan-per-wisma-pstw-bina-werdha-seruni-2024.xlsx",
    "Rekap keterisian dan biaya per wisma (PSTW)",
    "per wisma: kapasitas | penghuni | % keterisian | hari rawat | three cost columns (Rp) | Jumlah Biaya '(10) = (7)+(8)+(9)' | biaya per orang-hari '(11) = (10)/(6)'; grouped header 'Biaya Layanan (Rp)'; TOTAL row with ratios of totals; kelas note beside",
  );
  const S = "Biaya per Wisma";
  const s = b.sheet(S);
  s.lines([
    "UPTD PANTI SOSIAL TRESNA WERDHA BINA WERDHA SERUNI - DINAS SOSIAL KOTA TANJUNG SERUNI",
    "Rekapitulasi Keterisian dan Biaya Layanan per Wisma Tahun Anggaran 2024",
  ]);
  s.gap();
  const W = [
    {
      id: "w1",
      nm: "Wisma Anggrek",
      kap: 24,
      pg: 22,
      hr: 7_940,
      mk: 496_250_000,
      ks: 118_400_000,
      sd: 41_760_000,
    },
    {
      id: "w2",
      nm: "Wisma Bougenville",
      kap: 20,
      pg: 19,
      hr: 6_870,
      mk: 429_375_000,
      ks: 102_150_000,
      sd: 36_480_000,
    },
    {
      id: "w3",
      nm: "Wisma Cempaka (total care)",
      kap: 16,
      pg: 12,
      hr: 4_410,
      mk: 275_625_000,
      ks: 187_900_000,
      sd: 29_600_000,
    },
    {
      id: "w4",
      nm: "Wisma Dahlia",
      kap: 24,
      pg: 23,
      hr: 8_290,
      mk: 518_125_000,
      ks: 121_300_000,
      sd: 43_700_000,
    },
    {
      id: "w5",
      nm: "Wisma Edelweis",
      kap: 12,
      pg: 11,
      hr: 3_985,
      mk: 249_060_000,
      ks: 60_250_000,
      sd: 20_900_000,
    },
  ];
  const B = "Biaya Layanan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Wisma"], role: "lokasi", num: "(2)", width: 26 },
    { key: "kap", head: ["Kapasitas (TT)"], num: "(3)", fmt: INT },
    { key: "pg", head: ["Penghuni per 31 Des"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    {
      key: "isi",
      head: ["Keterisian (%)"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
    },
    { key: "hr", head: ["Hari Rawat (orang-hari)"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "mk",
      head: [B, "Permakanan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "ks",
      head: [B, "Kesehatan dan Perawatan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(8)",
      fmt: RP,
      width: 16,
    },
    {
      key: "sd",
      head: [B, "Sandang dan Kebersihan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(9)",
      fmt: RP,
      width: 16,
    },
    {
      key: "jb",
      head: [B, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(10) = (7)+(8)+(9)",
      fmt: RP,
      width: 17,
    },
    { key: "ph", head: ["Biaya per Orang-Hari (Rp)"], num: "(11) = (10)/(6)", fmt: RP },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...W.map((w, i): Row => ({
        id: w.id,
        cells: (c) => ({
          no: i + 1,
          nm: w.nm,
          kap: w.kap,
          pg: w.pg,
          // planted: Cempaka keterisian typed 133.33 (kapasitas / penghuni); 12 / 16 = 75.00
          isi: w.id === "w3" ? 133.33 : fx(`ROUND(${c.a("pg")}/${c.a("kap")}*100,2)`),
          hr: w.hr,
          mk: w.mk,
          ks: w.ks,
          sd: w.sd,
          // planted: Dahlia Jumlah typed 638,125,000; 518,125,000 + 121,300,000 + 43,700,000 = 683,125,000
          jb: w.id === "w4" ? 638_125_000 : fx(`SUM(${c.a("mk")}:${c.a("sd")})`),
          ph: fx(`ROUND(${c.a("jb")}/${c.a("hr")},0)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const col = (k: string) => `SUM(${c.a(k, "w1")}:${c.a(k, "w5")})`;
          return {
            no: "TOTAL",
            kap: fx(col("kap")),
            pg: fx(col("pg")),
            isi: fx(`ROUND(${c.a("pg")}/${c.a("kap")}*100,2)`),
            hr: fx(col("hr")),
            mk: fx(col("mk")),
            ks: fx(col("ks")),
            sd: fx(col("sd")),
            jb: fx(col("jb")),
            ph: fx(`ROUND(${c.a("jb")}/${c.a("hr")},0)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Wisma Cempaka melayani lansia tirah baring (total care) sehingga biaya perawatan lebih tinggi.",
    "Sumber: SIMDA UPTD dan buku register penghuni.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Seruni, 14 Januari 2025",
    jabatan: ["Kepala UPTD PSTW Bina Werdha Seruni"],
    nama: "NORHAYATI RAHMAN, S.Sos.",
    nip: "19850911 201001 2 018",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = W.map((w) => w.id);
  b.plant({
    at: { sheet: S, cell: a("isi", "w3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Keterisian of Wisma Cempaka typed 133.33 (16 / 12, kapasitas over penghuni): an occupancy cannot pass 100; (4)/(3) x 100 = 12 / 16 = 75.00",
    truth: `ROUND(${a("pg", "w3")}/${a("kap", "w3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("jb", "w4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah biaya of Wisma Dahlia typed 638,125,000; (7)+(8)+(9) = 518,125,000 + 121,300,000 + 43,700,000 = 683,125,000",
    truth: `${a("mk", "w4")}+${a("ks", "w4")}+${a("sd", "w4")}`,
  });
  for (const id of ["w1", "w2", "w5"]) {
    b.ok({
      sheet: S,
      cell: a("isi", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pg", id)}/${a("kap", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("jb", id),
      rules: ["sum-mismatch"],
      truth: `${a("mk", id)}+${a("ks", id)}+${a("sd", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("isi", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("pg", "tot")}/${a("kap", "tot")}*100,2)`,
    trap: `(${ids.map((id) => `${a("pg", id)}/${a("kap", id)}*100`).join("+")})/5`,
  });
  for (const k of ["kap", "pg", "hr", "mk", "ks", "sd"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ph", "w1"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jb", "w1")}/${a("hr", "w1")},0)`,
    tol: 0.6,
  });
  return b.finish();
}
