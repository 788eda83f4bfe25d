package org.apprenticeship.standard.rules.internal;

import java.util.function.Function;

/**
 * What is worked out from a value, kept for the value last asked about, by identity: a cohort is
 * evaluated on one standard by one set of funding rules, so this is made once for it; another value
 * replaces it, so memory stays bounded. Thread-safe when what is made is only read once made.
 *
 * @param <K> what it is worked out from
 * @param <V> what is worked out
 */
final class LastUsed<K, V> {
  private final Function<K, V> make;
  private volatile Entry<K, V> last;

  LastUsed(Function<K, V> make) {
    this.make = make;
  }

  /** What is worked out from {@code key}, made when {@code key} is not the value last asked about. */
  V of(K key) {
    Entry<K, V> entry = last;
    if (entry == null || entry.key != key) {
      entry = new Entry<>(key, make.apply(key));
      last = entry;
    }
    return entry.value;
  }

  private static final class Entry<K, V> {
    final K key;
    final V value;

    Entry(K key, V value) {
      this.key = key;
      this.value = value;
    }
  }
}
