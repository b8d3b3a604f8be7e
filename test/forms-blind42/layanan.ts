// Services of Kota Cigadung Raya (Jawa Barat): the monthly issuance report of the Disdukcapil (KTP-el,
// KK, akta kelahiran as flows, the coverage of akta a level) with the akta coverage per kecamatan on
// a second sheet, and the SPM kesehatan table of the Dinas Kesehatan with its twelve service
// indicators. Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, sum, type Col, type Ctx } from "../forms/kit";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** Rekap penerbitan dokumen kependudukan 2024, Disdukcapil Kota Cigadung Raya. */
export function dokumenDukcapilCigadung(): BookW {
  const b = new BookW(
    "penerbitan-dokumen-bulanan-disdukcapil-cigadung-raya-2024.xlsx",
    "monthly issuance of population documents with akta coverage (Disdukcapil kota)",
    "sheet 'Rekap Bulanan': No | Bulan | Dokumen yang Diterbitkan > KTP-el (keping) / Kartu Keluarga (lembar) / Akta Kelahiran (lembar) | Cakupan Akta Kelahiran Anak 0-18 Th (%), row 'Jumlah / Posisi Akhir' sums the flows and repeats December's level; sheet 'Akta per Kecamatan': Kecamatan | Jumlah Anak 0-18 Th | Memiliki Akta | Cakupan (%) with a ratio total",
  );
  const S = "Rekap Bulanan";
  const SK = "Akta per Kecamatan";
  // ---- kecamatan sheet data
  const kec = [
    { id: "k1", n: "Cigadung Kaler", anak: 28_415, akta: 27_306 },
    { id: "k2", n: "Sukaraja Wetan", anak: 31_862, akta: 30_118 },
    { id: "k3", n: "Pasirkaliki Girang", anak: 24_097, akta: 23_184 },
    { id: "k4", n: "Cibeureum Hilir", anak: 35_540, akta: 33_497 },
    { id: "k5", n: "Margaluyu", anak: 19_736, akta: 18_912 },
    { id: "k6", n: "Babakan Sirna", anak: 22_958, akta: 21_631 },
  ];
  const decCov = round((sum(kec.map((k) => k.akta)) / sum(kec.map((k) => k.anak))) * 100);
  const ktp = [3_412, 2_986, 3_705, 2_641, 3_318, 3_127, 3_890, 3_544, 3_206, 3_671, 3_402, 4_118];
  const kk = [2_875, 2_610, 3_044, 2_398, 2_917, 2_736, 3_185, 2_962, 2_804, 3_097, 2_889, 3_326];
  const akta = [1_246, 1_118, 1_307, 1_052, 1_189, 1_163, 1_278, 1_231, 1_204, 1_265, 1_192, 1_347];
  const cov = [93.12, 93.3, 93.47, 93.61, 93.79, 93.94, 94.12, 94.29, 94.45, 94.63, 94.8, decCov];
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CIGADUNG RAYA",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Siliwangi No. 27 Cigadung Raya",
  ]);
  s.lines(["REKAPITULASI PENERBITAN DOKUMEN KEPENDUDUKAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const DOK = "Dokumen yang Diterbitkan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: "(2)", width: 14 },
    {
      key: "ktp",
      head: [DOK, "KTP-el (keping)"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 13,
    },
    {
      key: "kk",
      head: [DOK, "Kartu Keluarga (lembar)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 13,
    },
    {
      key: "ak",
      head: [DOK, "Akta Kelahiran (lembar)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 13,
    },
    {
      key: "cov",
      head: ["Cakupan Akta Kelahiran Anak 0-18 Th (%)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: DEC,
      width: 16,
    },
  ];
  const m1 = "m0";
  const m12 = "m11";
  const kkAll = sum(kk);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((n, i) => ({
        id: `m${i}`,
        cells:
          i === 11
            ? () => ({
                no: i + 1,
                bln: n,
                ktp: ktp[i],
                kk: kk[i],
                ak: akta[i],
                cov: fx(`ROUND('${SK}'!E12,2)`),
              })
            : { no: i + 1, bln: n, ktp: ktp[i], kk: kk[i], ak: akta[i], cov: cov[i] },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) => ({
          no: "Jumlah / Posisi Akhir",
          ktp: fx(`SUM(${x.a("ktp", m1)}:${x.a("ktp", m12)})`),
          // planted: saved with manual calculation before December was keyed in
          kk: fx(`SUM(${x.a("kk", m1)}:${x.a("kk", m12)})`, kkAll - kk[11]),
          ak: fx(`SUM(${x.a("ak", m1)}:${x.a("ak", m12)})`),
          cov: fx(x.a("cov", m12)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(
    ["Cakupan akta kelahiran adalah posisi akhir bulan (bukan jumlah); sumber: SIAK, 31 Desember 2024."],
    1,
  );
  s.gap();
  signature(s, 4, {
    tempat: "Cigadung Raya, 8 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan", "dan Pencatatan Sipil,"],
    nama: "YUDI NURJAMAN, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19750316 200003 1 002",
  });
  // ---- kecamatan sheet: three title lines, so that its total is E12
  const k = b.sheet(SK);
  k.lines(
    [
      "CAKUPAN KEPEMILIKAN AKTA KELAHIRAN ANAK USIA 0-18 TAHUN PER KECAMATAN",
      "Posisi 31 Desember 2024",
      "Sumber data: SIAK Terpusat (konsolidasi DKB Semester II 2024)",
    ],
    1,
    {
      bold: true,
    },
  );
  k.gap();
  const kc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
    { key: "anak", head: ["Jumlah Anak 0-18 Th (jiwa)"], role: "target", year: 2024, fmt: INT, width: 15 },
    {
      key: "akta",
      head: ["Memiliki Akta Kelahiran (jiwa)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 15,
    },
    { key: "c", head: ["Cakupan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
  ];
  const kt = k.table({
    cols: kc,
    headerRows: 1,
    rows: [
      ...kec.map((q, i) => ({
        id: q.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: q.n,
          anak: q.anak,
          akta: q.akta,
          // planted: Cibeureum Hilir typed 92.45 over the formula (33,497 / 35,540 = 94.25)
          c: q.id === "k4" ? 92.45 : fx(`ROUND(${x.a("akta")}/${x.a("anak")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x: Ctx) => ({
          no: "Kota Cigadung Raya",
          anak: fx(`SUM(${x.a("anak", "k1")}:${x.a("anak", "k6")})`),
          akta: fx(`SUM(${x.a("akta", "k1")}:${x.a("akta", "k6")})`),
          c: fx(`${x.a("akta")}/${x.a("anak")}*100`),
        }),
      },
    ],
  });
  if (kt.a("c", "tot") !== "E12") throw new Error(`dukcapil: total at ${kt.a("c", "tot")}`);
  const a = (key: string, id: string) => t.a(key, id);
  const ka = (key: string, id: string) => kt.a(key, id);
  b.plant({
    at: { sheet: S, cell: a("kk", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah KK = SUM(Januari:Desember) with a stale cached result ${kkAll - kk[11]} (the total before December's ${kk[11]} was keyed); the twelve months give ${kkAll}`,
    truth: `SUM(${a("kk", m1)}:${a("kk", m12)})`,
  });
  b.plant({
    at: { sheet: SK, cell: ka("c", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "cakupan of Cibeureum Hilir typed 92.45 among formulas (digits swapped); 33,497 / 35,540 = 94.25",
    truth: `ROUND(${ka("akta", "k4")}/${ka("anak", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cov", "jml"),
    rules: ["sum-mismatch"],
    truth: a("cov", m12),
    trap: `SUM(${a("cov", m1)}:${a("cov", m12)})/12`,
  });
  b.ok({
    sheet: S,
    cell: a("cov", m12),
    rules: ["cross-table-mismatch"],
    truth: `ROUND('${SK}'!${ka("c", "tot")},2)`,
  });
  for (const key of ["ktp", "ak"])
    b.ok({
      sheet: S,
      cell: a(key, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(key, m1)}:${a(key, m12)})`,
    });
  b.ok({
    sheet: SK,
    cell: ka("c", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `${ka("akta", "tot")}/${ka("anak", "tot")}*100`,
    trap: `SUM(${ka("c", "k1")}:${ka("c", "k6")})`,
  });
  b.ok({
    sheet: SK,
    cell: ka("c", "k3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ka("akta", "k3")}/${ka("anak", "k3")}*100,2)`,
  });
  return b.finish();
}

type Spm = { id: string; n: string; sas: number; lay: number; ket?: string };

/** Capaian SPM bidang kesehatan 2024, Dinas Kesehatan Kota Cigadung Raya. */
export function spmKesehatanCigadung(): BookW {
  const b = new BookW(
    "capaian-spm-kesehatan-12-layanan-cigadung-raya-2024.xlsx",
    "SPM kesehatan, twelve service indicators (Dinas Kesehatan kota)",
    "No | Jenis Pelayanan Dasar | Penerima Layanan Dasar > Jumlah Sasaran / Mendapat Pelayanan Sesuai Standar | Capaian (%) | Keterangan; a closing row 'Indeks Capaian SPM' averages the twelve percentages",
  );
  const S = "SPM Kesehatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CIGADUNG RAYA",
    "DINAS KESEHATAN",
    "LAPORAN PENERAPAN STANDAR PELAYANAN MINIMAL BIDANG KESEHATAN",
    "TAHUN 2024",
  ]);
  const rows: Spm[] = [
    { id: "s1", n: "Pelayanan kesehatan ibu hamil", sas: 12_480, lay: 11_905 },
    {
      id: "s2",
      n: "Pelayanan kesehatan ibu bersalin",
      sas: 11_915,
      lay: 12_436,
      ket: "Termasuk persalinan warga luar kota di RS rujukan",
    },
    { id: "s3", n: "Pelayanan kesehatan bayi baru lahir", sas: 11_350, lay: 11_092 },
    { id: "s4", n: "Pelayanan kesehatan balita", sas: 54_620, lay: 47_318 },
    { id: "s5", n: "Pelayanan kesehatan pada usia pendidikan dasar", sas: 118_450, lay: 109_862 },
    { id: "s6", n: "Pelayanan kesehatan pada usia produktif", sas: 462_300, lay: 301_415 },
    { id: "s7", n: "Pelayanan kesehatan pada usia lanjut", sas: 68_240, lay: 52_118 },
    { id: "s8", n: "Pelayanan kesehatan penderita hipertensi", sas: 98_730, lay: 61_204 },
    { id: "s9", n: "Pelayanan kesehatan penderita diabetes melitus", sas: 17_860, lay: 15_447 },
    { id: "s10", n: "Pelayanan kesehatan orang dengan gangguan jiwa berat", sas: 1_284, lay: 1_197 },
    { id: "s11", n: "Pelayanan kesehatan orang terduga tuberkulosis", sas: 14_560, lay: 13_012 },
    {
      id: "s12",
      n: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV",
      sas: 21_430,
      lay: 18_775,
    },
  ];
  const P = "Penerima Layanan Dasar (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "a", width: 5 },
    { key: "n", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: "b", width: 44 },
    { key: "sas", head: [P, "Jumlah Sasaran"], role: "target", year: 2024, num: "c", fmt: INT, width: 14 },
    {
      key: "lay",
      head: [P, "Mendapat Pelayanan Sesuai Standar"],
      role: "realisasi",
      year: 2024,
      num: "d",
      fmt: INT,
      width: 16,
    },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "e = d / c x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "f", width: 30 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((q, i) => ({
        id: q.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          n: q.n,
          sas: q.sas,
          lay: q.lay,
          // planted: hipertensi typed with digits swapped (69.19 for 61.99); ODGJ divided by the TBC sasaran
          c:
            q.id === "s8"
              ? 69.19
              : q.id === "s10"
                ? fx(`ROUND(${x.a("lay")}/${x.a("sas", "s11")}*100,2)`)
                : fx(`ROUND(${x.a("lay")}/${x.a("sas")}*100,2)`),
          ket: q.ket,
        }),
      })),
      {
        id: "idx",
        bold: true,
        span: ["no", "lay"] as [string, string],
        cells: (x: Ctx) => ({
          no: "Indeks Capaian SPM Bidang Kesehatan (rata-rata 12 layanan)",
          c: fx(`ROUND(AVERAGE(${x.a("c", "s1")}:${x.a("c", "s12")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(
    ["Sumber: laporan puskesmas dan rumah sakit se-Kota Cigadung Raya, diolah Seksi Kesehatan Keluarga."],
    1,
  );
  s.gap();
  signature(s, 4, {
    tempat: "Cigadung Raya, 27 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kota Cigadung Raya,"],
    nama: "dr. RINI HANDAYANI SOEMANTRI, M.K.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19760524 200312 2 005",
  });
  const a = (key: string, id: string) => t.a(key, id);
  b.plant({
    at: { sheet: S, cell: a("c", "s8") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "capaian of hipertensi typed 69.19 among formulas (digits swapped); 61,204 / 98,730 = 61.99",
    truth: `ROUND(${a("lay", "s8")}/${a("sas", "s8")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "s10") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of ODGJ berat divides its 1,197 served by the TBC row's sasaran 14,560 (8.22); by its own sasaran 1,284 it is 93.22",
    truth: `ROUND(${a("lay", "s10")}/${a("sas", "s10")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "s2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("lay", "s2")}/${a("sas", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "idx"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("c", "s1")}:${a("c", "s12")}),2)`,
    trap: `SUM(${a("c", "s1")}:${a("c", "s12")})`,
  });
  for (const id of ["s6", "s12"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("lay", id)}/${a("sas", id)}*100,2)`,
    });
  return b.finish();
}
