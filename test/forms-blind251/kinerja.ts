// LKjIP, PK with its Renstra, the recap of mangrove planting per kecamatan and the quarterly
// POKMASWAS / abrasi recap of the two DKP (Teluk Sangkar, Sulawesi Tenggara; Pantai Lirang,
// Kalimantan Barat). Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const pct = (num: string, den: string) => `ROUND(${num}/${den}*100,2)`;

/** LKjIP 2024 pengukuran kinerja of the DKP Teluk Sangkar: refleksi on the negative rows. */
export function lkjipMangrove(): BookW {
  const b = new BookW(
    "lkjip-2024-mangrove-abrasi-dkp-teluk-sangkar.xlsx",
    "LKjIP pengukuran kinerja (DKP mangrove)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on the negative rows (abrasi, penebangan liar); predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Dinas Kelautan dan Perikanan Kabupaten Teluk Sangkar Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas ekosistem mangrove dan pesisir";
  const SAS2 = "Meningkatnya pengawasan sumber daya pesisir berbasis masyarakat";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase luas mangrove dalam kondisi baik",
      sat: "%",
      neg: false,
      r0: 58.2,
      t: 64,
      r: 65.1,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Survival rate bibit mangrove yang ditanam",
      sat: "%",
      neg: false,
      r0: 76.5,
      t: 78,
      r: 78.4,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Panjang garis pantai terabrasi",
      sat: "km",
      neg: true,
      r0: 15.9,
      t: 14.5,
      r: 12.8,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Jumlah kasus penebangan liar mangrove",
      sat: "kasus",
      neg: true,
      r0: 8,
      t: 6,
      r: 9,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Jumlah POKMASWAS yang aktif melapor",
      sat: "kelompok",
      neg: false,
      r0: 9,
      t: 14,
      r: 11,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) => (neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : pct(r, t));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024 },
  ];
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Kurang",
    i5: "Baik",
  };
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
        r0: x.r0,
        t: x.t,
        r: x.r,
        // planted: the POKMASWAS row caches 87.50 (the 2023 formula's result), the formula gives 78.57
        c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i5" ? 87.5 : undefined),
        // planted: "Kurang" for 50.00 (<= 50 is Sangat Kurang)
        p: words[x.id],
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator abrasi dan penebangan liar berpolaritas negatif, capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Jumlah POKMASWAS aktif is =ROUND(R/T*100,2) with a stale cached 87.50; 11 / 14 gives 78.57",
    truth: cap(false, a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Kurang' for a capaian of 50.00 ((2 x 6 - 9) / 6); <= 50 is Sangat Kurang",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: pct(a("r", id), a("t", id)),
    });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala DKP Kota Pantai Lirang, beside its Renstra 2025-2029 targets. */
export function pkPesisir(): BookW {
  const b = new BookW(
    "pk-2025-dkp-pesisir-pantai-lirang.xlsx",
    "PK 2025 with Renstra (DKP pesisir)",
    "sheet 'Perjanjian Kinerja 2025': statement, No | Sasaran | Indikator | Target (merged over Nilai | Satuan); Kode | Program | Anggaran with a typed Jumlah; sheet 'Target Renstra': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Target Renstra";
  const P = "Perjanjian Kinerja 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase garis pantai kritis yang tertangani",
      sat: "%",
      awal: 22.5,
      k: [27, 32, 37, 42, 47],
    },
    { id: "b", ind: "Luas tutupan mangrove", sat: "ha", awal: 1_240, k: [1_280, 1_325, 1_370, 1_420, 1_475] },
    {
      id: "c",
      ind: "Persentase garis pantai terabrasi",
      sat: "%",
      awal: 18.4,
      k: [17.5, 16.2, 15, 13.8, 12.5],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Matriks Target Indikator Kinerja Utama Renstra DKP Kota Pantai Lirang 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: Object.assign(
        { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, ak: x.k[4] },
        Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
      ),
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KELAUTAN DAN PERIKANAN KOTA PANTAI LIRANG"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the abrasi target is the Renstra 2027 value 15 (2025: 17.5)
      cells: {
        no: i + 1,
        sas: "Terpulihkannya ekosistem pesisir dan berkurangnya abrasi",
        ind: x.ind,
        tg: x.id === "c" ? 15 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.25.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_215_600_000,
    },
    {
      id: "p2",
      kode: "3.25.02",
      nm: "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil",
      rp: 2_864_250_000,
    },
    { id: "p3", kode: "3.25.03", nm: "Program Pengelolaan Perikanan Tangkap", rp: 1_938_400_000 },
    { id: "p4", kode: "3.25.05", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 742_800_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD" },
      })),
      // planted: a typed Jumlah with two digits swapped
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 9_716_050_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pantai Lirang, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "H. SYARIF MUHAMMAD ALKADRIE, S.Pi., M.M.",
    nip: "19800317 200604 1 012",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase garis pantai terabrasi is 15, the Renstra 2027 target; the Renstra 2025 target is 17.5",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 9,716,050,000; the four programs add up to 9,761,050,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Recap of mangrove planting per kecamatan, DKP Teluk Sangkar 2024: survival rate and shares. */
