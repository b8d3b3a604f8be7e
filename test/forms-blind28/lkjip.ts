// Reports of the set: the LKjIP capaian table of a Dinas Lingkungan Hidup in Sumatera Barat (capaian
// as IFERROR(ROUND(...)) formulas, refleksi (2 - r/t) for the lower-is-better rows, typed predikat)
// and the SPM report of a Dinas Sosial (jumlah sasaran | jumlah terlayani | persentase per jenis
// layanan dasar). Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";
import { rawFormula } from "./common";

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
};

/** LKjIP 2024 of Dinas Lingkungan Hidup Kota Bukit Silungkang (Sumatera Barat). */
export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-iferror-refleksi-dlh-bukitsilungkang.xlsx",
    "LKjIP capaian (Dinas Lingkungan Hidup)",
    "LKjIP 2024 capaian with IFERROR(ROUND()) and refleksi",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT SILUNGKANG", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja Dinas Lingkungan Hidup Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup";
  const S2 = "Meningkatnya pengelolaan sampah dan penanganan pencemaran";
  const rows: LkIn[] = [
    { id: "iklh", sas: S1, ind: "Indeks Kualitas Lingkungan Hidup (IKLH)", sat: "poin", t: 68.5, r: 70.12 },
    { id: "ika", sas: S1, ind: "Indeks Kualitas Air (IKA)", sat: "poin", t: 55, r: 52.34 },
    { id: "iku", sas: S1, ind: "Indeks Kualitas Udara (IKU)", sat: "poin", t: 84.2, r: 86.91 },
    { id: "kelola", sas: S2, ind: "Persentase sampah yang terkelola", sat: "%", t: 62, r: 58.75 },
    {
      id: "tpa",
      sas: S2,
      ind: "Timbulan sampah yang dibuang ke TPA",
      sat: "ton/hari",
      t: 118,
      r: 112.6,
      neg: true,
    },
    {
      id: "kasus",
      sas: S2,
      ind: "Jumlah kasus pencemaran yang tidak tertangani",
      sat: "kasus",
      t: 6,
      r: 7,
      neg: true,
    },
  ];
  // planted 1: the kasus row (lower is better) takes the R / T formula of the positive rows
  const PLANT_F = "kasus";
  // planted 2: the IKA row's predikat is "Tinggi"; its capaian 95.16 lies in the band above 90
  const PLANT_P = { id: "ika", v: "Tinggi" };
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
    { key: "ket", head: ["Polaritas"], role: "polaritas", width: 14 },
  ];
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: {
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      ket: x.neg ? "Negatif" : "Positif",
    },
  }));
  body.push({ id: "avg", bold: true, span: ["no", "sat"], cells: { no: "Rata-rata Capaian" } });
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Indikator berpolaritas negatif (semakin kecil semakin baik): capaian = (2 - realisasi/target) x 100%.",
    "2) Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bukit Silungkang, 14 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "YULIANTI DT. BANDARO, S.Si., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19800707 200501 2 014",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    const f =
      x.neg && x.id !== PLANT_F
        ? `IFERROR(ROUND((2-${R}/${T})*100,2),0)`
        : `IFERROR(ROUND(${R}/${T}*100,2),0)`;
    rawFormula(s, a("c", x.id), f, DEC);
  }
  const first = a("c", rows[0].id);
  const last = a("c", rows[rows.length - 1].id);
  rawFormula(s, a("c", "avg"), `ROUND(AVERAGE(${first}:${last}),2)`, DEC);
  const capOf = (id: string) => s.ws.getCell(a("c", id)).value as { result: number };
  for (const x of [...rows, { id: "avg" }]) {
    const v = capOf(x.id).result;
    s.ws.getCell(a("p", x.id)).value = x.id === PLANT_P.id ? PLANT_P.v : predikat(v);
  }
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the kasus pencemaran tidak tertangani (Negatif) is =IFERROR(ROUND(R/T*100,2),0) = 116.67 (7 against 6); the refleksi (2 - 7/6) x 100 of the TPA row gives 83.33",
    truth: `ROUND((2-${a("r", PLANT_F)}/${a("t", PLANT_F)})*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", PLANT_P.id) },
    rules: ["predikat-mismatch"],
    note: "predikat of the IKA is Tinggi for a capaian of 95.16 (52.34 / 55); above 90 is Sangat Tinggi by note 2",
    truth: `PREDIKAT(${a("c", PLANT_P.id)})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tpa"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2-${a("r", "tpa")}/${a("t", "tpa")})*100,2)`,
    trap: `ROUND(${a("r", "tpa")}/${a("t", "tpa")}*100,2)`,
  });
  for (const id of ["iklh", "ika", "iku", "kelola"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  }
  for (const id of ["iklh", "iku", "kelola", "tpa"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b;
}

type SpmIn = { id: string; jenis: string; mutu: string; sas: number; lay: number };

/** SPM bidang sosial 2024 of Dinas Sosial Kabupaten Pasisia Ombilin (Sumatera Barat). */
export function spmDinsos(): BookW {
  const b = new BookW(
    "spm-sosial-layanan-dinsos-pasisiaombilin.xlsx",
    "SPM report (Dinas Sosial)",
    "SPM bidang sosial 2024: jumlah sasaran, jumlah terlayani, persentase per layanan",
  );
  const S = "SPM Sosial 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASISIA OMBILIN",
    "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
  ]);
  s.lines(["LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL BIDANG SOSIAL", "TAHUN 2024"]);
  s.gap();
  const rows: SpmIn[] = [
    {
      id: "dis",
      jenis: "Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti",
      mutu: "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
      sas: 412,
      lay: 386,
    },
    {
      id: "anak",
      jenis: "Rehabilitasi sosial dasar anak terlantar di luar panti",
      mutu: "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
      sas: 268,
      lay: 241,
    },
    {
      id: "lansia",
      jenis: "Rehabilitasi sosial dasar lanjut usia terlantar di luar panti",
      mutu: "Persentase lanjut usia terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
      sas: 1_135,
      lay: 962,
    },
    {
      id: "gepeng",
      jenis: "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti",
      mutu: "Persentase gelandangan dan pengemis yang terpenuhi kebutuhan dasarnya di luar panti",
      sas: 57,
      lay: 49,
    },
    {
      id: "bencana",
      jenis:
        "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota",
      mutu: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat dan setelah tanggap darurat",
      sas: 1_840,
      lay: 1_840,
    },
  ];
  // planted 1: the lansia persentase is a typed 87.46 (962 / 1,135 = 84.76, digits swapped)
  const PLANT_T = { id: "lansia", v: 87.46 };
  // planted 2: the anak terlantar persentase is a formula with a stale cached 98.51 (241 / 268 = 89.93)
  const PLANT_S = { id: "anak", v: 98.51 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "jenis", head: ["Jenis Layanan Dasar"], num: "(2)", width: 40 },
    { key: "mutu", head: ["Indikator Mutu Layanan"], role: "indikator", num: "(3)", width: 44 },
    {
      key: "sas",
      head: ["Capaian Penerima Layanan (orang)", "Jumlah Sasaran"],
      role: "target",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "lay",
      head: ["Capaian Penerima Layanan (orang)", "Jumlah Terlayani"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "pct",
      head: ["Persentase (%)"],
      role: "capaian",
      year: 2024,
      num: "(6) = (5) : (4) x 100",
      fmt: DEC,
    },
    { key: "ket", head: ["Kendala / Keterangan"], role: "keterangan", num: "(7)", width: 26 },
  ];
  const ket: Record<string, string> = {
    lansia: "Sebagian lansia berpindah domisili",
    anak: "Verifikasi DTKS belum selesai",
    bencana: "Banjir Februari dan longsor November",
  };
  const ids = rows.map((r) => r.id);
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      jenis: x.jenis,
      mutu: x.mutu,
      sas: x.sas,
      lay: x.lay,
      pct:
        x.id === PLANT_T.id
          ? PLANT_T.v
          : fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`, x.id === PLANT_S.id ? PLANT_S.v : undefined),
      ket: ket[x.id] ?? "-",
    }),
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "mutu"],
    cells: (c) => ({
      no: "JUMLAH / CAPAIAN SPM BIDANG SOSIAL",
      sas: fx(`SUM(${c.a("sas", ids[0])}:${c.a("sas", ids[ids.length - 1])})`),
      lay: fx(`SUM(${c.a("lay", ids[0])}:${c.a("lay", ids[ids.length - 1])})`),
      pct: fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Sumber data: DTKS dan laporan pekerja sosial masyarakat (PSM) per nagari."]);
  s.gap();
  signature(s, 5, {
    tempat: "Painan Ombilin, 10 Januari 2025",
    jabatan: ["Kepala Dinas"],
    nama: "Drs. HENDRA PUTRA MALIN KAYO",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690303 199403 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ratio = (id: string) => `ROUND(${a("lay", id)}/${a("sas", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_T.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "persentase of the lanjut usia terlantar is a typed 87.46 among ROUND formulas; 962 / 1,135 gives 84.76",
    truth: ratio(PLANT_T.id),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_S.id) },
    rules: ["capaian-mismatch"],
    note: "persentase of the anak terlantar =ROUND(E/D*100,2) caches a stale 98.51; 241 / 268 gives 89.93",
    truth: ratio(PLANT_S.id),
  });
  for (const id of ["dis", "gepeng", "bencana"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: ratio(id),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: ratio("tot"),
    trap: `SUM(${a("pct", ids[0])}:${a("pct", ids[ids.length - 1])})`,
  });
  for (const k of ["sas", "lay"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}
