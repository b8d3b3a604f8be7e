// LKjIP, PK with its Renstra, the recap of sanggar seni per kecamatan and the recap of museum
// visitors per triwulan (beside the festival budaya table) of two Dinas Kebudayaan. All invented.
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

/** LKjIP 2024 pengukuran kinerja, Dinas Kebudayaan Lembang Tinggi: refleksi on the negative rows. */
export function lkjipDisbud(): BookW {
  const b = new BookW(
    "lkjip-2024-disbud-lembang-tinggi-maestro-museum.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kebudayaan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat | Target akhir Renstra 2026 | Capaian thd Renstra; ROUND formulas, refleksi (2T-R)/T on negatives; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Dinas Kebudayaan Kabupaten Lembang Tinggi Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya pelestarian cagar budaya";
  const SB = "Meningkatnya apresiasi seni dan budaya daerah";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase ODCB yang ditetapkan menjadi cagar budaya",
      sat: "%",
      neg: false,
      t: 33,
      r: 33.8,
      ak: 40,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase cagar budaya dalam kondisi rusak berat",
      sat: "%",
      neg: true,
      t: 18,
      r: 15.3,
      ak: 10,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Jumlah maestro seni yang terdokumentasi",
      sat: "orang",
      neg: false,
      t: 12,
      r: 9,
      ak: 60,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah pengunjung museum daerah",
      sat: "orang",
      neg: false,
      t: 42_000,
      r: 39_480,
      ak: 50_000,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah koleksi museum yang rusak atau hilang",
      sat: "koleksi",
      neg: true,
      t: 8,
      r: 10,
      ak: 4,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: INT },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: INT },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
    { key: "ca", head: ["Capaian thd Target Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const capV = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: x.t,
        r: x.r,
        // planted: the koleksi rusak row (negative) has the R / T formula of the positive rows
        c: fx(x.id === "i5" ? cap(false, c.a("t"), c.a("r")) : cap(x.neg, c.a("t"), c.a("r"))),
        // planted: the pengunjung row (94.00) is called "Baik"
        p: x.id === "i4" ? "Baik" : x.id === "i5" ? "Sangat Baik" : predikatBaik(capV(x)),
        ak: x.ak,
        ca: x.neg
          ? fx(`ROUND((2*${c.a("ak")}-${c.a("r")})/${c.a("ak")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("ak")}*100,2)`),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator negatif (semakin kecil semakin baik) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Koleksi rusak atau hilang (negative) computed with R / T = 125.00; refleksi (2 x 8 - 10) / 8 gives 75.00",
    truth: cap(true, a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for 94.00 (39,480 / 42,000); the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("ca", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i3")}/${a("ak", "i3")}*100,2)`,
  });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Kebudayaan Kota Banyuasri, beside its Renstra 2025-2029 sheet. */
export function pkDisbud(): BookW {
  const b = new BookW(
    "pk-2025-disbud-banyuasri-festival-sanggar.xlsx",
    "PK 2025 with Renstra (Dinas Kebudayaan)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; program table with typed Jumlah; sheet 'Renstra': Tahun ke-1..5 (years from the title) | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      awal: 46.2,
      k: [50, 55, 60, 65, 70],
      flow: false,
    },
    {
      id: "b",
      ind: "Jumlah sanggar seni yang dibina",
      sat: "sanggar",
      awal: 38,
      k: [40, 44, 48, 52, 56],
      flow: false,
    },
    {
      id: "c",
      ind: "Jumlah festival budaya yang diselenggarakan",
      sat: "kegiatan",
      awal: 3,
      k: [4, 4, 5, 5, 6],
      flow: true,
    },
    {
      id: "d",
      ind: "Persentase warisan budaya tak benda yang belum tercatat",
      sat: "%",
      awal: 34,
      k: [31, 28, 24, 20, 16],
      flow: false,
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["MATRIKS TARGET KINERJA RENSTRA DINAS KEBUDAYAAN KOTA BANYUASRI 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", String(y)],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" },
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
        ak: x.flow ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KEBUDAYAAN KOTA BANYUASRI"]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, yang bertanda tangan di bawah ini",
    "Kepala Dinas Kebudayaan berjanji akan mewujudkan target kinerja tahunan sebagaimana terlampir.",
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
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i === 0 || i === 3 ? "Terlestarikannya warisan budaya" : "Meningkatnya ekosistem kesenian daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the sanggar target is the Renstra Tahun ke-2 (2026) value 44; 2025 is 40
        tg: x.id === "b" ? 44 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_580_000 },
    { id: "p2", nm: "Program Pengembangan Kebudayaan", rp: 2_874_300_000 },
    { id: "p3", nm: "Program Pengembangan Kesenian Tradisional", rp: 1_538_750_000 },
    { id: "p4", nm: "Program Pelestarian dan Pengelolaan Cagar Budaya", rp: 3_267_900_000 },
    { id: "p5", nm: "Program Pengelolaan Permuseuman", rp: 1_095_400_000 },
  ];
  const total = prog.reduce((p, q) => p + q.rp, 0);
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD Kota" } })),
      // planted: typed Jumlah 90,000,000 too high
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: total + 90_000_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Banyuasri, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KEBUDAYAAN KOTA BANYUASRI"],
    nama: "Dr. RETNO SEKARWANGI, S.Sn., M.Hum.",
    nip: "19760519 200212 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of sanggar seni dibina is 44, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 40",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Typed Jumlah 12,992,930,000; the five programs add up to 12,902,930,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  const all = (id: string) => [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: all(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("c"),
    trap: rt.a("y5", "c"),
  });
  return b.finish();
}

/** Rekap sanggar seni per kecamatan, Dinas Kebudayaan Lembang Tinggi: a stock identity with a minus. */
export function rekapSanggar(): BookW {
  const b = new BookW(
    "rekap-sanggar-seni-kecamatan-lembang-tinggi.xlsx",
    "Rekap sanggar seni per kecamatan (Dinas Kebudayaan)",
    "Per kecamatan: Terdaftar 2023 | Baru 2024 | Dibekukan 2024 | Terdaftar 2024 '(5) = (2)+(3)-(4)' | Dibina | % dibina '(7) = (6)/(5) x 100' typed; Jumlah row with the ratio of totals",
  );
  const S = "Sanggar 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBANG TINGGI", "DINAS KEBUDAYAAN - BIDANG KESENIAN"]);
  s.lines(["REKAPITULASI SANGGAR SENI TERDAFTAR DAN DIBINA MENURUT KECAMATAN", "Keadaan 31 Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Bontolangi", a: 14, n: 3, x: 1, d: 11 },
    { id: "k2", nm: "Tinggimoncong Utara", a: 9, n: 2, x: 2, d: 6 },
    { id: "k3", nm: "Parangloe Hulu", a: 21, n: 4, x: 1, d: 16 },
    { id: "k4", nm: "Bulu Sipong", a: 7, n: 1, x: 0, d: 5 },
    { id: "k5", nm: "Pattallassang Baru", a: 12, n: 5, x: 3, d: 8 },
  ];
  const stock = (k: (typeof K)[number]) => k.a + k.n - k.x;
  const t = s.table({
    cols: [
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 22 },
      { key: "a", head: ["Sanggar Terdaftar 2023"], role: "kondisi-awal", year: 2023, num: "(2)", fmt: INT },
      { key: "n", head: ["Perubahan 2024", "Baru"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      {
        key: "x",
        head: ["Perubahan 2024", "Dibekukan / Tidak Aktif"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      {
        key: "s",
        head: ["Sanggar Terdaftar 2024"],
        role: "realisasi",
        year: 2024,
        num: "(5) = (2)+(3)-(4)",
        fmt: INT,
      },
      { key: "d", head: ["Sanggar Dibina"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      {
        key: "p",
        head: ["% Sanggar Dibina"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k): Row => ({
        id: k.id,
        cells: {
          nm: k.nm,
          a: k.a,
          n: k.n,
          x: k.x,
          // planted: Parangloe Hulu typed 26 = (2)+(3)+(4); (2)+(3)-(4) = 24
          s: k.id === "k3" ? 26 : stock(k),
          d: k.d,
          // planted: Bulu Sipong 125.00 (5 of 8 = 62.50); digits of a percentage over 100
          p: k.id === "k4" ? 125 : round((k.d / stock(k)) * 100),
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { nm: "Jumlah" };
          for (const key of ["a", "n", "x", "d"]) out[key] = fx(`SUM(${c.a(key, "k1")}:${c.a(key, "k5")})`);
          out.s = fx(`${c.a("a")}+${c.a("n")}-${c.a("x")}`);
          out.p = fx(`ROUND(${c.a("d")}/${c.a("s")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Pendataan Bidang Kesenian, data sementara *)"]);
  s.gap();
  signature(s, 5, {
    tempat: "Lembang Tinggi, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG KESENIAN"],
    nama: "ST. HAJRAH KARAENG LOMPO, S.Sn.",
    nip: "19820417 200801 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const st = (id: string) => `${a("a", id)}+${a("n", id)}-${a("x", id)}`;
  b.plant({
    at: { sheet: S, cell: a("s", "k3") },
    rules: ["sum-mismatch"],
    note: "Terdaftar 2024 of Parangloe Hulu is 26 (the dibekukan added); (5) = (2)+(3)-(4) = 21+4-1 = 24",
    truth: st("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "% dibina of Bulu Sipong is 125.00, above 100 where (6) cannot exceed (5); 5 / 8 x 100 = 62.50",
    truth: `ROUND(${a("d", "k4")}/${a("s", "k4")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("s", id),
      rules: ["sum-mismatch"],
      truth: st(id),
      trap: `${a("a", id)}+${a("n", id)}+${a("x", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("d", id)}/${a("s", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("s", "tot"),
    rules: ["sum-mismatch"],
    truth: st("tot"),
    trap: `${a("a", "tot")}+${a("n", "tot")}+${a("x", "tot")}`,
  });
  b.ok({
    sheet: S,
    cell: a("d", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("d", "k1")}:${a("d", "k5")})`,
  });
  return b.finish();
}

/** Kunjungan museum per triwulan, Dinas Kebudayaan Banyuasri, beside the festival budaya table. */
export function rekapMuseum(): BookW {
  const b = new BookW(
    "kunjungan-museum-festival-budaya-banyuasri.xlsx",
    "Rekap kunjungan museum per triwulan (Dinas Kebudayaan)",
    "Per museum: Target 2024 | TW I-IV | Jumlah | Capaian (%) | Pangsa (%); TOTAL with the ratio of totals; festival budaya per tahun side by side after one empty column, with Jumlah",
  );
  const S = "Kunjungan 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI KUNJUNGAN MUSEUM DAN FESTIVAL BUDAYA KOTA BANYUASRI TAHUN 2024"]);
  s.gap();
  const M = [
    { id: "m1", nm: "Museum Kota Banyuasri", tg: 36_000, q: [7_840, 8_215, 9_630, 10_405] },
    { id: "m2", nm: "Museum Batik dan Tenun", tg: 14_500, q: [2_960, 3_105, 3_880, 4_210] },
    { id: "m3", nm: "Rumah Maestro Seni Ki Sastro Wiguno", tg: 6_000, q: [1_120, 1_385, 1_402, 1_690] },
    { id: "m4", nm: "Galeri Cagar Budaya Pecinan Lama", tg: 9_000, q: [1_975, 2_240, 2_118, 2_506] },
  ];
  const top = s.r;
  const TW = "Jumlah Pengunjung";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Museum / Galeri"], width: 34 },
      { key: "tg", head: ["Target 2024 (orang)"], role: "target", year: 2024, fmt: INT },
      { key: "q1", head: [TW, "TW I"], role: "realisasi", year: 2024, fmt: INT },
      { key: "q2", head: [TW, "TW II"], role: "realisasi", year: 2024, fmt: INT },
      { key: "q3", head: [TW, "TW III"], role: "realisasi", year: 2024, fmt: INT },
      { key: "q4", head: [TW, "TW IV"], role: "realisasi", year: 2024, fmt: INT },
      { key: "j", head: [TW, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "sh", head: ["Pangsa (%)"], role: "lainnya", fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...M.map((m, i): Row => ({
        id: m.id,
        cells: (c) => ({
          no: i + 1,
          nm: m.nm,
          tg: m.tg,
          q1: m.q[0],
          q2: m.q[1],
          q3: m.q[2],
          q4: m.q[3],
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          // planted: a stale cached capaian for the Rumah Maestro (from before TW IV was entered)
          c:
            m.id === "m3"
              ? fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`, 64.45)
              : fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          sh: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["tg", "q1", "q2", "q4", "j"]) out[k] = fx(`SUM(${c.a(k, "m1")}:${c.a(k, "m4")})`);
          // planted: TW III total one row short
          out.q3 = fx(`SUM(${c.a("q3", "m1")}:${c.a("q3", "m3")})`);
          out.c = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
          out.sh = fx(`ROUND(SUM(${c.a("sh", "m1")}:${c.a("sh", "m4")}),0)`);
          return out;
        },
      },
    ],
  });
  const ft = s.table(
    {
      cols: [
        { key: "th", head: ["Tahun"] },
        { key: "n", head: ["Festival Budaya (kali)"], role: "realisasi", fmt: INT },
        { key: "pg", head: ["Pengunjung Festival (orang)"], role: "realisasi", fmt: INT },
        { key: "rp", head: ["Realisasi Anggaran (Rp)"], role: "realisasi-anggaran", fmt: RP, width: 18 },
      ],
      headerRows: 2,
      rows: [
        { id: "y1", cells: { th: "2022", n: 3, pg: 18_400, rp: 842_500_000 } },
        { id: "y2", cells: { th: "2023", n: 4, pg: 26_750, rp: 1_126_300_000 } },
        { id: "y3", cells: { th: "2024", n: 4, pg: 31_220, rp: 1_208_900_000 } },
        {
          id: "j",
          cells: (c) => ({
            th: "Jumlah",
            n: fx(`SUM(${c.a("n", "y1")}:${c.a("n", "y3")})`),
            pg: fx(`SUM(${c.a("pg", "y1")}:${c.a("pg", "y3")})`),
            rp: fx(`SUM(${c.a("rp", "y1")}:${c.a("rp", "y3")})`),
          }),
        },
      ],
    },
    12,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Banyuasri, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PERMUSEUMAN"],
    nama: "BAMBANG SETYO NUGROHO, S.S., M.A.",
    nip: "19800822 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "m3") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Rumah Maestro Seni has a stale cached 64.45; its formula gives 93.28 (5,597 / 6,000)",
    truth: `ROUND(${a("j", "m3")}/${a("tg", "m3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL TW III is =SUM over three museums (14,912); with the Galeri's 2,118 it is 17,030",
    truth: `SUM(${a("q3", "m1")}:${a("q3", "m4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "m1")}:${a("j", "m4")})/SUM(${a("tg", "m1")}:${a("tg", "m4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "m1")},${a("c", "m2")},ROUND(${a("j", "m3")}/${a("tg", "m3")}*100,2),${a("c", "m4")}),2)`,
  });
  for (const id of ["m1", "m2", "m4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  for (const id of ["m1", "m2", "m3", "m4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`,
    });
  for (const k of ["q1", "q2", "q4", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "m1")}:${a(k, "m4")})` });
  b.ok({
    sheet: S,
    cell: ft.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${ft.a("rp", "y1")}+${ft.a("rp", "y2")}+${ft.a("rp", "y3")}`,
  });
  return b.finish();
}
