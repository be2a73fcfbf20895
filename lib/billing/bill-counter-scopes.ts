/** pagoPA segregation code of water bills, shared by the seed and the runtime billing. */
export const waterSegregationCode = "01";

/** `ProtocolCounter` scope of bill numbers. */
export const billCounterScope = "bill";

/** `ProtocolCounter` scope of the IUV serials of water-bill notices. */
export const waterNoticeCounterScope = `iuv:${waterSegregationCode}`;
