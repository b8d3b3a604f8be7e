// Plain Excel formulas for IKU.* calls ("Siap kirim"): see plainFormula.ts for the contract.
export { toPlainFormula, hasIkuCall, FUNGSI_IKU, PANJANG_MAKS } from "./plainFormula";
export type { PlainResult, Pesan } from "./plainFormula";
export { tokenize } from "./tokenize";
export type { Token, TokenKind } from "./tokenize";