export function rekapTanamMangrove(): BookW {
  const b = new BookW(
    "rekap-tanam-mangrove-per-kecamatan-teluk-sangkar.xlsx",
    "Rekap penanaman mangrove per kecamatan (DKP)",
    "per kecamatan: desa pesisir | luas tanam (ha) | bibit ditanam | bibit hidup | survival rate (7) = (6)/(5) x 100 | porsi luas (8) = (4)/jumlah (4) x 100; number row with identities; Jumlah row with SUM and a ratio of totals",
  );
  const S = "Rekap Tanam 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK SANGKAR",
    "Bidang Pengelolaan Pesisir dan Pulau-Pulau Kecil",
  ]);
  s.lines([
    "Rekapitulasi Penanaman dan Monitoring Mangrove per Kecamatan Tahun 2024",
    "(monitoring umur 6 bulan)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lamboa Utara", desa: 6, ha: 8.5, tanam: 34_000, hidup: 27_540 },
    { id: "k2", nm: "Tanjung Wolio", desa: 4, ha: 5, tanam: 20_000, hidup: 15_200 },
    { id: "k3", nm: "Kabaena Timur", desa: 7, ha: 11.5, tanam: 46_000, hidup: 38_640 },
    { id: "k4", nm: "Sangkar Pesisir", desa: 5, ha: 6.5, tanam: 26_000, hidup: 19_240 },
    { id: "k5", nm: "Kolono Barat", desa: 3, ha: 2.5, tanam: 10_000, hidup: 9_350 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "desa", head: ["Jumlah Desa Pesisir Lokasi Tanam"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "ha", head: ["Penanaman", "Luas (ha)"], role: "realisasi", year: 2024, num: "(4)", fmt: DEC },
    {
      key: "tanam",
      head: ["Penanaman", "Bibit Ditanam (batang)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "hidup",
      head: ["Monitoring", "Bibit Hidup (batang)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    {
      key: "sr",
      head: ["Monitoring", "Survival Rate (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6)/(5) x 100",
      fmt: DEC,
    },
    {
      key: "porsi",
      head: ["Porsi Luas Tanam (%)"],
      role: "lainnya",
      num: "(8) = (4)/Jml (4) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          ha: k.ha,
          tanam: k.tanam,
          hidup: k.hidup,
          // planted: Kabaena Timur's survival rate typed 108.40 (38,640 / 46,000 = 84.00)
          sr: k.id === "k3" ? 108.4 : fx(pct(x.a("hidup"), x.a("tanam"))),
          porsi: fx(pct(x.a("ha"), `$${x.c("ha")}$${x.row("jml")}`)),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "Jumlah",
          // planted: one row short
          desa: fx(`SUM(${x.a("desa", "k1")}:${x.a("desa", "k4")})`),
          ha: fx(`SUM(${x.a("ha", "k1")}:${x.a("ha", "k5")})`),
          tanam: fx(`SUM(${x.a("tanam", "k1")}:${x.a("tanam", "k5")})`),
          hidup: fx(`SUM(${x.a("hidup", "k1")}:${x.a("hidup", "k5")})`),
          sr: fx(pct(x.a("hidup"), x.a("tanam"))),
          porsi: fx(`SUM(${x.a("porsi", "k1")}:${x.a("porsi", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan monitoring kelompok tani mangrove, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const all = (k: string) => K.map((x) => a(k, x.id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("sr", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Survival rate of Kabaena Timur is a typed 108.40 % among formulas; it cannot exceed 100 and 38,640 / 46,000 gives 84.00",
    truth: pct(a("hidup", "k3"), a("tanam", "k3")),
  });
  b.plant({
    at: { sheet: S, cell: a("desa", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah desa pesisir is =SUM over the first four kecamatan (22); with Kolono Barat's 3 it is 25",
    truth: all("desa"),
  });
  for (const k of ["ha", "tanam", "hidup"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: all(k) });
  b.ok({
    sheet: S,
    cell: a("sr", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: pct(a("hidup", "jml"), a("tanam", "jml")),
    trap: `ROUND(AVERAGE(${a("sr", "k1")}:${a("sr", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("sr", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: pct(a("hidup", id), a("tanam", id)),
    });
  b.ok({
    sheet: S,
    cell: a("porsi", "k3"),
    rules: ["ratio-components-mismatch"],
    truth: pct(a("ha", "k3"), a("ha", "jml")),
  });
  return b.finish();
}

/** POKMASWAS patrols per quarter beside the abrasi monitoring per kecamatan, DKP Pantai Lirang 2024. */
export function pokmaswasAbrasi(): BookW {
  const b = new BookW(
    "pokmaswas-patroli-abrasi-pantai-lirang-2024.xlsx",
    "Rekap POKMASWAS per triwulan dan abrasi per kecamatan (DKP)",
    "two tables side by side (one empty column): per triwulan patroli | laporan | ditindaklanjuti | % (5) = (4)/(3) x 100 | POKMASWAS aktif (a level, Jumlah = posisi TW IV); per kecamatan garis pantai | terabrasi | % terabrasi | rehabilitasi mangrove (ha), with a TOTAL row",
  );
  const S = "POKMASWAS dan Abrasi";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PANTAI LIRANG", "DINAS KELAUTAN DAN PERIKANAN"]);
  const top = s.r;
  s.put(top, 1, "A. Kegiatan Pengawasan POKMASWAS per Triwulan Tahun 2024", { bold: true });
  s.put(top, 8, "B. Pemantauan Abrasi Pantai per Kecamatan Tahun 2024", { bold: true });
  const Q = [
    { id: "q1", nm: "Triwulan I", pat: 18, lap: 7, tl: 6, aktif: 9 },
    { id: "q2", nm: "Triwulan II", pat: 24, lap: 11, tl: 9, aktif: 11 },
    { id: "q3", nm: "Triwulan III", pat: 27, lap: 9, tl: 9, aktif: 12 },
    { id: "q4", nm: "Triwulan IV", pat: 21, lap: 6, tl: 4, aktif: 12 },
  ];
  const ta = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], role: "lainnya", num: "(1)", width: 14 },
        { key: "pat", head: ["Patroli Bersama (kali)"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
        {
          key: "lap",
          head: ["Pelanggaran", "Dilaporkan (kasus)"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "tl",
          head: ["Pelanggaran", "Ditindaklanjuti (kasus)"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
        },
        {
          key: "pc",
          head: ["Pelanggaran", "% Ditindaklanjuti"],
          role: "capaian",
          year: 2024,
          num: "(5) = (4)/(3) x 100",
          fmt: DEC,
        },
        {
          key: "ak",
          head: ["POKMASWAS Aktif (kelompok, akhir periode)"],
          role: "realisasi",
          year: 2024,
          num: "(6)",
          fmt: INT,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (x) => ({
            tw: q.nm,
            pat: q.pat,
            lap: q.lap,
            tl: q.tl,
            pc: fx(pct(x.a("tl"), x.a("lap"))),
            ak: q.aktif,
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            // planted: typed 96; the quarters give 90
            pat: 96,
            lap: fx(`SUM(${x.a("lap", "q1")}:${x.a("lap", "q4")})`),
            tl: fx(`SUM(${x.a("tl", "q1")}:${x.a("tl", "q4")})`),
            pc: fx(pct(x.a("tl"), x.a("lap"))),
            ak: fx(x.a("ak", "q4")),
          }),
        },
      ],
    },
    1,
    top + 1,
  );
  const KC = [
    { id: "c1", nm: "Pantai Lirang Utara", gp: 14.2, ab: 3.1, reh: 6.5 },
    { id: "c2", nm: "Pantai Lirang Barat", gp: 9.8, ab: 2.6, reh: 4 },
    { id: "c3", nm: "Sungai Kakap Hilir", gp: 21.5, ab: 5.4, reh: 11 },
    { id: "c4", nm: "Tanjung Setapuk", gp: 7.3, ab: 0.9, reh: 2.5 },
    { id: "c5", nm: "Pulau Lemukutan Kecil", gp: 12.6, ab: 1.8, reh: 3 },
  ];
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 22 },
        { key: "gp", head: ["Garis Pantai", "Panjang (km)"], role: "lainnya", fmt: DEC },
        { key: "ab", head: ["Garis Pantai", "Terabrasi (km)"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "pa", head: ["Garis Pantai", "Terabrasi (%)"], role: "capaian", year: 2024, fmt: DEC },
        { key: "reh", head: ["Rehabilitasi Mangrove (ha)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...KC.map((k, i): Row => ({
          id: k.id,
          cells: (x) => ({
            no: i + 1,
            nm: k.nm,
            gp: k.gp,
            ab: k.ab,
            // planted: stale cached 21.54 for Sungai Kakap Hilir; 5.4 / 21.5 gives 25.12
            pa: fx(pct(x.a("ab"), x.a("gp")), k.id === "c3" ? 21.54 : undefined),
            reh: k.reh,
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => ({
            no: "TOTAL",
            gp: fx(`SUM(${x.a("gp", "c1")}:${x.a("gp", "c5")})`),
            ab: fx(`SUM(${x.a("ab", "c1")}:${x.a("ab", "c5")})`),
            pa: fx(pct(x.a("ab"), x.a("gp"))),
            reh: fx(`SUM(${x.a("reh", "c1")}:${x.a("reh", "c5")})`),
          }),
        },
      ],
    },
    8,
    top + 1,
  );
  s.gap();
  s.lines([
    "*) Persentase total = jumlah terabrasi / jumlah panjang garis pantai, bukan rata-rata kecamatan.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Pantai Lirang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pengawasan Sumber Daya Kelautan"],
    nama: "RATNA JUWITA SIREGAR, S.Pi.",
    nip: "19850822 201001 2 009",
  });
  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("pat", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah patroli bersama is a typed 96; the four quarters 18+24+27+21 give 90",
    truth: Q.map((q) => A("pat", q.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: B("pa", "c3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "% terabrasi of Sungai Kakap Hilir caches a stale 21.54; =ROUND(5.4/21.5*100,2) gives 25.12",
    truth: pct(B("ab", "c3"), B("gp", "c3")),
  });
  b.ok({
    sheet: S,
    cell: A("pc", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: pct(A("tl", "jml"), A("lap", "jml")),
    trap: `ROUND(AVERAGE(${A("pc", "q1")}:${A("pc", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: A("ak", "jml"),
    rules: ["sum-mismatch"],
    truth: A("ak", "q4"),
    trap: Q.map((q) => A("ak", q.id)).join("+"),
  });
  for (const k of ["lap", "tl"])
    b.ok({ sheet: S, cell: A(k, "jml"), rules: ["sum-mismatch"], truth: Q.map((q) => A(k, q.id)).join("+") });
  for (const k of ["gp", "ab", "reh"])
    b.ok({
      sheet: S,
      cell: B(k, "tot"),
      rules: ["sum-mismatch"],
      truth: KC.map((c) => B(k, c.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: B("pa", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: pct(B("ab", "tot"), B("gp", "tot")),
    trap: `ROUND(AVERAGE(${B("pa", "c1")}:${B("pa", "c2")},${B("pa", "c4")}:${B("pa", "c5")},${B("ab", "c3")}/${B("gp", "c3")}*100),2)`,
  });
  for (const id of ["c1", "c2", "c4"])
    b.ok({
      sheet: S,
      cell: B("pa", id),
      rules: ["capaian-mismatch", "ratio-components-mismatch"],
      truth: pct(B("ab", id), B("gp", id)),
    });
  return b.finish();
}
