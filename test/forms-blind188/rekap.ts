// A sector recap of the Dinas Pertanian Lombok Selaparang (NTB), 2024: kelompok tani per kelas and penyuluh per BPP
// side by side. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, type Row } from "../forms/kit";

export function rekapBppSelaparang(): BookW {
  const b = new BookW(
    "rekap-bpp-poktan-penyuluh-lombok-selaparang.xlsx",
    "sector recap per BPP (2024)",
    "two tables side by side: No | BPP | Desa | Kelas Kelompok Tani > Pemula | Lanjut | Madya | Utama | Jumlah | Gapoktan, and BPP | Penyuluh > PNS | PPPK | THL-TBPP | Jumlah | Desa per Penyuluh | Petani Simluhtan | Pemegang Kartu Tani | % ; JUMLAH rows",
  );
  const S = "Rekap BPP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERTANIAN KABUPATEN LOMBOK SELAPARANG",
    "Rekapitulasi Kelembagaan Petani dan Penyuluh per BPP Tahun 2024",
  ]);
  const bpp: Array<[string, number, number[], number, number[], number, number]> = [
    ["BPP Selong Baru", 14, [42, 61, 28, 6], 14, [3, 2, 4], 11_950, 9_870],
    ["BPP Pringgajaya", 12, [55, 48, 19, 3], 12, [2, 3, 3], 10_420, 7_615],
    ["BPP Sakra Timur", 16, [38, 72, 35, 9], 16, [4, 2, 3], 13_870, 12_480],
    ["BPP Labuhan Lombok", 9, [61, 33, 11, 1], 9, [1, 2, 3], 8_140, 5_260],
    ["BPP Aikmel Utara", 11, [47, 52, 24, 4], 11, [2, 2, 4], 9_760, 7_930],
  ];
  // planted: Labuhan Lombok's pemegang kartu tani typed 8,460 for 6,460 (above its 8,140 petani)
  bpp[3][6] = 8_460;
  const top = s.r + 1;
  const ids = bpp.map((_, i) => `b${i + 1}`);
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "bpp", head: ["BPP / Kecamatan"], role: "lokasi", width: 22 },
        { key: "desa", head: ["Jumlah Desa"], role: "lainnya", fmt: INT },
        { key: "p", head: ["Kelas Kelompok Tani", "Pemula"], role: "lainnya", fmt: INT },
        { key: "l", head: ["Kelas Kelompok Tani", "Lanjut"], role: "lainnya", fmt: INT },
        { key: "m", head: ["Kelas Kelompok Tani", "Madya"], role: "lainnya", fmt: INT },
        { key: "u", head: ["Kelas Kelompok Tani", "Utama"], role: "lainnya", fmt: INT },
        { key: "j", head: ["Kelas Kelompok Tani", "Jumlah"], role: "lainnya", fmt: INT },
        { key: "g", head: ["Gapoktan"], role: "lainnya", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...bpp.map(([nm, desa, k, g], i): Row => ({
          id: ids[i],
          cells: (c) => ({
            no: i + 1,
            bpp: nm,
            desa,
            p: k[0],
            l: k[1],
            m: k[2],
            u: k[3],
            // planted: Pringgajaya's Jumlah typed
            j: i === 1 ? 152 : fx(`SUM(${c.a("p")}:${c.a("u")})`),
            g,
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "bpp"],
          cells: (c) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["desa", "p", "l", "m", "u", "j", "g"].map((k) => [
                k,
                fx(`SUM(${c.a(k, "b1")}:${c.a(k, "b5")})`),
              ]),
            ),
          }),
        },
      ],
    },
    1,
    top,
  );
  const t2 = s.table(
    {
      cols: [
        { key: "bpp", head: ["BPP"], role: "lokasi", width: 22 },
        { key: "pns", head: ["Penyuluh", "PNS"], role: "lainnya", fmt: INT },
        { key: "pppk", head: ["Penyuluh", "PPPK"], role: "lainnya", fmt: INT },
        { key: "thl", head: ["Penyuluh", "THL-TBPP"], role: "lainnya", fmt: INT },
        { key: "jp", head: ["Penyuluh", "Jumlah"], role: "lainnya", fmt: INT },
        { key: "rasio", head: ["Desa per Penyuluh"], role: "lainnya", fmt: DEC },
        { key: "pet", head: ["Petani Terdaftar Simluhtan"], role: "lainnya", fmt: INT },
        { key: "kt", head: ["Pemegang Kartu Tani"], role: "lainnya", fmt: INT },
        { key: "pct", head: ["% Kartu Tani"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...bpp.map(([nm, , , , py, pet, kt], i): Row => ({
          id: ids[i],
          cells: (c) => ({
            bpp: nm.replace("BPP ", ""),
            pns: py[0],
            pppk: py[1],
            thl: py[2],
            jp: fx(`${c.a("pns")}+${c.a("pppk")}+${c.a("thl")}`),
            rasio: fx(`ROUND('${S}'!${t1Desa(i)}/${c.a("jp")},2)`),
            pet,
            kt,
            pct: fx(`ROUND(${c.a("kt")}/${c.a("pet")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            bpp: "JUMLAH",
            ...Object.fromEntries(
              ["pns", "pppk", "thl", "jp", "pet", "kt"].map((k) => [
                k,
                fx(`SUM(${c.a(k, "b1")}:${c.a(k, "b5")})`),
              ]),
            ),
            rasio: fx(`ROUND('${S}'!C${top + 2 + bpp.length}/${c.a("jp")},2)`),
            pct: fx(`ROUND(${c.a("kt")}/${c.a("pet")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  function t1Desa(i: number): string {
    return `C${top + 2 + i}`;
  }
  s.r = t1.lastDataRow + 2;
  s.lines(["Sumber: Simluhtan dan e-RDKK per 31 Desember 2024."]);
  b.plant({
    at: { sheet: S, cell: t1.a("j", "b2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kelompok tani of BPP Pringgajaya is a typed 152 among SUM formulas; 55 + 48 + 19 + 3 give 125",
    truth: `SUM(${t1.a("p", "b2")}:${t1.a("u", "b2")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("pct", "b4") },
        { sheet: S, cell: t2.a("kt", "b4") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "% kartu tani of Labuhan Lombok is 103.93: 8,460 pemegang for 8,140 petani terdaftar (6,460 read as 8,460 gives 79.36)",
    truth: `ROUND(6460/${t2.a("pet", "b4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t2.a("kt", "tot")}/${t2.a("pet", "tot")}*100,2)`,
    trap: `SUM(${t2.a("pct", "b1")}:${t2.a("pct", "b5")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rasio", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${t1.a("desa", "tot")}/${t2.a("jp", "tot")},2)`,
    trap: `SUM(${t2.a("rasio", "b1")}:${t2.a("rasio", "b5")})`,
  });
  for (const id of ["b1", "b3", "b5"]) {
    b.ok({
      sheet: S,
      cell: t1.a("j", id),
      rules: ["sum-mismatch"],
      truth: `${t1.a("p", id)}+${t1.a("l", id)}+${t1.a("m", id)}+${t1.a("u", id)}`,
    });
    b.ok({
      sheet: S,
      cell: t2.a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${t2.a("kt", id)}/${t2.a("pet", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: t1.a("p", "tot"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => t1.a("p", id)).join("+"),
  });
  return b.finish();
}
