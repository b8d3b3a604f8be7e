// A recap of Musrenbang kecamatan proposals (masuk / diakomodir / ditolak / persentase) by the
// Bapperida of Kabupaten Balang Toa (Sulawesi Selatan), and a Renstra 2025-2029 target table of the
// Dinas Ketahanan Pangan dan Pertanian of Kabupaten Watu Mbora (NTT) whose kondisi akhir follows the
// indicator type (last target for levels, sum for flows). Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col } from "../forms/kit";

type C = { a(k: string, id?: string): string };

export function rekapMusrenbangBalangToa(): BookW {
  const b = new BookW(
    "rekap-usulan-musrenbang-kec-balang-toa-2025.xlsx",
    "rekapitulasi usulan Musrenbang per kecamatan (Bapperida)",
    "No | Kecamatan | Jumlah Desa/Kelurahan | Usulan Masuk | Diakomodir | Tidak Diakomodir | Persentase Diakomodir (%) | Ket.; masuk = diakomodir + ditolak; JUMLAH with its persentase a ratio",
  );
  const S = "Rekap Musrenbang";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
    "KABUPATEN BALANG TOA",
    "REKAPITULASI USULAN MUSRENBANG KECAMATAN UNTUK RKPD TAHUN 2025",
  ]);
  const kec: Array<[string, number, number, number, number]> = [
    ["Bontoa Riaja", 11, 148, 62, 86],
    ["Marusu Baru", 9, 126, 58, 68],
    ["Tanralili Timur", 14, 187, 71, 116],
    ["Camba Selatan", 8, 97, 45, 52],
    ["Mallawa Raya", 12, 163, 57, 160],
    ["Lau Pesisir", 7, 84, 39, 45],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "desa", head: ["Jumlah Desa/ Kelurahan"], num: 3, fmt: INT, width: 11 },
    { key: "m", head: ["Jumlah Usulan", "Masuk"], num: 4, fmt: INT, width: 10 },
    { key: "d", head: ["Jumlah Usulan", "Diakomodir"], num: 5, fmt: INT, width: 11 },
    { key: "x", head: ["Jumlah Usulan", "Tidak Diakomodir"], num: 6, fmt: INT, width: 11 },
    {
      key: "p",
      head: ["Persentase Diakomodir (%)"],
      role: "capaian",
      year: 2025,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 13,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 8, width: 20 },
  ];
  const ids = kec.map((_, i) => `c${i + 1}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([n, desa, m, d, x], i) => ({
        id: ids[i],
        cells: (c: C) => ({
          no: `${i + 1}.`,
          kec: n,
          desa,
          m,
          d,
          x,
          p: fx(`ROUND(${c.a("d")}/${c.a("m")}*100,2)`),
          ket: i === 4 ? "Usulan lintas kecamatan dialihkan ke Pokir" : undefined,
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (c: C) => ({
          no: "J U M L A H",
          desa: fx(`SUM(${c.a("desa", "c1")}:${c.a("desa", "c6")})`),
          m: fx(`SUM(${c.a("m", "c1")}:${c.a("m", "c6")})`),
          d: fx(`SUM(${c.a("d", "c1")}:${c.a("d", "c6")})`),
          x: fx(`SUM(${c.a("x", "c2")}:${c.a("x", "c6")})`),
          p: fx(`ROUND(${c.a("d")}/${c.a("m")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: aplikasi SIPD, berita acara Musrenbang Kecamatan Februari 2024."]);
  s.gap();
  signature(s, 5, {
    tempat: "Balang Toa, 28 Maret 2024",
    jabatan: ["KEPALA BAPPERIDA", "KABUPATEN BALANG TOA,"],
    nama: "Dr. A. BAHTIAR MANGGABARANI, S.STP., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19800417 199912 1 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("x", "c5") },
        { sheet: S, cell: a("m", "c5") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "Mallawa Raya: 57 diakomodir + 160 tidak diakomodir = 217, but 163 usulan masuk (106 tidak diakomodir typed as 160)",
    truth: `${a("m", "c5")}-${a("d", "c5")}`,
    actual: a("x", "c5"),
  });
  b.plant({
    at: { sheet: S, cell: a("x", "j") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH tidak diakomodir is SUM from the second kecamatan (441); with Bontoa Riaja (86) the column adds to 527",
    truth: `SUM(${a("x", "c1")}:${a("x", "c6")})`,
  });
  for (const k of ["m", "d"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "c1")}:${a(k, "c6")})` });
  b.ok({
    sheet: S,
    cell: a("p", "j"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("d", "j")}/${a("m", "j")}*100,2)`,
    trap: `SUM(${a("p", "c1")}:${a("p", "c6")})`,
  });
  for (const id of ["c1", "c3"])
    b.ok({
      sheet: S,
      cell: a("x", id),
      rules: ["sum-mismatch"],
      truth: `${a("m", id)}-${a("d", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("p", "c4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("d", "c4")}/${a("m", "c4")}*100,2)`,
  });
  return b.finish();
}

type Ind = {
  id: string;
  ind: string;
  sat: string;
  flow?: boolean;
  awal: number;
  t: number[];
  akhir?: number;
};

export function renstraDkppWatuMbora(): BookW {
  const b = new BookW(
    "renstra-dkpp-watu-mbora-2025-2029.xlsx",
    "Renstra target kinerja 2025-2029 with kondisi akhir (DKPP)",
    "No | Indikator Sasaran / Program | Satuan | Kondisi Awal (2024) | Target Tahun 2025 .. 2029 | Kondisi Akhir Periode Renstra | Penanggung Jawab; kondisi akhir = 2029 for rates and indices, = SUM for counts",
  );
  const S = "Target Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA STRATEGIS DINAS KETAHANAN PANGAN DAN PERTANIAN",
    "KABUPATEN WATU MBORA TAHUN 2025-2029",
    "Tabel 6.1 Indikator Kinerja dan Target Kinerja Perangkat Daerah",
  ]);
  const inds: Ind[] = [
    {
      id: "i1",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      awal: 78.4,
      t: [79.5, 80.6, 81.7, 82.8, 84],
    },
    {
      id: "i2",
      ind: "Persentase jaringan irigasi tersier dalam kondisi baik",
      sat: "%",
      awal: 61.5,
      t: [64, 67, 70, 73, 76],
    },
    {
      id: "i3",
      ind: "Persentase kehilangan hasil panen (susut pascapanen)",
      sat: "%",
      awal: 9.2,
      t: [8.7, 8.2, 8.9, 7.2, 6.7],
    },
    {
      id: "i4",
      ind: "Jumlah petani yang mengikuti pelatihan dan sekolah lapang",
      sat: "orang",
      flow: true,
      awal: 420,
      t: [450, 480, 500, 520, 550],
    },
    {
      id: "i5",
      ind: "Jumlah embung pertanian yang dibangun",
      sat: "unit",
      flow: true,
      awal: 4,
      t: [5, 5, 6, 6, 6],
      akhir: 6,
    },
    {
      id: "i6",
      ind: "Indeks Pertanaman (IP) padi sawah",
      sat: "indeks",
      awal: 1.42,
      t: [1.45, 1.5, 1.55, 1.6, 1.65],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran / Program"], role: "indikator", num: "(2)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 9 },
    {
      key: "awal",
      head: ["Kondisi Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(4)",
      fmt: "#,##0.##",
      width: 11,
    },
    ...years.map((y, i): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja pada Tahun", String(y)],
      role: "target",
      year: y,
      num: `(${5 + i})`,
      fmt: "#,##0.##",
      width: 9,
    })),
    {
      key: "akh",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(10)",
      fmt: "#,##0.##",
      width: 13,
    },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(11)", width: 18 },
  ];
  const pj = [
    "Bidang Ketahanan Pangan",
    "Bidang Prasarana dan Sarana",
    "Bidang Tanaman Pangan",
    "UPTD BPP",
    "Bidang Prasarana dan Sarana",
    "Bidang Tanaman Pangan",
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: (c: C) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, j) => [`t${y}`, x.t[j]])),
        akh:
          x.akhir !== undefined
            ? x.akhir
            : x.flow
              ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`)
              : fx(c.a("t2029")),
        pj: pj[i],
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase/indeks/skor = target tahun 2029;",
    "indikator jumlah (kumulatif) = jumlah target 2025-2029.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Watu Mbora, 2 Juni 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "DAN PERTANIAN,"],
    nama: "MARIA GORETI NONA LEWO, S.P., M.Agr.",
    pangkat: "Pembina Tingkat I",
    nip: "19790924 200501 2 010",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akh", "i5") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir of the embung count is typed 6 (the 2029 target); a count of embung built over 2025-2029 sums to 5+5+6+6+6 = 28, as the petani dilatih row does with SUM",
    truth: `SUM(${a("t2025", "i5")}:${a("t2029", "i5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2027", "i3") },
    rules: ["target-trend"],
    note: "the susut pascapanen target (lower is better) steps 9.2, 8.7, 8.2 then 8.9 in 2027 before 7.2 and 6.7: 7.7 typed with a wrong digit",
    truth: `${a("t2026", "i3")}-0.5`,
  });
  for (const id of ["i1", "i2", "i6"])
    b.ok({
      sheet: S,
      cell: a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: `SUM(${a("t2025", id)}:${a("t2029", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("akh", "i3"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("t2029", "i3"),
    trap: `SUM(${a("t2025", "i3")}:${a("t2029", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "i4")}:${a("t2029", "i4")})`,
    trap: a("t2029", "i4"),
  });
  b.ok({ sheet: S, cell: a("t2029", "i3"), rules: ["target-trend"], truth: "6.7" });
  return b.finish();
}
