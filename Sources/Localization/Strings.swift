/// The one table of user-facing text. Each area of the tool adds its entries in an extension
/// in this module (`Strings+Validation.swift`, `Strings+ErrorCodes.swift`, ...), so a
/// translator finds every string in one place and none is left in a single language.
public enum Strings {}
