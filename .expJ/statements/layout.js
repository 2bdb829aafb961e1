// The shape of a statement layout: data, read by one engine (reports/). A line takes the accounts
// whose longest listed prefix is one of its own.
export {};
