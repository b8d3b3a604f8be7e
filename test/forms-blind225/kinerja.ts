// LKjIP and the recap of lelang per TPI of the Dinas Perikanan Muara Sengkarang (Bengkulu); PK with its
// Renstra and the recap of kapal nelayan of the DKP Kota Labuhan Tampeng (NTB). All invented.
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

/** LKjIP 2024 Tabel 3.2, Dinas Perikanan Muara Sengkarang: typed capaian, refleksi on negatives. */
export function lkjipTpi(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-perikanan-muara-sengkarang.xlsx",
    "LKjIP capaian kinerja (Dinas Perikanan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) typed | Kategori; refleksi (2T-R)/T on two negative indicators; Rata-rata row",
  );
  const S = "Capaian Kinerja";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Utama Dinas Perikanan Kabupaten Muara Sengkarang Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      neg: false,
      r23: 22_870,
      t: 24_500,
      r: 23_180,
    },
    { id: "i2", ind: "Nilai Tukar Nelayan (NTN)", sat: "indeks", neg: false, r23: 102.4, t: 104, r: 101.3 },
    {
      id: "i3",
      ind: "Persentase ikan hasil tangkapan yang tidak melalui lelang TPI",
      sat: "%",
      neg: true,
      r23: 39.2,
      t: 35,
      r: 38.5,
    },
    {
      id: "i4",
      ind: "Jumlah kasus penangkapan ikan dengan alat tangkap tidak ramah lingkungan",
      sat: "kasus",
      neg: true,
      r23: 15,
      t: 12,
      r: 9,
    },
    {
      id: "i5",
      ind: "Pendapatan retribusi lelang ikan di TPI",
      sat: "Rp juta",
      neg: false,
      r23: 2_215.4,
      t: 2_850,
      r: 2_431.5,
    },
  ];
  const cap = (x: (typeof I)[number]) => round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 100);
  // planted: i3 (negative) capaian typed as R/T = 110.00; i5 kategori 'Sangat Baik' for 85.32
  const capOf = (x: (typeof I)[number]) => (x.id === "i3" ? round((x.r / x.t) * 100) : cap(x));
  const kat = (x: (typeof I)[number]) => (x.id === "i5" ? "Sangat Baik" : predikatBaik(capOf(x)));
  const avg = round(I.reduce((n, x) => n + capOf(x), 0) / I.length);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kategori"], role: "predikat", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas:
            i < 2
              ? "Meningkatnya produksi dan kesejahteraan nelayan"
              : "Meningkatnya tata kelola lelang ikan di TPI",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: capOf(x),
          k: kat(x),
        },
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: { no: "Rata-rata Capaian Kinerja", c: avg, k: predikatBaik(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator nomor 3 dan 4 bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "Ikan tidak melalui lelang (negative indicator) has capaian 110.00 = R/T; refleksi (2 x 35 - 38.5) / 35 gives 90.00",
    truth: refl("i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for the retribusi capaian 85.32 (2,431.5 / 2,850); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i4"), rules: ["capaian-mismatch"], truth: refl("i4"), trap: rt("i4") });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala DKP Kota Labuhan Tampeng, beside its Renstra 2025-2029 targets. */
