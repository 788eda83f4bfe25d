package org.apprenticeship.standard.model;

import java.util.Objects;

/**
 * The three kinds of KSB, each with the letter that starts its codes.
 *
 * @since 0.1.0
 */
public enum KsbType {
  /** What the apprentice must know; codes {@code K1}, {@code K2}, ... */
  KNOWLEDGE('K'),
  /** What the apprentice must be able to do; codes {@code S1}, {@code S2}, ... */
  SKILL('S'),
  /** How the apprentice must act; codes {@code B1}, {@code B2}, ... */
  BEHAVIOUR('B');

  private final char letter;

  KsbType(char letter) {
    this.letter = letter;
  }

  /**
   * Returns the letter that starts the codes of this type.
   *
   * @return {@code K}, {@code S} or {@code B}
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the type that a KSB code names by its first letter.
   *
   * @param code a KSB code such as {@code S12}; not null
   * @return the type; not null
   * @throws IllegalArgumentException if the code does not start with K, S or B
   * @throws NullPointerException if {@code code} is null
   */
  public static KsbType ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (KsbType type : values()) {
      if (!code.isEmpty() && code.charAt(0) == type.letter) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a KSB code: \"" + code + "\"; a KSB code starts with K, S or B");
  }
}
