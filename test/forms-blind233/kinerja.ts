// LKjIP, PK with its Renstra, the BPNT penyaluran recap per kecamatan and the PKH graduasi / DTKS
// usulan recap of the Dinas Sosial of Kabupaten Lembah Seruni (Jawa Tengah) and Kota Tanjung Sabak
// (Kalimantan Barat). Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const refleksi = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;
const rt = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;

/** LKjIP 2024 Tabel 3.2 of Dinsos Lembah Seruni: a Realisasi 2023 column, negatives marked only by a note. */
export function lkjipDinsos(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dinsos-lembah-seruni.xlsx",
    "LKjIP capaian kinerja (Dinas Sosial)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran | Indikator Kinerja | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Kategori; negatives named in a footnote, refleksi (2T-R)/T; ROUND formulas; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS SOSIAL KABUPATEN LEMBAH SERUNI",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya ketepatan sasaran perlindungan dan jaminan sosial";
  const I = [
    {
      id: "i1",
      ind: "Persentase KPM PKH dan BPNT yang datanya padan DTKS",
      sat: "%",
      neg: false,
      r23: 86.4,
      t: 90,
      r: 91.3,
    },
    {
      id: "i2",
      ind: "Persentase bansos sembako (BPNT) tersalur tepat waktu per tahap",
      sat: "%",
      neg: false,
      r23: 84.7,
      t: 95,
      r: 88.6,
    },
    {
      id: "i3",
      ind: "Persentase KPM bansos tidak tepat sasaran (inclusion error)",
      sat: "%",
      neg: true,
      r23: 8.9,
      t: 6,
      r: 7.2,
    },
    { id: "i4", ind: "Jumlah pengaduan penyaluran bansos", sat: "aduan", neg: true, r23: 143, t: 120, r: 96 },
    { id: "i5", ind: "Persentase KPM PKH yang graduasi", sat: "%", neg: false, r23: 5.2, t: 8, r: 6.1 },
  ];
  const cap = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const kategori = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: i3 (negative) uses R/T; i5 keeps a stale cached result 86.25
          c:
            x.id === "i3"
              ? fx(rt(c.a("t"), c.a("r")))
              : x.id === "i5"
                ? fx(rt(c.a("t"), c.a("r")), 86.25)
                : fx(x.neg ? refleksi(c.a("t"), c.a("r")) : rt(c.a("t"), c.a("r"))),
          k: kategori(cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 4 bersifat negatif (semakin kecil semakin baik); capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Inclusion error (negative) computed as R/T = 120.00; refleksi (2 x 6 - 7.2) / 6 x 100 = 80.00",
    truth: refleksi(a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "Graduasi PKH: =ROUND(R/T*100,2) with a stale cached 86.25; 6.1 / 8 gives 76.25",
    truth: rt(a("t", "i5"), a("r", "i5")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refleksi(a("t", "i4"), a("r", "i4")),
    trap: rt(a("t", "i4"), a("r", "i4")),
  });
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("t", id), a("r", id)) });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinsos Tanjung Sabak on one sheet, the Renstra 2025-2029 IKU on another. */
export function pkDinsos(): BookW {
  const b = new BookW(
    "pk-2025-iku-renstra-dinsos-tanjung-sabak.xlsx",
    "PK 2025 with Renstra (Dinas Sosial)",
    "sheet 'Renstra IKU': No | Indikator | Satuan | Kondisi Awal 2024 | Target Tahun 2025..2029 | Kondisi Akhir; sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      awal: 72.4,
      k: [75, 78, 81, 84, 87],
    },
    {
      id: "b",
      ind: "Persentase KPM PKH yang graduasi mandiri",
      sat: "%",
      awal: 3.1,
      k: [3.5, 4, 4.5, 5, 5.5],
    },
    {
      id: "c",
      ind: "Persentase data DTKS yang tidak valid",
      sat: "%",
      awal: 14.2,
      k: [12.5, 11, 9.5, 8, 6.5],
    },
  ];
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Sosial Kota Tanjung Sabak 2025-2029"]);
  rs.gap();
  const rtab = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...YRS.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const c: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.k[4],
      };
      YRS.forEach((y, j) => (c[`y${y}`] = x.k[j]));
      return { id: x.id, cells: c };
    }),
  });
  rs.gap();
  rs.lines(["Indikator 3 bersifat negatif: target menurun setiap tahun."]);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS SOSIAL KOTA TANJUNG SABAK"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: H. SYARIF HAMDAN ALKADRIE, S.Sos., M.AP., Kepala Dinas Sosial,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const ptab = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the DTKS tidak valid target is the Renstra 2027 value 9.5 (2025: 12.5)
      cells: {
        no: i + 1,
        sas: "Meningkatnya kesejahteraan sosial fakir miskin",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "c" ? x.k[2] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_215_380_000 },
    { id: "p2", nm: "Program Pemberdayaan Sosial", rp: 1_086_450_000 },
    { id: "p3", nm: "Program Rehabilitasi Sosial", rp: 1_742_900_000 },
    { id: "p4", nm: "Program Perlindungan dan Jaminan Sosial", rp: 3_368_120_000 },
    { id: "p5", nm: "Program Penanganan Bencana", rp: 612_750_000 },
  ];
  const TOTAL = 11_052_600_000; // planted: typed; the programs add up to 11,025,600,000
  const atab = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Kota" } })),
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: TOTAL } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Sabak, 6 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "H. SYARIF HAMDAN ALKADRIE, S.Sos., M.AP.",
    nip: "19760304 199803 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: ptab.a("tg", "c") },
        { sheet: R, cell: rtab.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of 'Persentase data DTKS yang tidak valid' is 9.5, the Renstra 2027 target; Renstra 2025 is 12.5",
    truth: `'${R}'!${rtab.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: atab.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah typed 11,052,600,000; the five programs add up to ${sum(prog.map((p) => p.rp)).toLocaleString("en-US")}`,
    truth: `SUM(${atab.a("rp", "p1")}:${atab.a("rp", "p5")})`,
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: ptab.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rtab.a("y2025", id)}`,
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rtab.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rtab.a("y2029", id),
      trap: YRS.map((y) => rtab.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rtab.a("y2029", "c"), rules: ["target-trend"], truth: "6.5" });
  return b.finish();
}

/** Rekap penyaluran BPNT tahap III 2024 per kecamatan, Dinsos Lembah Seruni; nilai = KPM x Rp600.000. */
export function rekapBpnt(): BookW {
  const b = new BookW(
    "rekap-bpnt-tahap3-kecamatan-lembah-seruni.xlsx",
    "Rekap penyaluran BPNT per kecamatan (Dinas Sosial)",
    "BPNT tahap III 2024 per kecamatan: KPM SK | Tersalur | Gagal salur (4)=(2)-(3) | % (5)=(3)/(2)x100 | Nilai (6)=(3)x600.000; number row; JUMLAH row of SUM formulas, % of the totals",
  );
  const S = "BPNT Tahap III";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL KABUPATEN LEMBAH SERUNI", "Bidang Perlindungan dan Jaminan Sosial"]);
  s.lines([
    "REKAPITULASI PENYALURAN BANTUAN SOSIAL PANGAN (BPNT/SEMBAKO) TAHAP III (JULI - SEPTEMBER) TAHUN 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Seruni Kidul", sk: 4_820, sal: 4_756 },
    { id: "k2", nm: "Wanakerta", sk: 3_915, sal: 3_872 },
    { id: "k3", nm: "Karangpandan Lor", sk: 5_240, sal: 5_181 },
    { id: "k4", nm: "Tlogomulyo", sk: 2_786, sal: 2_740 },
    { id: "k5", nm: "Gunungsari", sk: 3_458, sal: 3_112 },
    { id: "k6", nm: "Kedungwaru", sk: 4_107, sal: 4_065 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kecamatan"], num: "(1)", width: 20 },
    { key: "sk", head: ["Jumlah KPM (SK Kemensos)"], role: "target", year: 2024, num: "(2)", fmt: INT },
    {
      key: "sal",
      head: ["Realisasi Penyaluran", "KPM Tersalur"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    { key: "gg", head: ["Realisasi Penyaluran", "Gagal Salur"], num: "(4) = (2) - (3)", fmt: INT },
    {
      key: "p",
      head: ["Realisasi Penyaluran", "% Tersalur"],
      role: "capaian",
      year: 2024,
      num: "(5) = (3) / (2) x 100",
      fmt: DEC,
    },
    {
      key: "nil",
      head: ["Nilai Bantuan Tersalur (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6) = (3) x 600.000",
      fmt: RP,
      width: 18,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          sk: k.sk,
          sal: k.sal,
          gg: fx(`${c.a("sk")}-${c.a("sal")}`),
          // planted: Tlogomulyo's % typed as (2)/(3) x 100 = 101.68
          p: k.id === "k4" ? round((k.sk / k.sal) * 100) : fx(`ROUND(${c.a("sal")}/${c.a("sk")}*100,2)`),
          nil: fx(`${c.a("sal")}*600000`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          sk: fx(`SUM(${c.a("sk", "k1")}:${c.a("sk", "k6")})`),
          sal: fx(`SUM(${c.a("sal", "k1")}:${c.a("sal", "k6")})`),
          gg: fx(`SUM(${c.a("gg", "k1")}:${c.a("gg", "k6")})`),
          p: fx(`ROUND(${c.a("sal")}/${c.a("sk")}*100,2)`),
          // planted: one row short
          nil: fx(`SUM(${c.a("nil", "k1")}:${c.a("nil", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan penyaluran PT Pos Indonesia dan Himbara, diolah. Indeks bantuan Rp200.000/bulan x 3 bulan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Seruni Kidul, 14 Oktober 2024",
    jabatan: ["Kepala Bidang Perlindungan dan Jaminan Sosial"],
    nama: "AGUS PRIYANTORO, S.ST.",
    nip: "19830517 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Tlogomulyo % tersalur typed 101.68 (SK / tersalur); 2,740 of 2,786 KPM is 98.35, and tersalur cannot exceed the SK",
    truth: `ROUND(${a("sal", "k4")}/${a("sk", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("nil", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH nilai is =SUM over five kecamatan (Kedungwaru left out); all six give 14,235,600,000",
    truth: `SUM(${a("nil", "k1")}:${a("nil", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sal", "tot")}/${a("sk", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k6")}),2)`,
  });
  for (const id of ["k1", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("sal", id)}/${a("sk", id)}*100,2)`,
    });
  for (const k of ["sk", "sal", "gg"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("gg", "k5"),
    rules: ["sum-mismatch"],
    truth: `${a("sk", "k5")}-${a("sal", "k5")}`,
  });
  return b.finish();
}

