// The version `asso --version` prints; kept apart so that printing it loads nothing else.
export const VERSION = '0.1.0';
