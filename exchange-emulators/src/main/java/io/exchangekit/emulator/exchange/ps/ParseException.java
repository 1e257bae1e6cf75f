package io.exchangekit.emulator.exchange.ps;

/** A script outside the supported subset or not valid PowerShell; nothing of it runs. */
final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorId;
  private final String source;
  private final int position;

  ParseException(String message, String errorId, String source, int position) {
    super(message);
    this.errorId = errorId;
    this.source = source;
    this.position = position;
  }

  String errorId() {
    return errorId;
  }

  int position() {
    return position;
  }

  /** Windows PowerShell's rendering of a parse error. */
  String render() {
    int col = Math.min(position, source.length());
    return "At line:1 char:"
        + (col + 1)
        + "\n+ "
        + source.replace('\n', ' ')
        + "\n+ "
        + " ".repeat(col)
        + "~\n"
        + getMessage()
        + "\n    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n"
        + "    + FullyQualifiedErrorId : "
        + errorId;
  }
}
