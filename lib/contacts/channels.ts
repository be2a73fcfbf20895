/** A phone line as printed and as dialled. */
export type PhoneNumber = { display: string; href: string };

/** Toll-free number of the water service (SII) call center. */
export const siiTollFreeNumber: PhoneNumber = { display: "800 021 800", href: "tel:800021800" };

/** Contact Center of the public-housing (ERP) division, open 24 hours a day, every day. */
export const erpContactCenterNumber: PhoneNumber = { display: "800 013 191", href: "tel:800013191" };

/** The single European emergency number, for danger to people. */
export const europeanEmergencyNumber: PhoneNumber = { display: "112", href: "tel:112" };

// TODO: add the water network's emergency (pronto intervento) line and the SII toll-free
// line's opening hours once MM confirms them. Until then the public pages send leaks to the
// toll-free number and state only that the call is free.
