// Sector recaps of Dinas Koperasi, UKM dan Perdagangan offices: the UMKM registration recap per kecamatan of
// Kabupaten Flores Watubala (NTT) with NIB, SPP-IRT and sertifikat halal, and a Jawa Barat kabupaten's sheet with
// two tables side by side: the IKU targets 2025-2029 and the pameran transactions of 2024. Every name and
// number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kec = [string, number, number, number, number, number, number, number];

export function rekapUmkmWatubala(): BookW {
  const b = new BookW(
    "rekap-umkm-halal-pirt-per-kecamatan-flores-watubala.xlsx",
    "rekap pendataan UMKM per kecamatan (Dinas Koperasi, UKM dan Perdagangan)",
    "recap per kecamatan 2024 of a Dinas KUKM dan Perdagangan in NTT: No | Kecamatan | Desa/Kel. | 'UMKM Terdaftar (unit)' > Mikro | Kecil | Menengah | Jumlah | 'Legalitas dan Sertifikasi (unit)' > NIB | SPP-IRT | Sertifikat Halal | % Halal thd UMKM; number row (1) .. '(7)=(4)+(5)+(6)' .. '(11)=(10)/(7)x100'; JUMLAH row with the ratio of the totals",
  );
  const S = "Rekap UMKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN FLORES WATUBALA",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN",
    "Jl. Ahmad Yani No. 3, Watubala - Nusa Tenggara Timur",
  ]);
  s.lines(["REKAPITULASI PENDATAAN UMKM DAN LEGALITAS USAHA PER KECAMATAN", "KEADAAN S.D. 31 DESEMBER 2024"]);
  s.gap();
  // kecamatan, desa, mikro, kecil, menengah, NIB, SPP-IRT, halal
  const kec: Kec[] = [
    ["Watubala", 14, 2345, 186, 14, 1620, 412, 298],
    ["Lewokluok", 9, 1187, 74, 5, 803, 196, 131],
    ["Nangahale Timur", 12, 1534, 102, 8, 1088, 254, 187],
    ["Boru Kedang", 8, 968, 51, 3, 611, 142, 96],
    ["Waiklibang", 11, 1276, 88, 6, 905, 231, 164],
    ["Lato Ile", 7, 931, 76, 5, 702, 188, 150],
    ["Hokeng Jaya", 10, 1458, 97, 9, 1011, 267, 203],
    ["Konga Utara", 6, 812, 43, 2, 540, 118, 77],
  ];
  const U = "UMKM Terdaftar (unit)";
  const L = "Legalitas dan Sertifikasi (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "desa", head: ["Jumlah Desa/ Kel."], num: "(3)", fmt: INT, width: 8 },
    { key: "mi", head: [U, "Mikro"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 9 },
    { key: "ke", head: [U, "Kecil"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 9 },
    { key: "me", head: [U, "Menengah"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 9 },
    {
      key: "ju",
      head: [U, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7)=(4)+(5)+(6)",
      fmt: INT,
      width: 10,
    },
    { key: "nib", head: [L, "NIB"], role: "realisasi", year: 2024, num: "(8)", fmt: INT, width: 9 },
    { key: "pirt", head: [L, "SPP-IRT"], role: "realisasi", year: 2024, num: "(9)", fmt: INT, width: 9 },
    {
      key: "hal",
      head: [L, "Sertifikat Halal"],
      role: "realisasi",
      year: 2024,
      num: "(10)",
      fmt: INT,
      width: 9,
    },
    {
      key: "pc",
      head: ["% Halal thd UMKM"],
      role: "capaian",
      year: 2024,
      num: "(11)=(10)/(7)x100",
      fmt: DEC,
      width: 10,
    },
  ];
  const keys = ["desa", "mi", "ke", "me", "nib", "pirt", "hal"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: `k${i + 1}`,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: i + 1, kec: k[0] };
          keys.forEach((key, j) => (out[key] = k[j + 1]));
          // planted: Nangahale Timur's Jumlah is typed 1,464 (1,534 + 102 + 8 = 1,644)
          out.ju = i === 2 ? 1464 : fx(`${c.a("mi")}+${c.a("ke")}+${c.a("me")}`);
          // planted: Lato Ile's % is typed 148.20 (150 / 1,012 = 14.82, the decimal point slipped)
          out.pc = i === 5 ? 148.2 : fx(`ROUND(${c.a("hal")}/${c.a("ju")}*100,2)`);
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const key of keys) out[key] = fx(`SUM(${c.a(key, "k1")}:${c.a(key, "k8")})`);
          out.ju = fx(`${c.a("mi")}+${c.a("ke")}+${c.a("me")}`);
          out.pc = fx(`ROUND(${c.a("hal")}/${c.a("ju")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: pendataan UMKM oleh pendamping kecamatan, OSS RBA (NIB) dan Sihalal BPJPH.",
    "*) data sementara, belum termasuk UMKM binaan Dinas Kelautan dan Perikanan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Watubala, 15 Januari 2025",
    jabatan: ["Kepala Bidang Usaha Mikro,"],
    nama: "FRANSISKA ROSE KOTEN, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19850412 201001 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ju", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah UMKM of Nangahale Timur is a typed 1,464 among (4)+(5)+(6) formulas; 1,534 + 102 + 8 give 1,644",
    truth: `${a("mi", "k3")}+${a("ke", "k3")}+${a("me", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "k6") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% halal of Lato Ile is a typed 148.20, above 100 %; 150 / 1,012 x 100 gives 14.82",
    truth: `ROUND(${a("hal", "k6")}/${a("ju", "k6")}*100,2)`,
  });
  for (let i = 1; i <= 8; i++) {
    const id = `k${i}`;
    if (i !== 3)
      b.ok({
        sheet: S,
        cell: a("ju", id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: `${a("mi", id)}+${a("ke", id)}+${a("me", id)}`,
      });
    if (i !== 3 && i !== 6)
      b.ok({
        sheet: S,
        cell: a("pc", id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("hal", id)}/${a("ju", id)}*100,2)`,
      });
  }
  for (const key of keys)
    b.ok({
      sheet: S,
      cell: a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(key, "k1")}:${a(key, "k8")})`,
    });
  // the total share is the ratio of the totals, not the kecamatan percentages added or averaged
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("hal", "k1")}:${a("hal", "k8")})/(SUM(${a("mi", "k1")}:${a("mi", "k8")})+SUM(${a("ke", "k1")}:${a("ke", "k8")})+SUM(${a("me", "k1")}:${a("me", "k8")}))*100,2)`,
    trap: `SUM(${a("pc", "k1")}:${a("pc", "k8")})`,
  });
  return b.finish();
}

// ========================================= Kabupaten Pasirwangi Kidul (Jawa Barat), IKU and pameran side by side

type Iku = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };
type Pam = [string, string, string, number, number, number];

export function ikuPameranPasirwangi(): BookW {
  const b = new BookW(
    "iku-target-dan-transaksi-pameran-pasirwangi-kidul.xlsx",
    "IKU targets and pameran transactions side by side (Dinas Koperasi, UKM dan Perdagangan)",
    "one sheet, two tables separated by an empty column: Tabel 1 IKU No | Indikator Kinerja Utama | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029; Tabel 2 (taller) No | Nama Pameran | Bulan | Peserta UMKM | 'Nilai Transaksi (Rp juta)' > Penjualan Langsung | Kontrak Dagang | Total | Rata-rata per Peserta; Jumlah row",
  );
  const S = "IKU dan Pameran";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASIRWANGI KIDUL",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN",
  ]);
  s.lines(["Lampiran I: Target IKU 2025-2029 dan Rekap Nilai Transaksi Pameran UMKM Tahun 2024"]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const iku: Iku[] = [
    {
      id: "a1",
      ind: "Nilai ekspor produk daerah",
      sat: "juta USD",
      awal: 42.6,
      tg: [45.2, 48.1, 51.3, 54.8, 58.5],
      f: DEC,
    },
    { id: "a2", ind: "Persentase UMKM go digital", sat: "%", awal: 31.4, tg: [35, 39, 43, 47, 51], f: DEC },
    {
      id: "a3",
      ind: "Jumlah UMKM bersertifikat halal (kumulatif)",
      sat: "unit",
      awal: 3850,
      tg: [4600, 5400, 6250, 7150, 8100],
      f: INT,
    },
    {
      id: "a4",
      ind: "Rata-rata waktu layanan penerbitan SPP-IRT",
      sat: "hari kerja",
      awal: 12,
      tg: [11, 10, 9, 8, 7],
      f: "0",
    },
    // planted: 2027 typed 245 (24.50 with the decimal lost)
    {
      id: "a5",
      ind: "Nilai transaksi pameran produk UMKM",
      sat: "Rp miliar",
      awal: 18.75,
      tg: [20.5, 22.4, 245, 26.8, 29.3],
      f: DEC,
    },
  ];
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
        { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
        ...years.map((y): Col => ({
          key: `y${y}`,
          head: ["Target", String(y)],
          role: "target",
          year: y,
          fmt: undefined,
          width: 9,
        })),
      ],
      headerRows: 2,
      rows: iku.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: { v: x.awal, fmt: x.f },
          ...Object.fromEntries(years.map((y, k) => [`y${y}`, { v: x.tg[k], fmt: x.f }])),
        },
      })),
    },
    1,
    top,
  );
  const pam: Pam[] = [
    ["p1", "Pasirwangi Expo UMKM", "Maret", 64, 1_284.5, 860],
    ["p2", "Gelar Produk Halal Jawa Barat", "Mei", 38, 742.25, 415],
    ["p3", "Festival Kopi dan Kuliner Priangan", "Juli", 52, 968.4, 1_120],
    ["p4", "INACRAFT (paviliun kabupaten)", "Agustus", 12, 436.8, 2_350],
    ["p5", "Trade Expo Indonesia", "Oktober", 8, 215.6, 3_780.5],
    ["p6", "Bazar UMKM Akhir Tahun", "Desember", 71, 1_105.75, 0],
  ];
  const N = "Nilai Transaksi (Rp juta)";
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Nama Pameran"], role: "indikator", width: 30 },
        { key: "bl", head: ["Bulan"], width: 10 },
        { key: "ps", head: ["Peserta UMKM (unit)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
        { key: "pl", head: [N, "Penjualan Langsung"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
        { key: "kd", head: [N, "Kontrak Dagang"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
        { key: "tt", head: [N, "Total"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
        { key: "rr", head: ["Rata-rata per Peserta (Rp juta)"], role: "lainnya", fmt: DEC, width: 12 },
      ],
      headerRows: 2,
      rows: [
        ...pam.map(([id, nm, bl, ps, pl, kd], i): Row => ({
          id,
          cells: (c: Ctx) => ({
            no: i + 1,
            nm,
            bl,
            ps,
            pl,
            kd: kd === 0 ? { v: 0, fmt: '#,##0.00;-#,##0.00;"-"' } : kd,
            // planted: the Festival Kopi row adds Penjualan Langsung twice (formula copied wrong)
            tt: fx(id === "p3" ? `${c.a("pl")}+${c.a("pl")}` : `${c.a("pl")}+${c.a("kd")}`),
            rr: fx(`ROUND(${c.a("tt")}/${c.a("ps")},2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "bl"],
          cells: (c: Ctx) => ({
            no: "Jumlah",
            ps: fx(`SUM(${c.a("ps", "p1")}:${c.a("ps", "p6")})`),
            pl: fx(`SUM(${c.a("pl", "p1")}:${c.a("pl", "p6")})`),
            kd: fx(`SUM(${c.a("kd", "p1")}:${c.a("kd", "p6")})`),
            tt: fx(`${c.a("pl")}+${c.a("kd")}`),
            rr: fx(`ROUND(${c.a("tt")}/${c.a("ps")},2)`),
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: waktu layanan SPP-IRT semakin kecil semakin baik; kontrak dagang dicatat menurut nilai MoU/PO yang ditandatangani.",
  ]);
  s.gap();
  signature(s, t1.right + 5, {
    tempat: "Pasirwangi, 10 Februari 2025",
    jabatan: ["Kepala Dinas Koperasi, UKM dan Perdagangan,"],
    nama: "Drs. ASEP SAEFUL ROCHMAN, M.Si.",
    nip: "19690227 199403 1 004",
  });

  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("y2027", "a5") },
    rules: ["target-outlier"],
    note: "2027 target of the nilai transaksi pameran is 245 among 20.50, 22.40, 26.80, 29.30 (Rp miliar); the path gives 24.50, the decimal point lost",
    truth: "24.5",
  });
  b.plant({
    at: { sheet: S, cell: a2("tt", "p3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Total of the Festival Kopi dan Kuliner Priangan is =Penjualan+Penjualan (968.40 twice = 1,936.80) where every other row adds the Kontrak Dagang; 968.40 + 1,120.00 give 2,088.40",
    truth: `${a2("pl", "p3")}+${a2("kd", "p3")}`,
  });
  // a falling target is right for the lower-is-better waktu layanan
  b.ok({ sheet: S, cell: a1("y2029", "a4"), rules: ["target-trend"], truth: "7" });
  for (const id of ["a1", "a2", "a3"])
    b.ok({
      sheet: S,
      cell: a1("y2027", id),
      rules: ["target-outlier"],
      truth: String(iku.find((x) => x.id === id)!.tg[2]),
    });
  for (const id of ["p1", "p2", "p4", "p5", "p6"]) {
    b.ok({
      sheet: S,
      cell: a2("tt", id),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: `${a2("pl", id)}+${a2("kd", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a2("rr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a2("tt", id)}/${a2("ps", id)},2)`,
    });
  }
  for (const k of ["ps", "pl", "kd"])
    b.ok({
      sheet: S,
      cell: a2(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2(k, "p1")}:${a2(k, "p6")})`,
    });
  // the Jumlah's rata-rata per peserta is the total over all participants, not the row averages added
  b.ok({
    sheet: S,
    cell: a2("rr", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((SUM(${a2("pl", "p1")}:${a2("pl", "p6")})+SUM(${a2("kd", "p1")}:${a2("kd", "p6")}))/${a2("ps", "j")},2)`,
    trap: `SUM(${a2("rr", "p1")}:${a2("rr", "p6")})`,
  });
  return b.finish();
}
