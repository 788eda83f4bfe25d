package org.apprenticeship.standard.model.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apprenticeship.standard.model.FindingCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the violations of a class-level constraint, each with its finding code and the path of
 * the value concerned relative to the validated value, carried as the violation's dynamic payload.
 */
public final class Violations {
  private final ConstraintValidatorContext context;
  private boolean valid = true;

  /** What a violation of a class-level constraint carries: its code, its relative path, its message. */
  public static final class Detail {
    private final FindingCode code;
    private final String relativePath;
    private final String message;

    Detail(FindingCode code, String relativePath, String message) {
      this.code = code;
      this.relativePath = relativePath;
      this.message = message;
    }

    /** The finding code. */
    public FindingCode code() {
      return code;
    }

    /** The path of the value concerned, from {@code $} as the validated value. */
    public String relativePath() {
      return relativePath;
    }

    /** What must or should hold. */
    public String message() {
      return message;
    }
  }

  public Violations(ConstraintValidatorContext context) {
    this.context = context;
    context.disableDefaultConstraintViolation();
  }

  /** Reports one violation. */
  public void report(FindingCode code, String relativePath, String message) {
    valid = false;
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.withDynamicPayload(new Detail(code, relativePath, message));
    hibernate.buildConstraintViolationWithTemplate(escape(relativePath + ": " + message)).addConstraintViolation();
  }

  /**
   * Reports every item of a list whose key an earlier item already has.
   *
   * @param listPath the relative path of the list
   * @param field the name of the key's property in an item, or null when the items are the keys
   * @param what what the key is, for the message, such as "KSB code"
   */
  public <T> void unique(FindingCode code, String listPath, String field, List<T> items,
      Function<T, String> key, String what) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        String itemPath = JsonPaths.index(listPath, i);
        report(code, field == null ? itemPath : JsonPaths.property(itemPath, field),
            what + " " + value + " is already used at index " + earlier + "; it must be unique");
      }
    }
  }

  /** True when nothing was reported. */
  public boolean valid() {
    return valid;
  }

  /** Escapes the characters that message interpolation would otherwise read as parameters or expressions. */
  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