export function pkTpi(): BookW {
  const b = new BookW(
    "pk-2025-dkp-labuhan-tampeng-renstra.xlsx",
    "PK 2025 with Renstra (DKP, TPI)",
    "sheet 'Perjanjian Kinerja': statement, No | Sasaran | Indikator | Satuan | Target Tahun 2025; No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed JUMLAH; sheet 'Renstra DKP': Kondisi Awal 2024 | Tahun 2025..2029 | Kondisi Akhir 2029",
  );
  const P = "Perjanjian Kinerja";
  const R = "Renstra DKP";
  const ind = [
    {
      id: "a",
      ind: "Volume produksi ikan yang dilelang di TPI",
      sat: "ton",
      awal: 9_800,
      k: [10_400, 11_000, 11_700, 12_400, 13_200],
    },
    {
      id: "b",
      ind: "Persentase TPI yang memenuhi standar higienis",
      sat: "%",
      awal: 40,
      k: [50, 60, 70, 80, 100],
    },
    {
      id: "c",
      ind: "Pendapatan retribusi lelang ikan",
      sat: "Rp juta",
      awal: 1_640,
      k: [1_750, 1_860, 1_980, 2_100, 2_240],
    },
    {
      id: "d",
      ind: "Persentase kapal nelayan yang memiliki pas kecil",
      sat: "%",
      awal: 62,
      k: [66, 70, 75, 80, 85],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Tabel 5.2 Indikator Kinerja dan Target Renstra Dinas Kelautan dan Perikanan 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KELAUTAN DAN PERIKANAN KOTA LABUHAN TAMPENG",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam Renstra.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya nilai tambah hasil perikanan tangkap melalui TPI",
        ind: x.ind,
        sat: x.sat,
        // planted: the retribusi target is the Renstra 2027 value 1,980 (2025: 1,750)
        tg: x.id === "c" ? x.k[2] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.25.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_126_800_000,
    },
    { id: "p2", kode: "3.25.03", nm: "Program Pengelolaan Perikanan Tangkap", rp: 2_742_350_000 },
    { id: "p3", kode: "3.25.04", nm: "Program Pengelolaan Perikanan Budidaya", rp: 1_186_400_000 },
    { id: "p4", kode: "3.25.06", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 968_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, sd: "APBD 2025" },
      })),
      // planted: JUMLAH typed 8,923,800,000 (the four programs give 9,023,800,000)
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 8_923_800_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Labuhan Tampeng, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "LALU MUHAMMAD SAPTAJI, S.Pi., M.P.",
    nip: "19780302 200312 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the retribusi lelang is 1,980, the Renstra 2027 target; the Renstra 2025 target is 1,750",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH is a typed 8,923,800,000; the four programs add up to 9,023,800,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap lelang per TPI 2024, Dinas Perikanan Muara Sengkarang: produksi, nilai, retribusi. */
