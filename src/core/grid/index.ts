export * from "./address";
export * from "./grid";
export { fromR1C1, toR1C1 } from "./r1c1";
export {
  cellReferences,
  intiRumus,
  linearReferences,
  ratioReferences,
  refleksiReferences,
  shareOfSumReferences,
  sumRanges,
  sumReferences,
} from "./rujukan";
