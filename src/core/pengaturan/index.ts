export { ALASAN_MAKS, DEFAULT_PANE_SETTINGS, KUNCI_PENGATURAN, pengaturanDari } from "./pengaturan";
export type { PaneSettings, Penerimaan } from "./pengaturan";
export { cocok, penerimaanUntuk, tarik, terapkanPenerimaan, terima } from "./penerimaan";
