package org.apprenticeship.standard.model.internal;

/** Writes values of a document into messages: short, and on one line. */
public final class Texts {
  private static final int LONGEST = 40;

  private Texts() {}

  /** A text in double quotes, cut to 40 characters, with quotes, backslashes and control characters escaped. */
  public static String quoted(String text) {
    String cut = text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
    StringBuilder quoted = new StringBuilder(cut.length() + 2).append('"');
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\r':
          quoted.append("\\r");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(cut, i)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }

  /** A number as written, cut to 40 characters. */
  public static String number(String text) {
    return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