/** Graduasi KPM PKH per triwulan and, one empty column to the right, usulan DTKS per tahap (Tanjung Sabak). */
export function rekapGraduasi(): BookW {
  const b = new BookW(
    "graduasi-pkh-usulan-dtks-tanjung-sabak.xlsx",
    "Rekap graduasi PKH and usulan DTKS side by side (Dinas Sosial)",
    "left: Triwulan | KPM awal | Graduasi alamiah | Graduasi mandiri | Jumlah (5)=(3)+(4) | KPM baru | KPM akhir (7)=(2)-(5)+(6), typed, JUMLAH row of SUM with the level columns taken from Q1 / Q4; right (after one empty column, shorter): Tahap | Usulan | Diverifikasi | Layak | % Layak, ROUND formulas, Jumlah % of the totals",
  );
  const S = "Graduasi & DTKS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS SOSIAL KOTA TANJUNG SABAK",
    "Rekap Program Keluarga Harapan dan Data Terpadu Kesejahteraan Sosial 2024",
  ]);
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", awal: 6_840, alm: 112, mdr: 64, baru: 95 },
    { id: "q2", tw: "Triwulan II", awal: 6_759, alm: 98, mdr: 71, baru: 120 },
    { id: "q3", tw: "Triwulan III", awal: 6_710, alm: 134, mdr: 88, baru: 60 },
    { id: "q4", tw: "Triwulan IV", awal: 6_548, alm: 121, mdr: 93, baru: 140 },
  ];
  const G = "KPM Graduasi";
  // planted: Triwulan III Jumlah graduasi typed 212 (134 + 88 = 222)
  const left = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "awal", head: ["KPM PKH Awal Periode"], num: "(2)", fmt: INT },
      { key: "alm", head: [G, "Alamiah"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "mdr", head: [G, "Mandiri"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(5)=(3)+(4)", fmt: INT },
      { key: "baru", head: ["KPM Baru (Pemutakhiran)"], num: "(6)", fmt: INT },
      { key: "akhir", head: ["KPM PKH Akhir Periode"], num: "(7)=(2)-(5)+(6)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: {
          tw: q.tw,
          awal: q.awal,
          alm: q.alm,
          mdr: q.mdr,
          j: q.id === "q3" ? 212 : q.alm + q.mdr,
          baru: q.baru,
          akhir: q.awal - q.alm - q.mdr + q.baru,
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah 2024",
          awal: fx(c.a("awal", "q1")),
          alm: fx(`SUM(${c.a("alm", "q1")}:${c.a("alm", "q4")})`),
          mdr: fx(`SUM(${c.a("mdr", "q1")}:${c.a("mdr", "q4")})`),
          j: fx(`SUM(${c.a("j", "q1")}:${c.a("j", "q4")})`),
          baru: fx(`SUM(${c.a("baru", "q1")}:${c.a("baru", "q4")})`),
          akhir: fx(c.a("akhir", "q4")),
        }),
      },
    ],
  });
  const T = [
    { id: "t1", tp: "Tahap I (Maret)", us: 1_245, ver: 1_180, ly: 934 },
    { id: "t2", tp: "Tahap II (Juni)", us: 1_530, ver: 1_472, ly: 1_105 },
    { id: "t3", tp: "Tahap III (Oktober)", us: 980, ver: 951, ly: 812 },
  ];
  const right = s.table(
    {
      cols: [
        { key: "tp", head: ["Usulan DTKS"], width: 20 },
        { key: "us", head: ["Usulan Musdes/Muskel"], role: "target", year: 2024, fmt: INT },
        { key: "ver", head: ["Hasil Verifikasi", "Diverifikasi"], role: "realisasi", year: 2024, fmt: INT },
        { key: "ly", head: ["Hasil Verifikasi", "Layak"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["Hasil Verifikasi", "% Layak"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...T.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            tp: x.tp,
            us: x.us,
            ver: x.ver,
            ly: x.ly,
            // planted: stale cached 78.60 on Tahap II
            p: fx(`ROUND(${c.a("ly")}/${c.a("ver")}*100,2)`, x.id === "t2" ? 78.6 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tp: "Jumlah",
            us: fx(`SUM(${c.a("us", "t1")}:${c.a("us", "t3")})`),
            ver: fx(`SUM(${c.a("ver", "t1")}:${c.a("ver", "t3")})`),
            ly: fx(`SUM(${c.a("ly", "t1")}:${c.a("ly", "t3")})`),
            p: fx(`ROUND(${c.a("ly")}/${c.a("ver")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: graduasi alamiah karena tidak lagi memenuhi komponen PKH; graduasi mandiri atas kesadaran KPM.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Sabak, 10 Januari 2025",
    jabatan: ["Koordinator PKH Kota Tanjung Sabak"],
    nama: "NURHAYATI BINTI ABDUL MUIS, S.Sos.",
    nip: "19880211 201903 2 004",
  });
  const L = (k: string, id: string) => left.a(k, id);
  const Rr = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: L("j", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Triwulan III Jumlah graduasi is 212; alamiah 134 + mandiri 88 = 222",
    truth: `${L("alm", "q3")}+${L("mdr", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: Rr("p", "t2") },
    rules: ["capaian-mismatch"],
    note: "Tahap II % layak: =ROUND(layak/diverifikasi*100,2) with a stale cached 78.60; 1,105 / 1,472 gives 75.07",
    truth: `ROUND(${Rr("ly", "t2")}/${Rr("ver", "t2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: L("akhir", "tot"),
    rules: ["sum-mismatch"],
    truth: L("akhir", "q4"),
    trap: `SUM(${L("akhir", "q1")}:${L("akhir", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: L("awal", "tot"),
    rules: ["sum-mismatch"],
    truth: L("awal", "q1"),
    trap: `SUM(${L("awal", "q1")}:${L("awal", "q4")})`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: L("j", id), rules: ["sum-mismatch"], truth: `${L("alm", id)}+${L("mdr", id)}` });
  for (const k of ["alm", "mdr"])
    b.ok({ sheet: S, cell: L(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${L(k, "q1")}:${L(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: Rr("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${Rr("ly", "tot")}/${Rr("ver", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${Rr("p", "t1")}:${Rr("p", "t3")}),2)`,
  });
  for (const id of ["t1", "t3"])
    b.ok({
      sheet: S,
      cell: Rr("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${Rr("ly", id)}/${Rr("ver", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: Rr("ly", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${Rr("ly", "t1")}:${Rr("ly", "t3")})`,
  });
  return b.finish();
}
