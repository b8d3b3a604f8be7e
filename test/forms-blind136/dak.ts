// The Dinas PUPR's money and asset recaps: the contract progress of the DAK fisik bidang jalan packages of a
// kabupaten in Jambi (pagu, nilai kontrak after the tender savings, uang muka and termin, % keuangan against the
// contract, progres fisik) and a recap of the kondisi jalan kabupaten and jembatan per kecamatan of a kabupaten in
// Nusa Tenggara Timur, two tables side by side. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Paket = {
  id: string;
  nama: string;
  kec: string;
  pagu: number;
  kontrak: number;
  um: number;
  termin: number | string;
  fisik: number;
};

export function dakJalanJambi(): BookW {
  const b = new BookW(
    "progres-kontrak-dak-fisik-jalan-sarolangun-hilir-2024.xlsx",
    "Laporan progres kontrak DAK fisik",
    "Laporan realisasi DAK fisik bidang jalan 2024 per paket of a Dinas PUPR in Jambi: No | Nama Paket / Ruas | Kecamatan | Pagu DAK (Rp) | Nilai Kontrak (Rp) | 'Realisasi Keuangan (Rp)' > Uang Muka 30% | Termin / Pelunasan | Jumlah | % Keuangan thd Kontrak | Progres Fisik (%) | Sisa Kontrak (Rp); number row 1 .. 11 with '8 = 6 + 7', '9 = 8 / 5 x 100', '11 = 5 - 8'; JUMLAH row",
  );
  const S = "DAK Jalan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SAROLANGUN HILIR",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Lintas Tengah Sumatera No. 14 Sarolangun Hilir",
  ]);
  s.lines([
    "LAPORAN PROGRES FISIK DAN KEUANGAN KONTRAK DAK FISIK BIDANG JALAN",
    "TAHUN ANGGARAN 2024 (posisi 31 Desember 2024)",
  ]);
  s.gap();
  const P: Paket[] = [
    {
      id: "p1",
      nama: "Rekonstruksi Jalan Ruas Lubuk Resam - Pulau Aro",
      kec: "Cermin Nan Gedang",
      pagu: 4_850_000_000,
      kontrak: 4_612_380_000,
      um: 1_383_714_000,
      termin: 2_998_047_000,
      fisik: 100,
    },
    {
      id: "p2",
      nama: "Peningkatan Jalan Ruas Bukit Bulan - Sungai Abang",
      kec: "Limun Hulu",
      pagu: 3_920_000_000,
      kontrak: 3_744_150_000,
      um: 1_123_245_000,
      termin: 1_872_075_000,
      fisik: 86.4,
    },
    {
      id: "p3",
      nama: "Pembangunan Jembatan Sungai Limun (bentang 30 m)",
      kec: "Limun",
      pagu: 2_750_000_000,
      kontrak: 2_598_720_000,
      um: 779_616_000,
      termin: 2_019_104_000,
      fisik: 100,
    },
    {
      id: "p4",
      nama: "Rehabilitasi Jalan Ruas Mandiangin - Pemusiran",
      kec: "Mandiangin",
      pagu: 2_180_000_000,
      kontrak: 2_046_900_000,
      um: 614_070_000,
      termin: 1_330_485_000,
      fisik: 100,
    },
    {
      id: "p5",
      nama: "Pembangunan Drainase Jalan Pasar Singkut",
      kec: "Singkut",
      pagu: 1_240_000_000,
      kontrak: 1_178_450_000,
      um: 353_535_000,
      termin: 589_225_000,
      fisik: 92.15,
    },
    {
      id: "p6",
      nama: "Pemeliharaan Berkala Ruas Tanjung - Batu Empang",
      kec: "Pelawan",
      pagu: 1_560_000_000,
      kontrak: 1_497_600_000,
      um: 449_280_000,
      termin: "-",
      fisik: 41.25,
    },
  ];
  const RK = "Realisasi Keuangan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nama", head: ["Nama Paket / Ruas"], num: 2, width: 40 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 3, width: 16 },
    { key: "pagu", head: ["Pagu DAK (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 16 },
    { key: "kon", head: ["Nilai Kontrak (Rp)"], num: 5, fmt: RP, width: 16 },
    {
      key: "um",
      head: [RK, "Uang Muka 30%"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 16,
    },
    {
      key: "ter",
      head: [RK, "Termin / Pelunasan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 16,
    },
    {
      key: "jml",
      head: [RK, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 6 + 7",
      fmt: RP,
      width: 16,
    },
    { key: "pk", head: ["% Keuangan thd Kontrak"], num: "9 = 8 / 5 x 100", fmt: DEC, width: 11 },
    { key: "fis", head: ["Progres Fisik (%)"], num: 10, fmt: DEC, width: 10 },
    { key: "sisa", head: ["Sisa Kontrak (Rp)"], num: "11 = 5 - 8", fmt: RP, width: 16 },
  ];
  const sc = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "p1")}:${x.a(k, "p6")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((p, n): Row => ({
        id: p.id,
        cells: (x) => ({
          no: n + 1,
          nama: p.nama,
          kec: p.kec,
          pagu: p.pagu,
          kon: p.kontrak,
          um: p.um,
          ter: p.termin,
          jml: fx(`SUM(${x.a("um")}:${x.a("ter")})`),
          // planted: Pasar Singkut's % typed against the pagu (76.03) instead of the contract
          pk: p.id === "p5" ? 76.03 : fx(`ROUND(${x.a("jml")}/${x.a("kon")}*100,2)`),
          fis: p.fisik,
          sisa: fx(`${x.a("kon")}-${x.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          pagu: sc("pagu", x),
          kon: sc("kon", x),
          um: sc("um", x),
          ter: sc("ter", x),
          jml: sc("jml", x),
          pk: fx(`ROUND(${x.a("jml")}/${x.a("kon")}*100,2)`),
          sisa: sc("sisa", x),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: nilai kontrak lebih kecil dari pagu karena efisiensi hasil tender; persentase keuangan dihitung terhadap nilai kontrak.",
    "Retensi 5 % ditahan s.d. masa pemeliharaan pada paket Lubuk Resam - Pulau Aro dan Mandiangin - Pemusiran. Paket Pemeliharaan Berkala Ruas Tanjung - Batu Empang: termin belum diajukan (addendum waktu s.d. 28 Februari 2025).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sarolangun Hilir, 6 Januari 2025",
    jabatan: ["Kepala Dinas PUPR,"],
    nama: "H. AZWAR SYAMSUDDIN, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780221 200501 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jml", "p3") },
        { sheet: S, cell: a("pk", "p3") },
        { sheet: S, cell: a("ter", "p3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Jembatan Sungai Limun: the pelunasan is typed 2,019,104,000 (70 % of the contract is 1,819,104,000), so the Jumlah 2,798,720,000 is above the contract of 2,598,720,000 (107.70 %, Sisa -200,000,000)",
    truth: a("kon", "p3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pk", "p5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Keuangan of Drainase Pasar Singkut is a typed 76.03 (the Jumlah against the pagu) among ROUND(8/5*100) formulas; 942,760,000 / 1,178,450,000 gives 80.00",
    truth: `ROUND(${a("jml", "p5")}/${a("kon", "p5")}*100,2)`,
  });
  for (const id of ["p1", "p2", "p4", "p6"]) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `${a("um", id)}+${id === "p6" ? 0 : a("ter", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("sisa", id),
      rules: ["sum-mismatch"],
      truth: `${a("kon", id)}-${a("jml", id)}`,
    });
  }
  // traps: % keuangan is against the contract, not the pagu
  for (const id of ["p1", "p2", "p4", "p6"])
    b.ok({
      sheet: S,
      cell: a("pk", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("kon", id)}*100,2)`,
      trap: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
  for (const k of ["pagu", "kon", "um"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p6")})` });
  return b.finish();
}

type Kec = {
  id: string;
  nama: string;
  baik: number;
  sedang: number;
  rr: number;
  rb: number;
  jb: number;
  jbb: number;
  jrr: number;
  jrb: number;
};

export function rekapKondisiNtt(): BookW {
  const b = new BookW(
    "rekap-kondisi-jalan-jembatan-kecamatan-lembata-barat-2024.xlsx",
    "Rekap sektor: kondisi jalan dan jembatan kabupaten",
    "Rekap kondisi jalan kabupaten per kecamatan 2024 of a Dinas PUPR in Nusa Tenggara Timur (No | Kecamatan | Panjang (km) | 'Kondisi Jalan (km)' > Baik | Sedang | Rusak Ringan | Rusak Berat | Mantap (km) | % Mantap; number row (1) .. (9) with (8)=(4)+(5), (9)=(8)/(3)x100) and beside it, after an empty column, the jembatan: Kecamatan | Jumlah (unit) | Baik | Rusak Ringan | Rusak Berat | % Baik; TOTAL rows",
  );
  const S = "Kondisi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBATA BARAT",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "BIDANG BINA MARGA",
  ]);
  s.lines([
    "REKAPITULASI KONDISI JALAN DAN JEMBATAN KABUPATEN MENURUT KECAMATAN",
    "Keadaan s.d. 31 Desember 2024 (hasil survei IRI / PCI)",
  ]);
  s.gap();
  const K: Kec[] = [
    {
      id: "k1",
      nama: "Nubatukan Barat",
      baik: 38.42,
      sedang: 21.15,
      rr: 9.6,
      rb: 6.83,
      jb: 14,
      jbb: 11,
      jrr: 2,
      jrb: 1,
    },
    {
      id: "k2",
      nama: "Ile Ape Selatan",
      baik: 22.7,
      sedang: 17.35,
      rr: 11.2,
      rb: 14.95,
      jb: 9,
      jbb: 6,
      jrr: 2,
      jrb: 1,
    },
    {
      id: "k3",
      nama: "Lebatukan Raya",
      baik: 31.05,
      sedang: 24.8,
      rr: 6.45,
      rb: 4.1,
      jb: 12,
      jbb: 10,
      jrr: 1,
      jrb: 1,
    },
    {
      id: "k4",
      nama: "Atadei Hilir",
      baik: 12.3,
      sedang: 15.65,
      rr: 13.9,
      rb: 21.25,
      jb: 15,
      jbb: 14,
      jrr: 1,
      jrb: 0,
    },
    {
      id: "k5",
      nama: "Wulandoni Timur",
      baik: 18.9,
      sedang: 12.4,
      rr: 8.75,
      rb: 16.3,
      jb: 7,
      jbb: 4,
      jrr: 2,
      jrb: 1,
    },
    {
      id: "k6",
      nama: "Nagawutung Laut",
      baik: 26.55,
      sedang: 19.2,
      rr: 7.35,
      rb: 5.9,
      jb: 10,
      jbb: 8,
      jrr: 1,
      jrb: 1,
    },
  ];
  const KJ = "Kondisi Jalan (km)";
  const jalanCols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "pj", head: ["Panjang Jalan Kabupaten (km)"], num: "(3)", fmt: DEC, width: 11 },
    { key: "b", head: [KJ, "Baik"], num: "(4)", fmt: DEC, width: 9 },
    { key: "sd", head: [KJ, "Sedang"], num: "(5)", fmt: DEC, width: 9 },
    { key: "rr", head: [KJ, "Rusak Ringan"], num: "(6)", fmt: DEC, width: 9 },
    { key: "rb", head: [KJ, "Rusak Berat"], num: "(7)", fmt: DEC, width: 9 },
    { key: "m", head: ["Mantap (km)"], num: "(8)=(4)+(5)", fmt: DEC, width: 10 },
    {
      key: "pm",
      head: ["% Kondisi Mantap"],
      role: "realisasi",
      year: 2024,
      num: "(9)=(8)/(3)x100",
      fmt: DEC,
      width: 10,
    },
  ];
  const top = s.r;
  const tot = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`);
  const jt = s.table(
    {
      cols: jalanCols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k, n): Row => ({
          id: k.id,
          cells: (x) => ({
            no: n + 1,
            kec: k.nama,
            pj: fx(`SUM(${x.a("b")}:${x.a("rb")})`),
            b: k.baik,
            sd: k.sedang,
            rr: k.rr,
            rb: k.rb,
            // planted: Atadei Hilir's mantap typed 37.95 (Baik + Rusak Ringan + ... copied from a draft)
            m: k.id === "k4" ? 37.95 : fx(`${x.a("b")}+${x.a("sd")}`),
            // planted: Ile Ape Selatan's % keeps a cached result from before the survey revision
            pm: fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`, k.id === "k2" ? 65.52 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (x) => ({
            no: "TOTAL",
            pj: tot("pj", x),
            b: tot("b", x),
            sd: tot("sd", x),
            rr: tot("rr", x),
            rb: tot("rb", x),
            m: tot("m", x),
            pm: fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const JB = "Kondisi Jembatan (unit)";
  const bt = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(10)", width: 18 },
        { key: "j", head: ["Jumlah Jembatan (unit)"], num: "(11)", fmt: INT, width: 10 },
        { key: "b", head: [JB, "Baik"], num: "(12)", fmt: INT, width: 8 },
        { key: "rr", head: [JB, "Rusak Ringan"], num: "(13)", fmt: INT, width: 8 },
        { key: "rb", head: [JB, "Rusak Berat"], num: "(14)", fmt: INT, width: 8 },
        {
          key: "pb",
          head: ["% Jembatan Kondisi Baik"],
          role: "realisasi",
          year: 2024,
          num: "(15)=(12)/(11)x100",
          fmt: DEC,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k): Row => ({
          id: k.id,
          cells: (x) => ({
            kec: k.nama,
            j: fx(`SUM(${x.a("b")}:${x.a("rb")})`),
            b: k.jbb,
            rr: k.jrr,
            rb: k.jrb,
            pb: fx(`ROUND(${x.a("b")}/${x.a("j")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "TOTAL",
            j: fx(`SUM(${x.a("j", "k1")}:${x.a("j", "k6")})`),
            b: fx(`SUM(${x.a("b", "k1")}:${x.a("b", "k6")})`),
            rr: fx(`SUM(${x.a("rr", "k1")}:${x.a("rr", "k6")})`),
            rb: fx(`SUM(${x.a("rb", "k1")}:${x.a("rb", "k6")})`),
            pb: fx(`ROUND(${x.a("b")}/${x.a("j")}*100,2)`),
          }),
        },
      ],
    },
    jalanCols.length + 2,
    top,
  );
  s.gap();
  s.lines([
    "Keterangan: jalan mantap = kondisi baik + sedang; persentase baris TOTAL dihitung dari jumlah, bukan rata-rata kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lewoleba Barat, 14 Januari 2025",
    jabatan: ["KEPALA BIDANG BINA MARGA,"],
    nama: "PAULUS DOMI LAMAWURAN, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820705 200903 1 002",
  });
  const a = (k: string, id: string) => jt.a(k, id);
  const c = (k: string, id: string) => bt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("m", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Mantap of Atadei Hilir is a typed 37.95 among (4)+(5) formulas; Baik 12.30 + Sedang 15.65 give 27.95",
    truth: `${a("b", "k4")}+${a("sd", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pm", "k2") },
    rules: ["capaian-mismatch"],
    note: "% Kondisi Mantap of Ile Ape Selatan is =ROUND((8)/(3)*100,2) with a stale cached 65.52 (before the survey revision); 40.05 km / 66.20 km gives 60.50",
    truth: `ROUND(${a("m", "k2")}/${a("pj", "k2")}*100,2)`,
  });
  for (const k of K) {
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("m", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("b", k.id)}+${a("sd", k.id)}`,
      });
    if (k.id !== "k4" && k.id !== "k2")
      b.ok({
        sheet: S,
        cell: a("pm", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("m", k.id)}/${a("pj", k.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: c("j", k.id),
      rules: ["sum-mismatch"],
      truth: `${c("b", k.id)}+${c("rr", k.id)}+${c("rb", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: c("pb", k.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${c("b", k.id)}/${c("j", k.id)}*100,2)`,
    });
  }
  for (const k of ["pj", "b", "sd", "rr", "rb"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  // trap: the TOTAL bridge rate is the ratio of the totals, not the average of the kecamatan
  b.ok({
    sheet: S,
    cell: c("pb", "tot"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(SUM(${c("b", "k1")}:${c("b", "k6")})/${c("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${c("pb", "k1")}:${c("pb", "k6")}),2)`,
  });
  return b.finish();
}
