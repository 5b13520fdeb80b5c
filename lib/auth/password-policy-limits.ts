// The length limits of a password, apart from the rules that need the common-password list (server only).
export const MIN_LENGTH = 12;
export const MAX_LENGTH = 128;
