// The Perjanjian Kinerja beside its Renstra sheet, and two recaps of DPMPTSP operational data: realisasi
// investasi PMA / PMDN per sektor per triwulan, izin terbit melalui OSS per kecamatan with the IKM per
// unsur beside it. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Kepala DPMPTSP Kota Batu Ampar Raya, with the Renstra 2025-2029 targets. */
export function pkDpmptsp(): BookW {
  const b = new BookW(
    "pk-2025-dpmptsp-batu-ampar-raya-349.xlsx",
    "Perjanjian Kinerja (DPMPTSP)",
    "PK 2025 (indicator table with Satuan after Target; program table with a typed Jumlah) + sheet 'Renstra DPMPTSP' (2025..2029 targets, kondisi akhir)",
  );
  const R = "Renstra DPMPTSP";
  const P = "PK 2025";
  const ps = b.sheet(P);
  letterhead(ps, [
    "PEMERINTAH KOTA BATU AMPAR RAYA",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DPMPTSP KOTA BATU AMPAR RAYA"], 1, { bold: true });
  ps.gap();
  const inds = [
    {
      sas: "Meningkatnya realisasi investasi",
      ind: "Pertumbuhan realisasi investasi PMA dan PMDN",
      sat: "%",
      awal: 6.8,
      k: [7, 7.25, 7.5, 7.75, 8],
    },
    {
      sas: "Meningkatnya kualitas pelayanan perizinan",
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan perizinan",
      sat: "indeks",
      awal: 82.4,
      k: [83.5, 84.5, 85.5, 86.5, 87.5],
    },
    {
      sas: "Meningkatnya kualitas pelayanan perizinan",
      ind: "Persentase permohonan izin diselesaikan sesuai SOP",
      sat: "%",
      awal: 91.2,
      k: [92, 93, 94, 95, 96],
    },
    {
      sas: "Meningkatnya kualitas pelayanan perizinan",
      ind: "Rata-rata waktu layanan perizinan berusaha",
      sat: "hari",
      awal: 6,
      k: [5.5, 5, 4.5, 4, 3.5],
    },
  ];
  const pk = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((e, i) => ({
      id: `i${i}`,
      cells: { no: i + 1, sas: e.sas, ind: e.ind, tg: i === 3 ? e.k[1] : e.k[0], sat: e.sat },
    })),
  });
  ps.gap();
  ps.lines(["Program dan anggaran pendukung:"]);
  const progs: Array<[string, number]> = [
    ["2.18.02 Program Pengembangan Iklim Penanaman Modal", 1_184_350_000],
    ["2.18.03 Program Promosi Penanaman Modal", 1_962_800_000],
    ["2.18.04 Program Pelayanan Penanaman Modal", 4_318_600_000],
    ["2.18.05 Program Pengendalian Pelaksanaan Penanaman Modal", 1_247_900_000],
  ];
  const typedJumlah = 8_731_650_000; // planted: the programs give 8,713,650,000
  const pg = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], role: "lainnya", width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([n, rp], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: n, rp, ket: "APBD" } })),
      { id: "j", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", rp: typedJumlah } },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Batu Ampar, 3 Januari 2025",
    jabatan: ["Kepala DPMPTSP"],
    nama: "RUSDIANSYAH NOOR, S.E., M.M.",
    nip: "19760818 200212 1 004",
  });

  const rs = b.sheet(R);
  rs.lines(["Target Kinerja Renstra DPMPTSP Kota Batu Ampar Raya 2025-2029"], 1, { bold: true });
  rs.gap();
  const ren = rs.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((e, i) => ({
      id: `r${i}`,
      cells: (x) => ({
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ...Object.fromEntries(e.k.map((v, j) => [`y${2025 + j}`, v])),
        ak: fx(`=${x.a("y2029")}`),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", "i3") },
        { sheet: R, cell: ren.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK waktu layanan 5.0 hari = Renstra 2026; the Renstra 2025 target is 5.5",
    truth: `='${R}'!${ren.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "typed JUMLAH 8,731,650,000; the programs give 8,713,650,000",
    truth: `=${progs.map((_, i) => pg.a("rp", `g${i}`)).join("+")}`,
  });
  const yy = (id: string) => [2025, 2026, 2027, 2028, 2029].map((y) => ren.a(`y${y}`, id)).join("+");
  b.ok({
    sheet: R,
    cell: ren.a("ak", "r1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${ren.a("y2029", "r1")}`,
    trap: `=${yy("r1")}`,
  });
  b.ok({
    sheet: P,
    cell: pk.a("tg", "i1"),
    rules: ["cross-table-mismatch"],
    truth: `='${R}'!${ren.a("y2025", "r1")}`,
  });
  return b.finish();
}

type Sek = { n: string; q: number[]; prev: number };

/** Realisasi investasi PMA and PMDN per sektor per triwulan 2024, Kabupaten Lembah Siraya (Rp miliar). */
export function rekapInvestasi(): BookW {
  const b = new BookW(
    "rekap-realisasi-investasi-pma-pmdn-lembah-siraya-349.xlsx",
    "Rekap realisasi investasi (DPMPTSP)",
    "Two tables, PMA then PMDN below after a blank row and a caption; sectors x TW I..IV, Jumlah 2024, Realisasi 2023, Pertumbuhan; number row '7 = 3+4+5+6'; Jumlah footer (growth of totals)",
  );
  const S = "Investasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DPMPTSP KABUPATEN LEMBAH SIRAYA",
    "Rekapitulasi Realisasi Investasi per Sektor per Triwulan Tahun 2024 (Rp miliar)",
  ]);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sek", head: ["Sektor Usaha"], role: "lainnya", num: "2", width: 34 },
    ...[1, 2, 3, 4].map((i): Col => ({
      key: `q${i}`,
      head: ["Realisasi 2024 per Triwulan", ["TW I", "TW II", "TW III", "TW IV"][i - 1]],
      role: "realisasi",
      year: 2024,
      num: String(2 + i),
      fmt: DEC,
    })),
    { key: "j", head: ["Jumlah 2024"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: DEC },
    { key: "prev", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "8", fmt: DEC },
    { key: "g", head: ["Pertumbuhan (%)"], role: "pertumbuhan", num: "9 = (7-8)/8 x 100", fmt: DEC },
  ];
  const table = (secs: Sek[], typed: { sum?: number; growth?: number }) => {
    const rows: Row[] = secs.map((e, i) => ({
      id: `s${i}`,
      cells: (x) => ({
        no: i + 1,
        sek: e.n,
        ...Object.fromEntries(e.q.map((v, k) => [`q${k + 1}`, v])),
        j:
          typed.sum !== undefined && i === 1
            ? typed.sum
            : fx(`=${[1, 2, 3, 4].map((k) => x.a(`q${k}`)).join("+")}`),
        prev: e.prev,
        g:
          typed.growth !== undefined && i === 2
            ? typed.growth
            : fx(`=ROUND((${x.a("j")}-${x.a("prev")})/${x.a("prev")}*100,2)`),
      }),
    }));
    const last = secs.length - 1;
    rows.push({
      id: "tot",
      bold: true,
      span: ["no", "sek"],
      cells: (x) => ({
        no: "Jumlah",
        ...Object.fromEntries(
          ["q1", "q2", "q3", "q4", "j", "prev"].map((k) => [
            k,
            fx(`=SUM(${x.a(k, "s0")}:${x.a(k, `s${last}`)})`),
          ]),
        ),
        g: fx(`=ROUND((${x.a("j")}-${x.a("prev")})/${x.a("prev")}*100,2)`),
      }),
    });
    return s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  };
  s.lines(["A. Penanaman Modal Asing (PMA)"], 1, { bold: true });
  const pma: Sek[] = [
    { n: "Pertambangan Nikel", q: [412.35, 468.9, 521.15, 603.4], prev: 1755.2 },
    { n: "Industri Pengolahan Kelapa Sawit", q: [88.6, 102.45, 95.3, 121.75], prev: 371.9 },
    { n: "Listrik, Gas dan Air", q: [45.2, 0, 62.8, 71.35], prev: 166.4 },
    { n: "Perdagangan dan Reparasi", q: [12.4, 15.85, 14.1, 18.65], prev: 55.3 },
  ];
  const a = table(pma, { sum: round(sum(pma[1].q) + 12.5) });
  s.gap();
  s.lines(["B. Penanaman Modal Dalam Negeri (PMDN)"], 1, { bold: true });
  const pmdn: Sek[] = [
    { n: "Perkebunan dan Peternakan", q: [64.3, 71.8, 69.25, 84.1], prev: 262.7 },
    { n: "Industri Makanan", q: [21.45, 24.6, 26.3, 29.9], prev: 95.6 },
    { n: "Hotel dan Restoran", q: [8.75, 11.2, 9.6, 14.35], prev: 38.4 },
    { n: "Transportasi, Gudang dan Telekomunikasi", q: [17.2, 19.45, 22.8, 25.1], prev: 79.9 },
    { n: "Konstruksi", q: [31.6, 28.9, 35.45, 40.2], prev: 141.3 },
  ];
  const hr = round(((sum(pmdn[2].q) - pmdn[2].prev) / pmdn[2].prev) * 100);
  const d = table(pmdn, { growth: round(hr + 12) });
  s.gap();
  s.lines(["Sumber: Sistem OSS RBA, LKPM Triwulan I-IV 2024 (diolah)."]);
  const q4 = (t: typeof a, id: string) => [1, 2, 3, 4].map((k) => t.a(`q${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a.a("j", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "PMA kelapa sawit Jumlah typed 12.50 above TW I..IV (408.10)",
    truth: `=${q4(a, "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: d.a("g", "s2") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "PMDN hotel dan restoran growth typed 12 points above (43.90 - 38.40) / 38.40 x 100",
    truth: `=ROUND((${d.a("j", "s2")}-${d.a("prev", "s2")})/${d.a("prev", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: d.a("g", "tot"),
    rules: ["sum-mismatch", "growth-mismatch"],
    truth: `=ROUND((${d.a("j", "tot")}-${d.a("prev", "tot")})/${d.a("prev", "tot")}*100,2)`,
    trap: `=SUM(${d.a("g", "s0")}:${d.a("g", "s4")})`,
  });
  b.ok({ sheet: S, cell: a.a("j", "s2"), rules: ["sum-mismatch"], truth: `=${q4(a, "s2")}` });
  return b.finish();
}

/** Izin terbit melalui OSS per kecamatan 2024 with the IKM per unsur beside it, Kota Batu Ampar Raya. */
export function rekapOss(): BookW {
  const b = new BookW(
    "rekap-izin-oss-ikm-batu-ampar-raya-349.xlsx",
    "Rekap izin OSS dan IKM (DPMPTSP)",
    "No No column; izin per kecamatan (NIB, PB, PB UMKU, Jumlah, tepat waktu, %, waktu rata-rata) with Jumlah / Rata-rata footer; IKM per unsur side by side after one empty column with Rata-rata and Mutu",
  );
  const S = "OSS dan IKM 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI PERIZINAN BERUSAHA MELALUI OSS DAN INDEKS KEPUASAN MASYARAKAT",
      "DPMPTSP Kota Batu Ampar Raya - Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const kec = [
    { n: "Batu Ampar Ilir", nib: 1184, pb: 142, um: 96, tw: 1368, hari: 3.8 },
    { n: "Batu Ampar Ulu", nib: 736, pb: 88, um: 51, tw: 842, hari: 4.1 },
    { n: "Sungai Kerbau", nib: 512, pb: 64, um: 37, tw: 566, hari: 4.6 },
    { n: "Loa Pelita", nib: 893, pb: 117, um: 72, tw: 1015, hari: 4.3 },
    { n: "Tanjung Lais", nib: 428, pb: 39, um: 22, tw: 465, hari: 5.2 },
    { n: "Muara Tenggarong Baru", nib: 655, pb: 81, um: 44, tw: 731, hari: 4.4 },
  ];
  const ids = kec.map((_, i) => `k${i}`);
  const t = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 24 },
        {
          key: "nib",
          head: ["Izin Terbit melalui OSS", "NIB"],
          role: "realisasi",
          year: 2024,
          num: "(2)",
          fmt: INT,
        },
        {
          key: "pb",
          head: ["Izin Terbit melalui OSS", "PB Risiko Menengah/Tinggi"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "um",
          head: ["Izin Terbit melalui OSS", "PB UMKU"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
        },
        {
          key: "jml",
          head: ["Jumlah Izin"],
          role: "realisasi",
          year: 2024,
          num: "(5) = (2)+(3)+(4)",
          fmt: INT,
        },
        { key: "tw", head: ["Selesai Tepat Waktu"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
        {
          key: "pct",
          head: ["% Tepat Waktu"],
          role: "capaian",
          year: 2024,
          num: "(7) = (6)/(5) x 100",
          fmt: DEC,
        },
        {
          key: "hari",
          head: ["Rata-rata Waktu Layanan (hari)"],
          role: "realisasi",
          year: 2024,
          num: "(8)",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map((e, i): Row => ({
          id: ids[i],
          cells: (x) => ({
            kec: e.n,
            nib: e.nib,
            pb: e.pb,
            um: e.um,
            jml: fx(`=${x.a("nib")}+${x.a("pb")}+${x.a("um")}`),
            tw: e.tw,
            pct: i === 2 ? 104.3 : fx(`=ROUND(${x.a("tw")}/${x.a("jml")}*100,2)`),
            hari: e.hari,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "Jumlah / Rata-rata",
            // planted: the NIB total stops one kecamatan short
            nib: fx(`=SUM(${x.a("nib", "k0")}:${x.a("nib", "k4")})`),
            ...Object.fromEntries(
              ["pb", "um", "jml", "tw"].map((k) => [k, fx(`=SUM(${x.a(k, "k0")}:${x.a(k, "k5")})`)]),
            ),
            pct: fx(`=ROUND(${x.a("tw")}/${x.a("jml")}*100,2)`),
            hari: fx(`=ROUND(AVERAGE(${x.a("hari", "k0")}:${x.a("hari", "k5")}),2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const unsur: Array<[string, number]> = [
    ["U1 Persyaratan", 3.42],
    ["U2 Sistem, mekanisme dan prosedur", 3.38],
    ["U3 Waktu penyelesaian", 3.21],
    ["U4 Biaya/tarif", 3.71],
    ["U5 Produk spesifikasi jenis pelayanan", 3.47],
    ["U6 Kompetensi pelaksana", 3.44],
    ["U7 Perilaku pelaksana", 3.53],
    ["U8 Penanganan pengaduan", 3.29],
    ["U9 Sarana dan prasarana", 3.36],
  ];
  const mutu = (v: number) => (v > 88.3 ? "A" : v > 76.6 ? "B" : v > 65 ? "C" : "D");
  const ikm = round(round(sum(unsur.map((u) => u[1])) / unsur.length, 2) * 25);
  const k = s.table(
    {
      cols: [
        { key: "u", head: ["Unsur Pelayanan"], role: "indikator", width: 34 },
        { key: "nrr", head: ["NRR per Unsur"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "ikm", head: ["Nilai Konversi (NRR x 25)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...unsur.map(([n, v], i): Row => ({
          id: `u${i}`,
          cells: (x) => ({ u: n, nrr: v, ikm: fx(`=ROUND(${x.a("nrr")}*25,2)`) }),
        })),
        {
          id: "avg",
          bold: true,
          cells: (x) => ({
            u: "Rata-rata / IKM",
            nrr: fx(`=ROUND(AVERAGE(${x.a("nrr", "u0")}:${x.a("nrr", "u8")}),2)`),
            ikm: fx(`=ROUND(${x.a("nrr")}*25,2)`),
          }),
        },
        { id: "mutu", cells: { u: "Mutu pelayanan", ikm: mutu(ikm) } },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: % tepat waktu Jumlah dihitung dari total izin, bukan penjumlahan persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Batu Ampar, 10 Januari 2025",
    jabatan: ["Kepala DPMPTSP"],
    nama: "RUSDIANSYAH NOOR, S.E., M.M.",
    nip: "19760818 200212 1 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Sungai Kerbau % tepat waktu typed 104.30; 566 / 613 x 100 = 92.33",
    truth: `=ROUND(${t.a("tw", "k2")}/${t.a("jml", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("nib", "tot") },
    rules: ["sum-mismatch"],
    note: "NIB total =SUM one kecamatan short (3,753 vs 4,408)",
    truth: `=${ids.map((id) => t.a("nib", id)).join("+")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pct", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `=ROUND(${t.a("tw", "tot")}/${t.a("jml", "tot")}*100,2)`,
    trap: `=SUM(${t.a("pct", "k0")}:${t.a("pct", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: k.a("ikm", "avg"),
    rules: ["ratio-components-mismatch"],
    truth: `=ROUND(${k.a("nrr", "avg")}*25,2)`,
  });
  return b.finish();
}
