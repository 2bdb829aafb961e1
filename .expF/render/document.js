export const amount = (cents) => ({ cents });
