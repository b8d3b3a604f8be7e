// LKjIP, PK beside its Renstra, and two recaps of the invented Dinas Perpustakaan of Kabupaten
// Lembah Sirih (Jambi) and Kota Tanjung Pamali (Kalimantan Barat): perpustakaan keliling per
// kecamatan, pembinaan perpustakaan kelurahan / sekolah per triwulan, mutasi koleksi.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const cap = (pos: boolean, t: string, r: string) =>
  pos ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 pengukuran kinerja of the Dinas Perpustakaan Lembah Sirih; refleksi on the negative row. */
export function lkjipPustaka(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dispusip-lembah-sirih-literasi.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perpustakaan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas with refleksi on the negative row; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Pengukuran Kinerja Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sirih Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Nilai Tingkat Kegemaran Membaca (TGM)",
      sat: "nilai",
      pos: true,
      r23: 59.7,
      t: 64,
      r: 61.85,
    },
    {
      id: "i2",
      ind: "Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "indeks",
      pos: true,
      r23: 51.2,
      t: 62,
      r: 55.4,
    },
    {
      id: "i3",
      ind: "Persentase koleksi bahan pustaka dalam kondisi rusak",
      sat: "%",
      pos: false,
      r23: 9.8,
      t: 8,
      r: 9.2,
    },
    {
      id: "i4",
      ind: "Jumlah kunjungan ke perpustakaan daerah dan keliling",
      sat: "orang",
      pos: true,
      r23: 88_420,
      t: 95_000,
      r: 96_150,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
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
          sas: "Meningkatnya minat baca dan literasi masyarakat",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the kunjungan row keeps a stale cached result (110.21; the formula gives 101.21)
          c: x.id === "i4" ? fx(cap(true, c.a("t"), c.a("r")), 110.21) : fx(cap(x.pos, c.a("t"), c.a("r"))),
          // planted: IPLM 89.35 called Sangat Baik
          p: { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Baik", i4: "Sangat Baik" }[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator koleksi rusak bersifat negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Jumlah kunjungan is =ROUND(R/T*100,2) with a stale cached 110.21; 96,150 / 95,000 gives 101.21",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for IPLM capaian 89.35 (55.4 / 62); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(false, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Perpustakaan Kota Tanjung Pamali, with the Renstra 2025-2029 targets. */
export function pkPustaka(): BookW {
  const b = new BookW(
    "pk-2025-dinpus-tanjung-pamali-dengan-renstra.xlsx",
    "PK 2025 with Renstra (Dinas Perpustakaan)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target 2025 | Satuan; No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra Dinpus': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra Dinpus";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Nilai Tingkat Kegemaran Membaca (TGM)",
      sat: "nilai",
      awal: 58.2,
      k: [60, 62.5, 65, 67.5, 70],
    },
    {
      id: "b",
      ind: "Indeks Pembangunan Literasi Masyarakat",
      sat: "indeks",
      awal: 54.1,
      k: [56, 58.5, 61, 63.5, 66],
    },
    {
      id: "c",
      ind: "Persentase kelurahan yang dijangkau perpustakaan keliling",
      sat: "%",
      awal: 62,
      k: [66, 70, 75, 80, 85],
    },
    {
      id: "d",
      ind: "Jumlah koleksi bahan pustaka perpustakaan daerah",
      sat: "eksemplar",
      awal: 84_300,
      k: [89_800, 95_800, 101_800, 108_300, 114_800],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Utama Dinas Perpustakaan Kota Tanjung Pamali", "Renstra 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERPUSTAKAAN KOTA TANJUNG PAMALI"]);
  pk.lines([
    "Pada tahun 2025 ini Dinas Perpustakaan berkomitmen mewujudkan target kinerja sebagai berikut,",
    "dengan anggaran yang tercantum pada tabel program di bawah ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the keliling target is the Renstra 2026 value (70; 2025 is 66)
      cells: {
        no: i + 1,
        sas: "Meningkatnya budaya baca masyarakat kota",
        ind: x.ind,
        tg: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_215_640_000 },
    { id: "p2", nm: "Program Pembinaan Perpustakaan", rp: 3_870_900_000 },
    { id: "p3", nm: "Program Pelestarian Koleksi Nasional dan Naskah Kuno", rp: 412_350_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD" } })),
      // planted: typed Jumlah 8,398,890,000; the programs add up to 8,498,890,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 8_398_890_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Pamali, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN"],
    nama: "HERMANSYAH ABDUL GANI, S.Sos., M.AP.",
    nip: "19760522 200212 1 003",
  });
  const q = (ref: string) => `'${R}'!${ref}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 70 for Persentase kelurahan dijangkau perpustakaan keliling is the Renstra 2026 target; the Renstra 2025 target is 66",
    truth: q(rt.a("y2025", "c")),
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 8,398,890,000; the three programs add up to 8,498,890,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: q(rt.a("y2025", id)) });
  for (const x of ind)
    b.ok({
      sheet: R,
      cell: rt.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", x.id),
      trap: YS.map((y) => rt.a(`y${y}`, x.id)).join("+"),
    });
  return b.finish();
}

/** Perpustakaan keliling per kecamatan, Lembah Sirih 2024: % desa terlayani and pengunjung. */
export function kelilingKecamatan(): BookW {
  const b = new BookW(
    "rekap-mobil-keliling-per-kecamatan-2024-lembah-sirih.xlsx",
    "Rekap perpustakaan keliling per kecamatan",
    "(1) No | (2) Kecamatan | (3) Jumlah Desa | (4) Desa Dikunjungi | (5) = (4)/(3) x 100 | Pengunjung (6) Anak | (7) Dewasa | (8) = (6)+(7) | (9) Eksemplar dipinjam; typed values; JUMLAH row with SUM and a ratio of totals",
  );
  const S = "Keliling 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LEMBAH SIRIH", "UPT PERPUSTAKAAN KELILING"]);
  s.lines(["Rekapitulasi Layanan Mobil Perpustakaan Keliling per Kecamatan", "Januari - Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sirih Hulu", d: 18, v: 14, an: 2_145, dw: 612, ek: 5_870 },
    { id: "k2", nm: "Batang Sirih", d: 15, v: 12, an: 1_730, dw: 488, ek: 4_915 },
    { id: "k3", nm: "Pematang Lumut", d: 22, v: 16, an: 1_986, dw: 1_326, ek: 6_402 },
    { id: "k4", nm: "Sungai Rambai", d: 13, v: 11, an: 1_204, dw: 377, ek: 3_318 },
    { id: "k5", nm: "Talang Kemuning", d: 17, v: 13, an: 1_562, dw: 540, ek: 4_106 },
  ];
  const PG = "Pengunjung (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "d", head: ["Jumlah Desa"], num: "(3)", fmt: INT },
    { key: "v", head: ["Desa yang Dikunjungi"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    {
      key: "p",
      head: ["% Desa Terlayani"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
    },
    { key: "an", head: [PG, "Anak/Pelajar"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "dw", head: [PG, "Dewasa"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "j", head: [PG, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (6)+(7)", fmt: INT },
    { key: "ek", head: ["Eksemplar Dipinjam"], role: "realisasi", year: 2024, num: "(9)", fmt: INT },
  ];
  const pct = (v: number, d: number) => Math.round((v / d) * 10_000) / 100;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          nm: x.nm,
          d: x.d,
          v: x.v,
          // planted: Sungai Rambai's % is (3)/(4) = 118.18 instead of (4)/(3) = 84.62
          p: x.id === "k4" ? pct(x.d, x.v) : pct(x.v, x.d),
          an: x.an,
          dw: x.dw,
          // planted: Pematang Lumut's Jumlah typed 3,412 (1,986 + 1,326 = 3,312)
          j: x.id === "k3" ? 3_412 : x.an + x.dw,
          ek: x.ek,
        },
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["d", "v", "an", "dw", "j", "ek"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`)]),
          ),
          p: fx(`ROUND(${c.a("v")}/${c.a("d")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: buku kunjungan mobil perpustakaan keliling (2 unit)."]);
  s.gap();
  signature(s, 7, {
    tempat: "Muara Sirih, 8 Januari 2025",
    jabatan: ["KEPALA UPT PERPUSTAKAAN KELILING"],
    nama: "RAHMAD HIDAYAT, S.IP.",
    nip: "19850417 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "% desa terlayani of Sungai Rambai is 118.18 (13 / 11, inverted); 11 of 13 desa give 84.62, and no kecamatan can exceed 100",
    truth: `ROUND(${a("v", "k4")}/${a("d", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch"],
    note: "Jumlah pengunjung of Pematang Lumut is 3,412; 1,986 + 1,326 = 3,312",
    truth: `${a("an", "k3")}+${a("dw", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("v", "tot")}/${a("d", "tot")}*100,2)`,
    trap: `ROUND((${K.map((x) => `${a("v", x.id)}/${a("d", x.id)}`).join("+")})/5*100,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("v", id)}/${a("d", id)}*100,2)`,
    });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("an", id)}+${a("dw", id)}` });
  for (const k of ["d", "v", "ek"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: K.map((x) => a(k, x.id)).join("+") });
  return b.finish();
}

/** Two tables side by side, Tanjung Pamali 2024: pembinaan per triwulan and the mutasi koleksi. */
export function pembinaanKoleksi(): BookW {
  const b = new BookW(
    "triwulan-pembinaan-dan-mutasi-koleksi-2024-tanjung-pamali.xlsx",
    "Rekap pembinaan per triwulan and mutasi koleksi, side by side",
    "left: Periode | Perpustakaan kelurahan dibina | sekolah dibina | (4)=(2)+(3) | % kelurahan terakreditasi (cumulative level), TW I-IV and a Tahun 2024 row; right (after one empty column): Jenis koleksi | Awal | Penambahan | Penghapusan | Akhir (5)=(2)+(3)-(4) with Jumlah",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG PAMALI", "DINAS PERPUSTAKAAN"]);
  s.lines(["Rekapitulasi Pembinaan Perpustakaan dan Mutasi Koleksi Tahun 2024"]);
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", nm: "Triwulan I", kel: 6, sek: 14, pct: 18.4 },
    { id: "q2", nm: "Triwulan II", kel: 9, sek: 21, pct: 21.1 },
    { id: "q3", nm: "Triwulan III", kel: 11, sek: 25, pct: 25 },
    { id: "q4", nm: "Triwulan IV", kel: 8, sek: 12, pct: 28.9 },
  ];
  const L = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        {
          key: "kel",
          head: ["Perpustakaan Kelurahan Dibina"],
          role: "realisasi",
          year: 2024,
          num: "(2)",
          fmt: INT,
        },
        {
          key: "sek",
          head: ["Perpustakaan Sekolah Dibina"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        { key: "j", head: ["Jumlah Dibina"], role: "realisasi", year: 2024, num: "(4) = (2)+(3)", fmt: INT },
        {
          key: "pct",
          head: ["% Perpustakaan Kelurahan Terakreditasi (kumulatif)"],
          role: "realisasi",
          year: 2024,
          num: "(5)",
          fmt: DEC,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...Q.map((x): Row => ({
          id: x.id,
          cells: { tw: x.nm, kel: x.kel, sek: x.sek, j: x.kel + x.sek, pct: x.pct },
        })),
        {
          id: "th",
          bold: true,
          cells: (c) => ({
            tw: "Tahun 2024",
            kel: fx(`SUM(${c.a("kel", "q1")}:${c.a("kel", "q4")})`),
            // planted: the year's sekolah total sums TW I-III only (60; the four quarters give 72)
            sek: fx(`SUM(${c.a("sek", "q1")}:${c.a("sek", "q3")})`),
            j: fx(`SUM(${c.a("j", "q1")}:${c.a("j", "q4")})`),
            pct: fx(c.a("pct", "q4")),
          }),
        },
      ],
    },
    1,
    top,
  );
  const C = [
    { id: "c1", nm: "Karya umum dan referensi", aw: 12_430, tb: 1_120, hp: 85 },
    { id: "c2", nm: "Fiksi", aw: 28_915, tb: 2_740, hp: 410 },
    { id: "c3", nm: "Nonfiksi", aw: 36_208, tb: 3_315, hp: 262 },
    { id: "c4", nm: "Terbitan berkala", aw: 6_744, tb: 860, hp: 1_020 },
    { id: "c5", nm: "Koleksi muatan lokal", aw: 1_382, tb: 214, hp: 0 },
  ];
  const Rt = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis Koleksi"], num: "(1)", width: 24 },
        { key: "aw", head: ["Awal Tahun 2024"], role: "kondisi-awal", year: 2024, num: "(2)", fmt: INT },
        { key: "tb", head: ["Penambahan"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
        { key: "hp", head: ["Penghapusan"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
        {
          key: "ak",
          head: ["Akhir Tahun 2024"],
          role: "realisasi",
          year: 2024,
          num: "(5) = (2)+(3)-(4)",
          fmt: INT,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        // planted: Nonfiksi akhir adds the penghapusan (39,785); 36,208 + 3,315 - 262 = 39,261
        ...C.map((x): Row => ({
          id: x.id,
          cells: {
            nm: x.nm,
            aw: x.aw,
            tb: x.tb,
            hp: x.hp,
            ak: x.id === "c3" ? x.aw + x.tb + x.hp : x.aw + x.tb - x.hp,
          },
        })),
        {
          id: "jm",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            ...Object.fromEntries(
              ["aw", "tb", "hp", "ak"].map((k) => [k, fx(`SUM(${c.a(k, "c1")}:${c.a(k, "c5")})`)]),
            ),
          }),
        },
      ],
    },
    L.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: persentase akreditasi adalah posisi kumulatif pada akhir triwulan (tidak dijumlahkan).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Pamali, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMBINAAN DAN PENGEMBANGAN KOLEKSI"],
    nama: "SITI MARLIANA, S.Hum.",
    nip: "19820930 200604 2 008",
  });
  const l = (k: string, id: string) => L.a(k, id);
  const r = (k: string, id: string) => Rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: l("sek", "th") },
    rules: ["sum-mismatch"],
    note: "Tahun 2024 perpustakaan sekolah dibina is =SUM over TW I-III (60); the four quarters give 72",
    truth: Q.map((x) => l("sek", x.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: r("ak", "c3") },
    rules: ["sum-mismatch"],
    note: "Nonfiksi akhir tahun 39,785 adds the penghapusan; 36,208 + 3,315 - 262 = 39,261",
    truth: `${r("aw", "c3")}+${r("tb", "c3")}-${r("hp", "c3")}`,
  });
  b.ok({
    sheet: S,
    cell: l("pct", "th"),
    rules: ["sum-mismatch"],
    truth: l("pct", "q4"),
    trap: Q.map((x) => l("pct", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: l("kel", "th"),
    rules: ["sum-mismatch"],
    truth: Q.map((x) => l("kel", x.id)).join("+"),
  });
  for (const x of Q)
    b.ok({
      sheet: S,
      cell: l("j", x.id),
      rules: ["sum-mismatch"],
      truth: `${l("kel", x.id)}+${l("sek", x.id)}`,
    });
  for (const id of ["c1", "c2", "c4", "c5"])
    b.ok({
      sheet: S,
      cell: r("ak", id),
      rules: ["sum-mismatch"],
      truth: `${r("aw", id)}+${r("tb", id)}-${r("hp", id)}`,
    });
  for (const k of ["aw", "tb", "hp"])
    b.ok({ sheet: S, cell: r(k, "jm"), rules: ["sum-mismatch"], truth: C.map((x) => r(k, x.id)).join("+") });
  return b.finish();
}
