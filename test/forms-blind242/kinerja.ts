// LKjIP, PK beside its Renstra, the recap of siaran pers per media and the recap of agenda pimpinan with
// media monitoring of the two Bagian Protokol dan Komunikasi Pimpinan (Batang Ulu, Sumatera Barat;
// Tanjung Lasa, Kalimantan Timur). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the Bagian Prokopim Batang Ulu: typed capaian, refleksi on the negative row. */
export function lkjipProtokol(): BookW {
  const b = new BookW(
    "lkjip-2024-bagian-prokopim-batang-ulu.xlsx",
    "LKjIP capaian kinerja (Bagian Protokol dan Komunikasi Pimpinan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) typed | Kategori (Permendagri words) | Keterangan; refleksi (2T-R)/T for the negative row; rata-rata formula",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "BAB III AKUNTABILITAS KINERJA",
    "Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Batang Ulu",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya kualitas komunikasi publik pimpinan daerah";
  const I = [
    {
      id: "i1",
      ind: "Indeks persepsi publik terhadap informasi pimpinan daerah",
      sat: "indeks",
      neg: false,
      r23: 3.08,
      t: 3.25,
      r: 3.16,
    },
    {
      id: "i2",
      ind: "Persentase agenda pimpinan yang terliput media",
      sat: "%",
      neg: false,
      r23: 86.2,
      t: 95,
      r: 88.35,
    },
    {
      id: "i3",
      ind: "Jumlah pemberitaan negatif tentang pimpinan daerah",
      sat: "berita",
      neg: true,
      r23: 46,
      t: 40,
      r: 34,
    },
    {
      id: "i4",
      ind: "Persentase aduan publik di media sosial yang ditanggapi 1x24 jam",
      sat: "%",
      neg: false,
      r23: 58.5,
      t: 90,
      r: 63,
    },
  ];
  const cap = (x: (typeof I)[number]) => round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: i2 capaian typed 98.30 (88.35 / 95 = 93.00)
          c: x.id === "i2" ? 98.3 : cap(x),
          // planted: i4 (70.00) called Tinggi; the band > 65-75 is Sedang
          p: x.id === "i4" ? "Tinggi" : predikat(cap(x)),
          ket: x.neg ? "polaritas negatif: (2T - R)/T x 100" : "",
        },
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const pos = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of agenda terliput media typed 98.30; 88.35 / 95 x 100 = 93.00",
    truth: pos("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for 70.00 (63 / 90); the band > 65 s.d. 75 is Sedang",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: pos("i3"),
  });
  for (const id of ["i1", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(id) });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Bagian Prokopim Tanjung Lasa, beside the Renstra 2025-2029 targets. */
