// LKjIP, Perjanjian Kinerja and two recaps of the same two invented Diskominfo: indeks SPBE, aduan
// SP4N-LAPOR!, website OPD aktif and titik wifi publik. Every name and number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type L = { id: string; sas: string; ind: string; sat: string; pol: "+" | "-"; t: number; r: number };

/** LKjIP 2024 pengukuran kinerja, Diskominfo Kota Tanjung Seruni: formulas, refleksi on negatives. */
export function lkjipSpbe(): BookW {
  const b = new BookW(
    "lkjip-2024-spbe-lapor-tanjung-seruni-238.xlsx",
    "LKjIP pengukuran kinerja (Diskominfo SPBE)",
    "LKjIP 2024 Tabel 3.2: Sasaran merged over its indicators | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on two negative rows; Rata-rata row; scale note below",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2 Pengukuran Kinerja Dinas Komunikasi dan Informatika Kota Tanjung Seruni Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const SA = "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik";
  const SB = "Meningkatnya respons pemerintah terhadap aduan masyarakat";
  const rows: L[] = [
    { id: "i1", sas: SA, ind: "Indeks SPBE Kota Tanjung Seruni", sat: "indeks", pol: "+", t: 3.0, r: 3.12 },
    { id: "i2", sas: SA, ind: "Persentase website OPD yang aktif", sat: "%", pol: "+", t: 88, r: 90.48 },
    { id: "i3", sas: SA, ind: "Persentase titik wifi publik yang aktif", sat: "%", pol: "+", t: 95, r: 84.2 },
    {
      id: "i4",
      sas: SB,
      ind: "Rata-rata waktu tindak lanjut aduan SP4N-LAPOR! (negatif)",
      sat: "hari",
      pol: "-",
      t: 6,
      r: 5.4,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase aduan LAPOR! melewati batas waktu (negatif)",
      sat: "%",
      pol: "-",
      t: 10,
      r: 12.5,
    },
  ];
  const cap = (l: L) => (l.pol === "+" ? round((l.r / l.t) * 100) : round(((2 * l.t - l.r) / l.t) * 100));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((l, i): Row => ({
        id: l.id,
        cells: (x) => ({
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          t: l.t,
          r: l.r,
          // planted: i5 (negative) uses R/T like the positive rows
          c:
            l.pol === "+" || l.id === "i5"
              ? fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`)
              : fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`),
          // planted: i3 says Sangat Baik for 88.63
          p: l.id === "i3" ? "Sangat Baik" : predikatBaik(l.id === "i5" ? 125 : cap(l)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif dihitung dengan (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase aduan melewati batas waktu (negative) computed with R/T = 125.00; refleksi (2 x 10 - 12.5)/10 gives 75.00 (its Kategori and the Rata-rata follow)",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori Sangat Baik for a capaian of 88.63 (84.2 / 95); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Diskominfo Kabupaten Bukit Larangan beside its Renstra 2026-2030 targets. */
export function pkLapor(): BookW {
  const b = new BookW(
    "pk-2026-renstra-diskominfo-bukit-larangan-238.xlsx",
    "Perjanjian Kinerja (Diskominfo LAPOR!)",
    "PK 2026: statement lines, indicator table (No | Sasaran | Indikator | Satuan | Target 2026) and program table (Kode | Program | Anggaran | Keterangan) with a Jumlah SUM; sheet Renstra with 2026-2030 targets and kondisi akhir",
  );
  const R = "Renstra";
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Utama Renstra Diskominfo Kabupaten Bukit Larangan 2026-2030"], 1, {
    bold: true,
  });
  rs.gap();
  const inds = [
    {
      id: "n1",
      ind: "Indeks SPBE Kabupaten Bukit Larangan",
      sat: "indeks",
      level: true,
      awal: 2.48,
      k: [2.75, 2.9, 3.05, 3.2, 3.4],
    },
    {
      id: "n2",
      ind: "Persentase aduan LAPOR! yang ditindaklanjuti OPD",
      sat: "%",
      level: true,
      awal: 81.4,
      k: [84, 87, 90, 93, 95],
    },
    {
      id: "n3",
      ind: "Persentase website OPD aktif",
      sat: "%",
      level: true,
      awal: 72,
      k: [80, 85, 90, 95, 100],
    },
    {
      id: "n4",
      ind: "Jumlah titik wifi publik yang dibangun",
      sat: "titik",
      level: false,
      awal: 64,
      k: [20, 20, 25, 25, 30],
    },
  ];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2025"], role: "kondisi-awal", year: 2025, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target", String(2026 + i)],
        role: "target",
        year: 2026 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2030"], role: "kondisi-akhir", year: 2030, fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((n, i) => ({
      id: n.id,
      cells: {
        no: i + 1,
        ind: n.ind,
        sat: n.sat,
        awal: n.awal,
        ...Object.fromEntries(n.k.map((v, j) => [`y${j}`, v])),
        ak: n.level ? n.k[4] : sum(n.k),
      },
    })),
  });
  const P = "PK 2026";
  const s = b.sheet(P);
  s.lines(["PERJANJIAN KINERJA TAHUN 2026", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BUKIT LARANGAN"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
    "Kepala Dinas Komunikasi dan Informatika (pihak pertama) - Bupati Bukit Larangan (pihak kedua).",
  ]);
  s.gap();
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2026, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((n, i) => ({
      id: n.id,
      cells: {
        no: i + 1,
        sas: i < 1 ? "Meningkatnya kematangan SPBE" : "Meningkatnya kualitas layanan informasi publik",
        ind: n.ind,
        sat: n.sat,
        // planted: the SPBE target is the Renstra 2027 value
        tg: n.id === "n1" ? n.k[1] : n.k[0],
      },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      kode: "2.16.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 3_412_650_000,
    },
    { id: "p2", kode: "2.16.02", nm: "Program Informasi dan Komunikasi Publik", rp: 1_286_400_000 },
    { id: "p3", kode: "2.16.03", nm: "Program Aplikasi Informatika", rp: 4_975_300_000 },
    {
      id: "p4",
      kode: "2.21.02",
      nm: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
      rp: 412_800_000,
    },
  ];
  const pt = s.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 42 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p) => ({ id: p.id, cells: { kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "nm"] as [string, string],
        // planted: one row short
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          kode: "Jumlah",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Muara Larangan, 5 Januari 2026",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "H. ZULKIFLI ANWAR BASRI, S.Sos., M.M.",
    nip: "19760521 200003 1 005",
  });
  const five = (id: string) => [0, 1, 2, 3, 4].map((i) => rt.a(`y${i}`, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", "n1") },
        { sheet: R, cell: rt.a("y0", "n1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of Indeks SPBE is 2.90, the Renstra 2027 target; the Renstra 2026 target is 2.75",
    truth: `${R}!${rt.a("y0", "n1")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs (9,674,350,000); the four give 10,087,150,000",
    truth: progs.map((p) => pt.a("rp", p.id)).join("+"),
  });
  for (const id of ["n2", "n3", "n4"])
    b.ok({
      sheet: P,
      cell: pk.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y0", id)}`,
    });
  for (const id of ["n1", "n2", "n3"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", id),
      trap: five(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "n4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("n4"),
    trap: rt.a("y4", "n4"),
  });
  return b.finish();
}

/** Titik wifi publik per kecamatan, Diskominfo Kota Tanjung Seruni, Desember 2024. */
export function rekapWifi(): BookW {
  const b = new BookW(
    "rekap-titik-wifi-publik-per-kecamatan-tanjung-seruni-238.xlsx",
    "Rekap titik wifi publik per kecamatan",
    "per kecamatan: titik s.d. 2023 | dibangun 2024 | (5) = (3)+(4) | aktif | (7) = (6)/(5) x 100 | pengguna harian; formulas, a JUMLAH row whose % is the ratio of the totals",
  );
  const S = "Wifi Publik 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SERUNI",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Bidang Infrastruktur TIK",
  ]);
  s.lines(["Rekapitulasi Titik Akses Wifi Publik per Kecamatan Keadaan 31 Desember 2024"]);
  s.gap();
  const kec = [
    { id: "k1", nm: "Seruni Kota", lama: 38, baru: 9, aktif: 44, user: 2_140 },
    { id: "k2", nm: "Seruni Ilir", lama: 24, baru: 7, aktif: 33, user: 1_315 },
    { id: "k3", nm: "Karang Mumus Hulu", lama: 19, baru: 6, aktif: 14, user: 968 },
    { id: "k4", nm: "Loa Pinang", lama: 12, baru: 4, aktif: 17, user: 604 },
    { id: "k5", nm: "Sungai Lempake", lama: 27, baru: 10, aktif: 33, user: 1_472 },
    { id: "k6", nm: "Tanjung Batu Putih", lama: 22, baru: 9, aktif: 26, user: 1_021 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    {
      key: "lama",
      head: ["Jumlah Titik Wifi", "s.d. 2023"],
      role: "realisasi",
      year: 2023,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "baru",
      head: ["Jumlah Titik Wifi", "Dibangun 2024"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "jml",
      head: ["Jumlah Titik Wifi", "Total 2024"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3)+(4)",
      fmt: INT,
    },
    { key: "aktif", head: ["Titik Aktif"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "pct",
      head: ["Persentase Aktif (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6)/(5) x 100",
      fmt: DEC,
    },
    { key: "user", head: ["Rata-rata Pengguna Harian"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          lama: k.lama,
          baru: k.baru,
          // planted: Loa Pinang's total typed 18 (12 + 4 = 16)
          jml: k.id === "k4" ? 18 : fx(`${x.a("lama")}+${x.a("baru")}`),
          // planted: Seruni Ilir reports 33 active points of 31
          aktif: k.aktif,
          pct: fx(`ROUND(${x.a("aktif")}/${x.a("jml")}*100,2)`),
          user: k.user,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["lama", "baru", "jml", "aktif", "user"].map((k) => [
              k,
              fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`),
            ]),
          ),
          pct: fx(`ROUND(${x.a("aktif")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) Titik aktif: titik dengan uptime di atas 90 % pada bulan Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Loa Pinang (5) is a typed 18 among formulas; (3) + (4) = 12 + 4 = 16 (its % and the JUMLAH (5) follow)",
    truth: `${a("lama", "k4")}+${a("baru", "k4")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "k2") },
        { sheet: S, cell: a("aktif", "k2") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Seruni Ilir: 33 titik aktif of 31 titik gives 106.45 % active, more than every point it has; at most 100",
    truth: "100",
  });
  for (const id of ["k1", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("aktif", id)}/${a("jml", id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("lama", id)}+${a("baru", id)}`,
    });
  for (const k of ["lama", "baru", "user"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("aktif", "tot")}/${a("jml", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k6")}),2)`,
  });
  return b.finish();
}

/** Aduan SP4N-LAPOR! per triwulan 2025 beside the Indeks SPBE per domain, Kabupaten Bukit Larangan. */
export function rekapLaporSpbe(): BookW {
  const b = new BookW(
    "rekap-aduan-lapor-triwulan-indeks-spbe-domain-bukit-larangan-238.xlsx",
    "Rekap aduan LAPOR! per triwulan + indeks SPBE per domain",
    "two tables side by side: aduan per triwulan with (5) = (2)+(3)+(4), (6) = (3)/(5) x 100 and a mean waktu tindak lanjut, JUMLAH row; indeks SPBE per domain with bobot and nilai tertimbang, Indeks SPBE = sum of the weighted values",
  );
  const S = "Aduan dan SPBE 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT LARANGAN", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines(["Rekap Pengelolaan Aduan SP4N-LAPOR! dan Hasil Evaluasi SPBE Tahun 2025"]);
  s.gap();
  const top = s.r;
  const tw = [
    { id: "q1", nm: "Triwulan I", ar: 12, se: 96, pr: 8, hr: 6.8 },
    { id: "q2", nm: "Triwulan II", ar: 15, se: 128, pr: 11, hr: 6.1 },
    { id: "q3", nm: "Triwulan III", ar: 9, se: 141, pr: 6, hr: 5.7 },
    { id: "q4", nm: "Triwulan IV", ar: 14, se: 163, pr: 5, hr: 5.2 },
  ];
  const t = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        {
          key: "ar",
          head: ["Aduan Diterima", "Diarsipkan"],
          role: "realisasi",
          year: 2025,
          num: "(2)",
          fmt: INT,
        },
        {
          key: "se",
          head: ["Aduan Diterima", "Selesai"],
          role: "realisasi",
          year: 2025,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "pr",
          head: ["Aduan Diterima", "Dalam Proses"],
          role: "realisasi",
          year: 2025,
          num: "(4)",
          fmt: INT,
        },
        {
          key: "jm",
          head: ["Aduan Diterima", "Jumlah"],
          role: "realisasi",
          year: 2025,
          num: "(5)=(2)+(3)+(4)",
          fmt: INT,
        },
        { key: "pc", head: ["% Selesai"], role: "capaian", year: 2025, num: "(6)=(3)/(5)x100", fmt: DEC },
        {
          key: "hr",
          head: ["Rata-rata Waktu Tindak Lanjut (hari)"],
          role: "realisasi",
          year: 2025,
          num: "(7)",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...tw.map((q): Row => ({
          id: q.id,
          cells: (x) => ({
            tw: q.nm,
            ar: q.ar,
            se: q.se,
            pr: q.pr,
            jm: fx(`SUM(${x.a("ar")}:${x.a("pr")})`),
            // planted: a stale cached result in Triwulan III
            pc: fx(`ROUND(${x.a("se")}/${x.a("jm")}*100,2)`, q.id === "q3" ? 86.54 : undefined),
            hr: q.hr,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "JUMLAH",
            ...Object.fromEntries(
              ["ar", "se", "pr", "jm"].map((k) => [k, fx(`SUM(${x.a(k, "q1")}:${x.a(k, "q4")})`)]),
            ),
            pc: fx(`ROUND(${x.a("se")}/${x.a("jm")}*100,2)`),
            hr: fx(`ROUND(AVERAGE(${x.a("hr", "q1")}:${x.a("hr", "q4")}),2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const dom = [
    { id: "d1", nm: "Kebijakan Internal SPBE", w: 13, v: 3.1 },
    { id: "d2", nm: "Tata Kelola SPBE", w: 25, v: 2.6 },
    { id: "d3", nm: "Manajemen SPBE", w: 16.5, v: 1.85 },
    { id: "d4", nm: "Layanan SPBE", w: 45.5, v: 3.25 },
  ];
  const d = s.table(
    {
      cols: [
        { key: "nm", head: ["Domain"], role: "indikator", num: "(a)", width: 24 },
        { key: "w", head: ["Bobot (%)"], role: "lainnya", num: "(b)", fmt: DEC },
        { key: "v", head: ["Indeks Domain"], role: "realisasi", year: 2025, num: "(c)", fmt: DEC },
        { key: "nt", head: ["Nilai Tertimbang"], role: "lainnya", num: "(d)=(b)x(c)/100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...dom.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ nm: x.nm, w: x.w, v: x.v, nt: fx(`ROUND(${c.a("w")}*${c.a("v")}/100,2)`) }),
        })),
        {
          id: "idx",
          bold: true,
          // planted: Indeks SPBE typed 2.94; the weighted values add up to 2.84
          cells: (c) => ({ nm: "Indeks SPBE", w: fx(`SUM(${c.a("w", "d1")}:${c.a("w", "d4")})`), nt: 2.94 }),
        },
      ],
    },
    t.right + 2,
    top,
  );
  s.gap();
  s.lines(["Sumber: dashboard SP4N-LAPOR! dan laporan evaluasi SPBE KemenPANRB 2025."]);
  s.gap();
  signature(s, 9, {
    tempat: "Muara Larangan, 16 Januari 2026",
    jabatan: ["Kepala Bidang Aplikasi Informatika"],
    nama: "RATNA SARI DEWI PUSPITA, S.T., M.Kom.",
    nip: "19850417 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "q3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "Triwulan III % selesai: =ROUND(D/F*100,2) with a stale cached 86.54; 141 / 156 gives 90.38",
    truth: `ROUND(${a("se", "q3")}/${a("jm", "q3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: d.a("nt", "idx") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Indeks SPBE typed 2.94; the four weighted domain values 0.40 + 0.65 + 0.31 + 1.48 give 2.84",
    truth: dom.map((x) => d.a("nt", x.id)).join("+"),
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "ratio-components-mismatch"],
      truth: `ROUND(${a("se", id)}/${a("jm", id)}*100,2)`,
    });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("jm", id),
      rules: ["sum-mismatch"],
      truth: `${a("ar", id)}+${a("se", id)}+${a("pr", id)}`,
    });
  for (const k of ["ar", "se", "pr", "jm"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: tw.map((q) => a(k, q.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("se", "tot")}/${a("jm", "tot")}*100,2)`,
    trap: `ROUND((${tw.map((q) => `${q.se}/(${q.ar}+${q.se}+${q.pr})*100`).join("+")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("hr", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${tw.map((q) => a("hr", q.id)).join("+")})/4,2)`,
    trap: tw.map((q) => a("hr", q.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: d.a("w", "idx"),
    rules: ["sum-mismatch"],
    truth: dom.map((x) => d.a("w", x.id)).join("+"),
  });
  for (const x of dom)
    b.ok({
      sheet: S,
      cell: d.a("nt", x.id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${d.a("w", x.id)}*${d.a("v", x.id)}/100,2)`,
    });
  return b.finish();
}
