// Service and investment recaps of two DPMPTSP: the survei kepuasan masyarakat per unit layanan of a
// Bangka Belitung kabupaten (responden, responden puas, % puas, IKM semester I / II; the overall IKM
// weighted by the responden) and the realisasi investasi PMA / PMDN of a Papua Tengah kabupaten per
// sektor with, beside it, the quarterly target and realisasi (the s.d. capaian is the ratio of the
// sums). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ================================ DPMPTSP Kabupaten Bangka Pesisir Timur, IKM per unit layanan 2024

type Unit = { id: string; nm: string; resp: number; puas: number; s1: number; s2: number };

export function ikmUnitLayanan(): BookW {
  const b = new BookW(
    "ikm-unit-layanan-dpmptsp-bangka-pesisir-timur-2024.xlsx",
    "Rekap survei kepuasan masyarakat per unit layanan (DPMPTSP)",
    "Rekap SKM 2024 of a DPMPTSP in Bangka Belitung: No | Unit Layanan | Jumlah Responden | Responden Puas (nilai >= 3) | Persentase Puas (%) | 'Nilai IKM' > Semester I | Semester II | Mutu Pelayanan Semester II; number row (1) .. (8) with '(5) = (4) / (3) x 100'; JUMLAH / IKM DPMPTSP row: totals, ratio of the totals, IKM weighted by responden",
  );
  const S = "SKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANGKA PESISIR TIMUR",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines(["REKAPITULASI HASIL SURVEI KEPUASAN MASYARAKAT (SKM) PER UNIT LAYANAN", "TAHUN 2024"]);
  s.gap();
  const U: Unit[] = [
    {
      id: "u1",
      nm: "Layanan Perizinan Berusaha Berbasis Risiko (OSS RBA)",
      resp: 386,
      puas: 341,
      s1: 82.46,
      s2: 84.12,
    },
    {
      id: "u2",
      nm: "Layanan Persetujuan Bangunan Gedung (PBG) dan SLF",
      resp: 214,
      puas: 171,
      s1: 76.85,
      s2: 78.9,
    },
    { id: "u3", nm: "Layanan Perizinan Sektor Kesehatan", resp: 158, puas: 139, s1: 83.7, s2: 85.05 },
    { id: "u4", nm: "Layanan Non Perizinan dan Rekomendasi", resp: 127, puas: 104, s1: 79.32, s2: 80.64 },
    { id: "u5", nm: "Layanan Konsultasi dan Pengaduan", resp: 118, puas: 127, s1: 74.18, s2: 77.45 },
    { id: "u6", nm: "Gerai DPMPTSP pada Mal Pelayanan Publik", resp: 242, puas: 219, s1: 85.9, s2: 87.36 },
  ];
  const mutu = (x: number) =>
    x > 88.3 ? "A (Sangat Baik)" : x > 76.6 ? "B (Baik)" : x >= 65 ? "C (Kurang Baik)" : "D (Tidak Baik)";
  const G = "Nilai IKM";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Unit Layanan"], role: "indikator", num: "(2)", width: 44 },
    { key: "resp", head: ["Jumlah Responden"], num: "(3)", fmt: INT, width: 11 },
    { key: "puas", head: ["Responden Puas (nilai >= 3)"], num: "(4)", fmt: INT, width: 11 },
    {
      key: "pct",
      head: ["Persentase Puas (%)"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4) / (3) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "s1", head: [G, "Semester I"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC, width: 10 },
    { key: "s2", head: [G, "Semester II"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC, width: 10 },
    { key: "m", head: ["Mutu Pelayanan Semester II"], role: "predikat", year: 2024, num: "(8)", width: 16 },
  ];
  const w = (k: string, c: Ctx) =>
    `ROUND((${U.map((u) => `${c.a("resp", u.id)}*${c.a(k, u.id)}`).join("+")})/${c.a("resp")},2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: u.nm,
          resp: u.resp,
          // planted: the Konsultasi dan Pengaduan unit counts 127 puas of 118 responden (112 in the survey)
          puas: u.puas,
          pct: fx(`ROUND(${c.a("puas")}/${c.a("resp")}*100,2)`),
          s1: u.s1,
          s2: u.s2,
          m: mutu(u.s2),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "JUMLAH / IKM DPMPTSP (rata-rata tertimbang responden)",
          resp: fx(`SUM(${c.a("resp", "u1")}:${c.a("resp", "u6")})`),
          // planted: the total of the puas leaves out the MPP gerai (row 6)
          puas: fx(`SUM(${c.a("puas", "u1")}:${c.a("puas", "u5")})`),
          pct: fx(`ROUND(${c.a("puas")}/${c.a("resp")}*100,2)`),
          s1: fx(w("s1", c)),
          s2: fx(w("s2", c)),
          m: "B (Baik)",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: mutu pelayanan menurut PermenPANRB 14/2017 (A 88,31-100; B 76,61-88,30; C 65,00-76,60; D 25,00-64,99).",
    "IKM DPMPTSP adalah rata-rata nilai unit layanan tertimbang dengan jumlah responden.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Toboali Baru, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan,"],
    nama: "AGUSTINA LIM, S.Sos.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19850812 201001 2 015",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "u5") },
        { sheet: S, cell: a("puas", "u5") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Konsultasi dan Pengaduan: 127 responden puas of 118 responden, so the Persentase Puas is 107.63; the survey recap has 112 puas (94.92)",
    truth: `ROUND(112/${a("resp", "u5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("puas", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the Responden Puas is =SUM over rows 1-5 = 882, the MPP gerai's 219 left out; the six rows give 1,101",
    truth: `SUM(${a("puas", "u1")}:${a("puas", "u6")})`,
  });
  for (const id of ["u1", "u2", "u3", "u4", "u6"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("puas", id)}/${a("resp", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("resp", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("resp", "u1")}:${a("resp", "u6")})`,
  });
  // the overall IKM is weighted by the responden, not the plain mean of the units (nor their sum)
  for (const k of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `ROUND((${U.map((u) => `${a("resp", u.id)}*${a(k, u.id)}`).join("+")})/SUM(${a("resp", "u1")}:${a("resp", "u6")}),2)`,
      trap: `ROUND(AVERAGE(${a(k, "u1")}:${a(k, "u6")}),2)`,
    });
  return b.finish();
}

// ============================ DPMPTSP Kabupaten Kemabu Jaya (Papua Tengah), realisasi investasi 2024

type Sek = { id: string; nm: string; dp: number; dn: number; ap: number; an: number; tk: number };

export function investasiSektor(): BookW {
  const b = new BookW(
    "realisasi-investasi-pma-pmdn-sektor-kemabu-jaya-2024.xlsx",
    "Realisasi investasi PMA / PMDN per sektor and per triwulan (DPMPTSP)",
    "Two tables side by side, '(dalam juta rupiah)': left No | Sektor Usaha | 'PMDN' > Proyek | Nilai | 'PMA' > Proyek | Nilai | 'Jumlah' > Proyek | Nilai | Tenaga Kerja (orang), number row with '7 = 3 + 5', '8 = 4 + 6', JUMLAH row; right (after one empty column) Triwulan | Target | Realisasi | Capaian (%), 's.d. Triwulan IV' row with the ratio of the sums",
  );
  const S = "Investasi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KEMABU JAYA", "DINAS PENANAMAN MODAL DAN PTSP"]);
  s.lines(["REALISASI INVESTASI PMA DAN PMDN MENURUT SEKTOR DAN TRIWULAN TAHUN 2024", "(dalam juta rupiah)"]);
  s.gap();
  const K: Sek[] = [
    { id: "e1", nm: "Pertambangan", dp: 9, dn: 186_450, ap: 3, an: 214_780, tk: 1_245 },
    {
      id: "e2",
      nm: "Tanaman Pangan, Perkebunan dan Peternakan",
      dp: 14,
      dn: 42_365,
      ap: 1,
      an: 18_900,
      tk: 612,
    },
    { id: "e3", nm: "Perdagangan dan Reparasi", dp: 37, dn: 28_740, ap: 0, an: 0, tk: 298 },
    { id: "e4", nm: "Hotel dan Restoran", dp: 11, dn: 19_215, ap: 0, an: 0, tk: 174 },
    { id: "e5", nm: "Konstruksi", dp: 8, dn: 33_580, ap: 1, an: 12_450, tk: 386 },
    { id: "e6", nm: "Transportasi, Gudang dan Telekomunikasi", dp: 6, dn: 21_470, ap: 0, an: 0, tk: 143 },
    { id: "e7", nm: "Listrik, Gas dan Air", dp: 2, dn: 14_820, ap: 1, an: 27_600, tk: 67 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Sektor Usaha"], role: "indikator", num: 2, width: 34 },
    { key: "dp", head: ["PMDN", "Proyek"], role: "realisasi", year: 2024, num: 3, fmt: INT, width: 8 },
    { key: "dn", head: ["PMDN", "Nilai"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 11 },
    { key: "ap", head: ["PMA", "Proyek"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 8 },
    { key: "an", head: ["PMA", "Nilai"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 11 },
    {
      key: "jp",
      head: ["Jumlah", "Proyek"],
      role: "realisasi",
      year: 2024,
      num: "7 = 3 + 5",
      fmt: INT,
      width: 8,
    },
    {
      key: "jn",
      head: ["Jumlah", "Nilai"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4 + 6",
      fmt: INT,
      width: 12,
    },
    { key: "tk", head: ["Tenaga Kerja (orang)"], num: 9, fmt: INT, width: 10 },
  ];
  const top = s.r;
  const sum = (k: string, c: Ctx) => `SUM(${c.a(k, "e1")}:${c.a(k, "e7")})`;
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((x, i): Row => ({
          id: x.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            nm: x.nm,
            dp: x.dp,
            dn: x.dn,
            ap: x.ap,
            an: x.an,
            // planted: the Pertambangan's Jumlah Proyek is a typed 14 (9 PMDN + 3 PMA = 12)
            jp: x.id === "e1" ? 14 : fx(`${c.a("dp")}+${c.a("ap")}`),
            jn: fx(`${c.a("dn")}+${c.a("an")}`),
            tk: x.tk,
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "nm"],
          cells: (c: Ctx) => ({
            no: "JUMLAH",
            ...Object.fromEntries(["dp", "dn", "ap", "an", "jp", "jn", "tk"].map((k) => [k, fx(sum(k, c))])),
          }),
        },
      ],
    },
    1,
    top,
  );
  const TW: Array<[string, string, number, number]> = [
    ["w1", "Triwulan I", 120_000, 98_640],
    ["w2", "Triwulan II", 150_000, 162_375],
    ["w3", "Triwulan III", 160_000, 141_980],
    ["w4", "Triwulan IV", 170_000, 217_375],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "a", width: 18 },
        { key: "tg", head: ["Target Investasi"], role: "target", year: 2024, num: "b", fmt: INT, width: 12 },
        {
          key: "re",
          head: ["Realisasi Investasi"],
          role: "realisasi",
          year: 2024,
          num: "c",
          fmt: INT,
          width: 12,
        },
        {
          key: "cp",
          head: ["Capaian (%)"],
          role: "capaian",
          year: 2024,
          num: "d = c / b x 100",
          fmt: DEC,
          width: 11,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...TW.map(([id, tw, tg, re]): Row => ({
          id,
          cells: (c: Ctx) => ({
            tw,
            tg,
            re,
            // planted: Triwulan III divides by the annual target of the s.d. row
            cp: fx(`ROUND(${c.a("re")}/${c.a("tg", id === "w3" ? "sd" : id)}*100,2)`),
          }),
        })),
        {
          id: "sd",
          bold: true,
          cells: (c: Ctx) => ({
            tw: "s.d. Triwulan IV",
            tg: fx(`SUM(${c.a("tg", "w1")}:${c.a("tg", "w4")})`),
            re: fx(`SUM(${c.a("re", "w1")}:${c.a("re", "w4")})`),
            cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    cols.length + 2,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: LKPM pelaku usaha yang diverifikasi pada Sistem OSS RBA dan aplikasi Pusat Data Investasi.",
    "Kurs PMA disetarakan ke rupiah oleh BKPM pada saat pelaporan; nilai dalam juta rupiah.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Sugapa Baru, 20 Januari 2025",
    jabatan: ["Kepala Bidang Pengendalian Pelaksanaan Penanaman Modal,"],
    nama: "PETRUS KOGOYA, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830417 200903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jp", "e1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Proyek of Pertambangan is a typed 14 among (3)+(5) formulas; 9 PMDN + 3 PMA give 12",
    truth: `${a("dp", "e1")}+${a("ap", "e1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("cp", "w3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of Triwulan III is =ROUND(c/b*100,2) against the annual target of the s.d. row (600,000): 23.66; 141,980 / 160,000 gives 88.74",
    truth: `ROUND(${a2("re", "w3")}/${a2("tg", "w3")}*100,2)`,
  });
  for (const x of K.slice(1))
    b.ok({
      sheet: S,
      cell: a("jp", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("dp", x.id)}+${a("ap", x.id)}`,
    });
  for (const x of K)
    b.ok({
      sheet: S,
      cell: a("jn", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("dn", x.id)}+${a("an", x.id)}`,
    });
  for (const k of ["dp", "dn", "ap", "an", "jn", "tk"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: K.map((x) => a(k, x.id)).join("+") });
  for (const id of ["w1", "w2", "w4"])
    b.ok({
      sheet: S,
      cell: a2("cp", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a2("re", id)}/${a2("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a2("re", "sd"),
    rules: ["sum-mismatch"],
    truth: TW.map(([id]) => a2("re", id)).join("+"),
  });
  // the s.d. capaian is the ratio of the sums, not the sum (or the mean) of the quarterly capaian
  b.ok({
    sheet: S,
    cell: a2("cp", "sd"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a2("re", "sd")}/${a2("tg", "sd")}*100,2)`,
    trap: `ROUND(AVERAGE(${a2("cp", "w1")}:${a2("cp", "w4")}),2)`,
  });
  // the quarters' realisasi add up to the sektor recap's JUMLAH Nilai
  b.ok({ sheet: S, cell: a2("re", "sd"), rules: ["cross-table-mismatch"], truth: a("jn", "j") });
  return b.finish();
}