export function pkProtokol(): BookW {
  const b = new BookW(
    "pk-2025-renstra-prokopim-tanjung-lasa.xlsx",
    "PK 2025 with Renstra (Bagian Protokol dan Komunikasi Pimpinan)",
    "sheet 'Perjanjian Kinerja 2025': Sasaran | Indikator | Satuan | Target 2025 | Keterangan, then No | Program / Kegiatan | Anggaran (Rp) | Sumber Dana with Jumlah = SUM; sheet 'Renstra 2025-2029': Kondisi Awal | 2025..2029 | Kondisi Akhir, one negative % indicator",
  );
  const R = "Renstra 2025-2029";
  const P = "Perjanjian Kinerja 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks persepsi publik terhadap komunikasi pimpinan",
      sat: "indeks",
      awal: 3.12,
      k: [3.2, 3.28, 3.35, 3.42, 3.5],
    },
    {
      id: "b",
      ind: "Persentase agenda pimpinan terdokumentasi dan terpublikasi",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
    },
    {
      id: "c",
      ind: "Persentase pemberitaan bernada negatif terhadap Pemerintah Kota",
      sat: "%",
      awal: 14.5,
      k: [13, 11.5, 10, 8.5, 7],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran, Indikator dan Target Kinerja Bagian Prokopim 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y2025: x.k[0],
        y2026: x.k[1],
        y2027: x.k[2],
        y2028: x.k[3],
        y2029: x.k[4],
        // planted: kondisi akhir of the % terdokumentasi is the 2028 target 96 (2029: 98)
        ak: x.id === "b" ? x.k[3] : x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
    "SEKRETARIAT DAERAH KOTA TANJUNG LASA",
  ]);
  pk.lines([
    "Pihak pertama berjanji mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        sas: "Meningkatnya citra dan komunikasi publik pimpinan daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the negative % target 10 is the Renstra 2027 value (2025: 13)
        tg: x.id === "c" ? x.k[2] : x.k[0],
        ket: x.id === "c" ? "semakin kecil semakin baik" : "IKU",
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "4.01.01 Program Penunjang Urusan Pemerintahan Daerah", rp: 2_148_600_000, sd: "DAU" },
    {
      id: "p2",
      nm: "4.01.02.2.04 Pelaksanaan Protokol dan Komunikasi Pimpinan",
      rp: 4_395_300_000,
      sd: "DAU",
    },
    {
      id: "p3",
      nm: "4.01.02.2.04.0004 Monitoring dan Analisis Pemberitaan Media",
      rp: 728_450_000,
      sd: "PAD",
    },
  ];
  const bt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i) => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: x.sd } })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: (c: { a: (k: string, id?: string) => string }) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Lasa, 2 Januari 2025",
    jabatan: ["Kepala Bagian Protokol dan Komunikasi Pimpinan"],
    nama: "NOVITA RAHMADANI, S.Sos., M.Si.",
    nip: "19850611 200801 2 004",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of % pemberitaan negatif is 10 (the Renstra 2027 target); Renstra 2025 is 13",
    truth: ra("y2025", "c"),
  });
  b.plant({
    at: { sheet: R, cell: rt.a("ak", "b") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % agenda terdokumentasi is 96 (the 2028 target); the 2029 target is 98",
    truth: rt.a("y2029", "b"),
  });
  for (const id of ["a", "b"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  const ys = (id: string) => [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: ys(id),
    });
  b.ok({
    sheet: P,
    cell: bt.a("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: ["p1", "p2", "p3"].map((id) => bt.a("rp", id)).join("+"),
  });
  return b.finish();
}

/** Siaran pers per saluran media and triwulan, Bagian Prokopim Tanjung Lasa 2024. */
export function rekapRilis(): BookW {
  const b = new BookW(
    "rekap-siaran-pers-per-media-tanjung-lasa.xlsx",
    "Rekap siaran pers per media (Bagian Protokol dan Komunikasi Pimpinan)",
    "per saluran media: Siaran Pers Dikirim > TW I..IV, Jumlah '(7) = (3)+(4)+(5)+(6)', Dimuat/Tayang, '(9) = (8)/(7) x 100'; JUMLAH row with column SUMs and the % as the ratio of totals",
  );
  const S = "Rekap Siaran Pers 2024";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KOTA TANJUNG LASA", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN"]);
  s.lines(["Rekapitulasi Siaran Pers Kegiatan Pimpinan Daerah per Saluran Media Tahun 2024"]);
  s.gap();
  const M = [
    { id: "m1", nm: "Surat kabar cetak", q: [28, 31, 34, 30], d: 97 },
    { id: "m2", nm: "Media daring (portal berita)", q: [64, 71, 78, 82], d: 281 },
    { id: "m3", nm: "Televisi lokal", q: [12, 14, 15, 13], d: 41 },
    { id: "m4", nm: "Radio (RRI dan swasta)", q: [18, 19, 22, 20], d: 66 },
    { id: "m5", nm: "Kanal media sosial resmi", q: [96, 104, 112, 118], d: 430 },
  ];
  const SP = "Siaran Pers Dikirim";
  const qs = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Saluran Media"], num: "(2)", width: 30 },
    ...["I", "II", "III", "IV"].map((n, i): Col => ({
      key: qs[i],
      head: [SP, `Triwulan ${n}`],
      role: "realisasi",
      year: 2024,
      num: `(${3 + i})`,
      fmt: INT,
    })),
    {
      key: "jml",
      head: [SP, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (3)+(4)+(5)+(6)",
      fmt: INT,
    },
    { key: "d", head: ["Dimuat / Tayang"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "pct", head: ["Persentase Dimuat (%)"], role: "capaian", num: "(9) = (8)/(7) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...M.map((m, i): Row => ({
        id: m.id,
        cells: (x) => ({
          no: i + 1,
          nm: m.nm,
          q1: m.q[0],
          q2: m.q[1],
          q3: m.q[2],
          q4: m.q[3],
          jml: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          d: m.d,
          // planted: the radio row keeps a stale 108.35 (66 / 79 = 83.54)
          pct: fx(`ROUND(${x.a("d")}/${x.a("jml")}*100,2)`, m.id === "m4" ? 108.35 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const col = (k: string, last = "m5") => fx(`SUM(${x.a(k, "m1")}:${x.a(k, last)})`);
          return {
            no: "JUMLAH",
            q1: col("q1"),
            // planted: Triwulan II sums one row short (leaves out the media sosial row)
            q2: col("q2", "m4"),
            q3: col("q3"),
            q4: col("q4"),
            jml: col("jml"),
            d: col("d"),
            pct: fx(`ROUND(${x.a("d")}/${x.a("jml")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Lasa, 10 Januari 2025",
    jabatan: ["Kepala Subbagian Dokumentasi Pimpinan"],
    nama: "ARIF BUDIMAN SAPUTRA, S.I.Kom.",
    nip: "19900203 201503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = M.map((m) => m.id);
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Triwulan II is SUM over four media rows (135); with the media sosial row the five give 239",
    truth: ids.map((id) => a("q2", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "m4") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "Radio: cached 108.35% dimuat (stale); the formula 66 / 79 x 100 gives 83.54, and dimuat cannot exceed dikirim",
    truth: `ROUND(${a("d", "m4")}/${a("jml", "m4")}*100,2)`,
  });
  for (const id of ["m1", "m3", "m5"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: qs.map((k) => a(k, id)).join("+") });
  for (const id of ["m2", "m3"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("d", id)}/${a("jml", id)}*100,2)`,
    });
  for (const k of ["q1", "jml", "d"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("d", "tot")}/${a("jml", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((id) => a("pct", id)).join("+")})/5,2)`,
  });
  return b.finish();
}

/** Agenda pimpinan per pimpinan, beside the tone of media coverage, Bagian Prokopim Batang Ulu 2024. */
export function agendaPimpinan(): BookW {
  const b = new BookW(
    "agenda-pimpinan-dan-tone-media-batang-ulu.xlsx",
    "Rekap agenda pimpinan dan monitoring media (Bagian Protokol dan Komunikasi Pimpinan)",
    "two tables side by side: per pimpinan Agenda Terjadwal | Terfasilitasi Protokol | Terliput | Dipublikasikan | % Terliput with Jumlah (ratio of totals); tone of coverage Positif / Netral / Negatif per media with Jumlah '(5) = (2)+(3)+(4)' and share %",
  );
  const S = "Agenda dan Media 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ULU", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SETDA"]);
  s.lines(["Rekapitulasi Agenda Pimpinan dan Hasil Monitoring Pemberitaan Tahun 2024"]);
  s.gap();
  const top = s.r;
  const P = [
    { id: "bup", nm: "Bupati", ag: 412, fas: 405, lip: 398, pub: 371 },
    { id: "wab", nm: "Wakil Bupati", ag: 356, fas: 349, lip: 331, pub: 302 },
    { id: "sek", nm: "Sekretaris Daerah", ag: 298, fas: 290, lip: 262, pub: 228 },
    { id: "as1", nm: "Asisten Pemerintahan dan Kesra", ag: 164, fas: 158, lip: 121, pub: 97 },
    { id: "as2", nm: "Asisten Perekonomian dan Pembangunan", ag: 141, fas: 137, lip: 104, pub: 88 },
    { id: "as3", nm: "Asisten Administrasi Umum", ag: 127, fas: 119, lip: 83, pub: 64 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
        { key: "nm", head: ["Pimpinan"], num: 2, width: 30 },
        { key: "ag", head: ["Agenda", "Terjadwal"], role: "target", year: 2024, num: 3, fmt: INT },
        {
          key: "fas",
          head: ["Agenda", "Terfasilitasi Protokol"],
          role: "realisasi",
          year: 2024,
          num: 4,
          fmt: INT,
        },
        { key: "lip", head: ["Liputan", "Terliput"], role: "realisasi", year: 2024, num: 5, fmt: INT },
        { key: "pub", head: ["Liputan", "Dipublikasikan"], role: "realisasi", year: 2024, num: 6, fmt: INT },
        { key: "pct", head: ["% Terliput"], role: "capaian", num: "7 = 5/3 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...P.map((p, i): Row => ({
          id: p.id,
          cells: (x) => ({
            no: i + 1,
            nm: p.nm,
            ag: p.ag,
            fas: p.fas,
            lip: p.lip,
            pub: p.pub,
            pct: fx(`ROUND(${x.a("lip")}/${x.a("ag")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => ({
            no: "Jumlah",
            ag: fx(`SUM(${x.a("ag", "bup")}:${x.a("ag", "as3")})`),
            fas: fx(`SUM(${x.a("fas", "bup")}:${x.a("fas", "as3")})`),
            lip: fx(`SUM(${x.a("lip", "bup")}:${x.a("lip", "as3")})`),
            // planted: Dipublikasikan sums one row short (Asisten Administrasi Umum left out)
            pub: fx(`SUM(${x.a("pub", "bup")}:${x.a("pub", "as2")})`),
            pct: fx(`ROUND(${x.a("lip")}/${x.a("ag")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const T = [
    { id: "pos", nm: "Positif", v: [214, 388, 96] },
    { id: "net", nm: "Netral", v: [131, 276, 58] },
    { id: "neg", nm: "Negatif", v: [22, 71, 9] },
  ];
  const L2 = lt.right + 2;
  const mt = s.table(
    {
      cols: [
        { key: "tone", head: ["Tone Pemberitaan"], num: 1, width: 16 },
        { key: "c", head: ["Jumlah Berita", "Cetak"], role: "realisasi", year: 2024, num: 2, fmt: INT },
        { key: "d", head: ["Jumlah Berita", "Daring"], role: "realisasi", year: 2024, num: 3, fmt: INT },
        { key: "e", head: ["Jumlah Berita", "Elektronik"], role: "realisasi", year: 2024, num: 4, fmt: INT },
        {
          key: "j",
          head: ["Jumlah Berita", "Total"],
          role: "realisasi",
          year: 2024,
          num: "5 = 2+3+4",
          fmt: INT,
        },
        { key: "sh", head: ["Proporsi (%)"], role: "lainnya", num: 6, fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...T.map((r): Row => ({
          id: r.id,
          cells: (x) => ({
            tone: r.nm,
            c: r.v[0],
            d: r.v[1],
            e: r.v[2],
            j: fx(`${x.a("c")}+${x.a("d")}+${x.a("e")}`),
            // planted: the Negatif share typed 9.65 (102 / 1,265 = 8.06)
            sh: r.id === "neg" ? 9.65 : fx(`ROUND(${x.a("j")}/${x.a("j", "tot")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tone: "Jumlah",
            c: fx(`SUM(${x.a("c", "pos")}:${x.a("c", "neg")})`),
            d: fx(`SUM(${x.a("d", "pos")}:${x.a("d", "neg")})`),
            e: fx(`SUM(${x.a("e", "pos")}:${x.a("e", "neg")})`),
            j: fx(`SUM(${x.a("j", "pos")}:${x.a("j", "neg")})`),
            sh: 100,
          }),
        },
      ],
    },
    L2,
    top,
  );
  s.r = Math.max(lt.lastDataRow, mt.lastDataRow) + 2;
  s.lines(["Sumber: Subbagian Protokol dan Subbagian Komunikasi Pimpinan (monitoring media harian)."]);
  s.gap();
  signature(s, 5, {
    tempat: "Pulau Ulu, 8 Januari 2025",
    jabatan: ["Kepala Bagian Protokol dan Komunikasi Pimpinan"],
    nama: "RAHMAT DT. MANGKUTO, S.STP., M.Si.",
    nip: "19830417 200212 1 003",
  });
  const pids = P.map((p) => p.id);
  const la = (k: string, id: string) => lt.a(k, id);
  const ma = (k: string, id: string) => mt.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("pub", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Dipublikasikan is SUM over five pimpinan rows (1,086); with Asisten Administrasi Umum the six give 1,150",
    truth: pids.map((id) => la("pub", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: ma("sh", "neg") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Proporsi berita negatif typed 9.65 among formulas; 102 / 1,265 x 100 = 8.06",
    truth: `ROUND(${ma("j", "neg")}/${ma("j", "tot")}*100,2)`,
  });
  for (const k of ["ag", "fas", "lip"])
    b.ok({
      sheet: S,
      cell: la(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pids.map((id) => la(k, id)).join("+"),
    });
  for (const id of ["bup", "as3"])
    b.ok({
      sheet: S,
      cell: la("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${la("lip", id)}/${la("ag", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: la("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${la("lip", "tot")}/${la("ag", "tot")}*100,2)`,
    trap: `ROUND((${pids.map((id) => la("pct", id)).join("+")})/6,2)`,
  });
  for (const id of ["pos", "neg"])
    b.ok({
      sheet: S,
      cell: ma("j", id),
      rules: ["sum-mismatch"],
      truth: `${ma("c", id)}+${ma("d", id)}+${ma("e", id)}`,
    });
  b.ok({
    sheet: S,
    cell: ma("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `${ma("c", "tot")}+${ma("d", "tot")}+${ma("e", "tot")}`,
  });
  b.ok({
    sheet: S,
    cell: ma("sh", "pos"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ma("j", "pos")}/${ma("j", "tot")}*100,2)`,
  });
  return b.finish();
}