export function rekapLelangTpi(): BookW {
  const b = new BookW(
    "rekap-lelang-retribusi-per-tpi-muara-sengkarang-2024.xlsx",
    "Rekap lelang dan retribusi per TPI (Dinas Perikanan)",
    "Per TPI: Kecamatan | Produksi Dilelang (kg) | Nilai Lelang (Rp) | Target Retribusi | Realisasi Retribusi | % Realisasi '(7) = (6)/(5) x 100' | Porsi '(8) = (6)/Jumlah (6) x 100'; JUMLAH row with SUM formulas and the % of the totals; retribusi 2,5% of the nilai lelang",
  );
  const S = "Rekap TPI 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERIKANAN KABUPATEN MUARA SENGKARANG", "UPTD Pengelola Tempat Pelelangan Ikan"]);
  s.lines(["REKAPITULASI PRODUKSI, NILAI LELANG DAN RETRIBUSI PER TPI", "Januari s.d. Desember 2024"]);
  s.gap();
  const T = [
    {
      id: "t1",
      nm: "TPI Muara Baru",
      kec: "Sengkarang Hilir",
      kg: 1_845_300,
      nilai: 38_751_300_000,
      tg: 980_000_000,
    },
    {
      id: "t2",
      nm: "TPI Lubuk Tarok",
      kec: "Air Padang Ulu",
      kg: 1_126_450,
      nilai: 24_782_000_000,
      tg: 560_000_000,
    },
    {
      id: "t3",
      nm: "TPI Pulau Enggalang",
      kec: "Enggalang",
      kg: 412_800,
      nilai: 9_494_400_000,
      tg: 260_000_000,
    },
    {
      id: "t4",
      nm: "TPI Tanjung Kemuning",
      kec: "Kemuning Pesisir",
      kg: 688_150,
      nilai: 14_451_150_000,
      tg: 400_000_000,
    },
    {
      id: "t5",
      nm: "TPI Air Rami Ujung",
      kec: "Air Rami",
      kg: 235_600,
      nilai: 4_476_400_000,
      tg: 150_000_000,
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Nama TPI"], role: "lokasi", num: "(1)", width: 22 },
      { key: "kec", head: ["Kecamatan"], num: "(2)", width: 18 },
      { key: "kg", head: ["Produksi Dilelang (kg)"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      {
        key: "nilai",
        head: ["Nilai Lelang (Rp)"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: RP,
        width: 18,
      },
      {
        key: "tg",
        head: ["Retribusi Lelang", "Target (Rp)"],
        role: "target",
        year: 2024,
        num: "(5)",
        fmt: RP,
        width: 16,
      },
      {
        key: "rl",
        head: ["Retribusi Lelang", "Realisasi (Rp)"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: RP,
        width: 16,
      },
      {
        key: "p",
        head: ["Retribusi Lelang", "% Realisasi"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
      },
      {
        key: "porsi",
        head: ["Porsi Retribusi (%)"],
        role: "lainnya",
        num: "(8) = (6)/Jumlah (6) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...T.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          kec: x.kec,
          kg: x.kg,
          nilai: x.nilai,
          tg: x.tg,
          rl: Math.round(x.nilai * 0.025),
          // planted: TPI Pulau Enggalang's % has a stale cached 98.15 (the formula gives 91.29)
          p: fx(`ROUND(${c.a("rl")}/${c.a("tg")}*100,2)`, x.id === "t3" ? 98.15 : undefined),
          porsi: fx(`ROUND(${c.a("rl")}/${c.a("rl", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          // planted: produksi one row short
          kg: fx(`SUM(${c.a("kg", "t1")}:${c.a("kg", "t4")})`),
          nilai: fx(`SUM(${c.a("nilai", "t1")}:${c.a("nilai", "t5")})`),
          tg: fx(`SUM(${c.a("tg", "t1")}:${c.a("tg", "t5")})`),
          rl: fx(`SUM(${c.a("rl", "t1")}:${c.a("rl", "t5")})`),
          p: fx(`ROUND(${c.a("rl")}/${c.a("tg")}*100,2)`),
          porsi: fx(`ROUND(SUM(${c.a("porsi", "t1")}:${c.a("porsi", "t5")}),0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: retribusi lelang 2,5% dari nilai lelang (Perda Retribusi Jasa Usaha); realisasi dapat melampaui target.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sengkarang Hilir, 8 Januari 2025",
    jabatan: ["KEPALA UPTD PENGELOLA TPI"],
    nama: "RAHMAT HIDAYAT SIREGAR, S.Pi.",
    nip: "19850517 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = T.map((x) => x.id);
  b.plant({
    at: { sheet: S, cell: a("kg", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH produksi dilelang is =SUM over the first four TPI (4,072,700 kg); with TPI Air Rami Ujung it is 4,308,300 kg",
    truth: `SUM(${a("kg", "t1")}:${a("kg", "t5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "t3") },
    rules: ["capaian-mismatch"],
    note: "% realisasi retribusi of TPI Pulau Enggalang has a stale cached 98.15; 237,360,000 / 260,000,000 gives 91.29",
    truth: `ROUND(${a("rl", "t3")}/${a("tg", "t3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("rl", "t1")}:${a("rl", "t5")})/SUM(${a("tg", "t1")}:${a("tg", "t5")})*100,2)`,
    trap: `ROUND((${ids.map((id) => a("p", id)).join("+")})/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "t2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rl", "t2")}/${a("tg", "t2")}*100,2)`,
    trap: "100",
  });
  for (const id of ["t1", "t4", "t5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rl", id)}/${a("tg", id)}*100,2)`,
    });
  for (const k of ["nilai", "tg", "rl"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

/** Kapal nelayan per kecamatan and per triwulan, DKP Kota Labuhan Tampeng, two tables side by side. */
export function kapalNelayan(): BookW {
  const b = new BookW(
    "kapal-nelayan-ukuran-gt-pas-kecil-labuhan-tampeng.xlsx",
    "Rekap kapal nelayan (DKP)",
    "Left: per kecamatan < 5 GT | 5-10 GT | 10-30 GT | Jumlah '(6) = (3)+(4)+(5)' | Berizin | % Berizin; TOTAL row. Right (one empty column between): per triwulan kapal terdaftar (level), pas kecil diterbitkan and trip bongkar di TPI (flows); the year row takes the TW IV level",
  );
  const S = "Kapal 2024";
  const s = b.sheet(S);
  s.lines(["DATA KAPAL PERIKANAN KOTA LABUHAN TAMPENG KONDISI 31 DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Labuhan Barat", a: 212, b: 64, c: 11, iz: 231 },
    { id: "k2", nm: "Tampeng Tengah", a: 145, b: 38, c: 6, iz: 142 },
    { id: "k3", nm: "Pelabuhan Lama", a: 96, b: 52, c: 19, iz: 158 },
    { id: "k4", nm: "Gili Sanggar", a: 178, b: 21, c: 3, iz: 119 },
  ];
  const top = s.r;
  const G = "Jumlah Kapal menurut Ukuran";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "a", head: [G, "< 5 GT"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "b", head: [G, "5 - 10 GT"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "c", head: [G, "10 - 30 GT"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "iz",
        head: ["Kapal Berizin (Pas Kecil / SIPI)"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      { key: "p", head: ["% Berizin"], role: "capaian", year: 2024, num: "(8) = (7)/(6) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          a: k.a,
          b: k.b,
          c: k.c,
          iz: k.iz,
          // planted: Pelabuhan Lama's Jumlah typed 176 (96 + 52 + 19 = 167)
          j: k.id === "k3" ? 176 : fx(`${c.a("a")}+${c.a("b")}+${c.a("c")}`),
          p: fx(`ROUND(${c.a("iz")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["a", "b", "c", "j", "iz"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k4")})`);
          // planted: the TOTAL % is the average of the kecamatan %
          out.p = fx(`ROUND(AVERAGE(${c.a("p", "k1")}:${c.a("p", "k4")}),2)`);
          return out;
        },
      },
    ],
  });
  const W = [
    { id: "w1", tw: "Triwulan I", lv: 806, pas: 38, trip: 4_112 },
    { id: "w2", tw: "Triwulan II", lv: 821, pas: 27, trip: 4_586 },
    { id: "w3", tw: "Triwulan III", lv: 834, pas: 31, trip: 3_904 },
    { id: "w4", tw: "Triwulan IV", lv: 845, pas: 24, trip: 3_377 },
  ];
  const wt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        {
          key: "lv",
          head: ["Kapal Terdaftar Akhir Periode (unit)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "pas", head: ["Pas Kecil Diterbitkan (unit)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "trip", head: ["Trip Bongkar di TPI"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...W.map((w): Row => ({ id: w.id, cells: { tw: w.tw, lv: w.lv, pas: w.pas, trip: w.trip } })),
        {
          id: "y",
          bold: true,
          cells: (c) => ({
            tw: "Tahun 2024",
            lv: fx(c.a("lv", "w4")),
            pas: fx(`SUM(${c.a("pas", "w1")}:${c.a("pas", "w4")})`),
            trip: fx(`SUM(${c.a("trip", "w1")}:${c.a("trip", "w4")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  signature(s, 6, {
    tempat: "Labuhan Tampeng, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PERIKANAN TANGKAP"],
    nama: "NI WAYAN SUKMAWATI, S.Pi., M.Si.",
    nip: "19870909 201101 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = ["k1", "k2", "k3", "k4"];
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kapal of Pelabuhan Lama is a typed 176 among formulas; 96 + 52 + 19 give 167",
    truth: `${a("a", "k3")}+${a("b", "k3")}+${a("c", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "TOTAL % berizin is the AVERAGE of the kecamatan % (76.08); the ratio of the totals 650 / 845 gives 76.92",
    truth: `ROUND(${a("iz", "tot")}/(${a("a", "tot")}+${a("b", "tot")}+${a("c", "tot")})*100,2)`,
  });
  for (const id of ["k1", "k2", "k4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("a", id)}+${a("b", id)}+${a("c", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("iz", id)}/${a("j", id)}*100,2)`,
    });
  }
  for (const k of ["a", "b", "c", "iz"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: ks.map((id) => a(k, id)).join("+") });
  b.ok({
    sheet: S,
    cell: wt.a("lv", "y"),
    rules: ["sum-mismatch"],
    truth: wt.a("lv", "w4"),
    trap: `SUM(${wt.a("lv", "w1")}:${wt.a("lv", "w4")})`,
  });
  for (const k of ["pas", "trip"])
    b.ok({
      sheet: S,
      cell: wt.a(k, "y"),
      rules: ["sum-mismatch"],
      truth: ["w1", "w2", "w3", "w4"].map((id) => wt.a(k, id)).join("+"),
    });
  return b.finish();
}
