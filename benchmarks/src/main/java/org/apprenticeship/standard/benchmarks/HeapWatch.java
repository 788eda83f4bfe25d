package org.apprenticeship.standard.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through the garbage collector's notifications: the most heap in use just before
 * a collection (the peak, since the heap only grows between collections), and the most and the
 * last in use just after one (what is live). A cohort that runs in bounded memory shows a live heap
 * that does not grow with the number of records.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class HeapWatch implements NotificationListener {
  private final AtomicLong collections = new AtomicLong();
  private final AtomicLong peakBefore = new AtomicLong();
  private final AtomicLong maxAfter = new AtomicLong();
  private final AtomicLong lastAfter = new AtomicLong();

  private HeapWatch() {}

  /**
   * Starts watching every collector of this JVM.
   *
   * @return the watch; not null
   */
  public static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter) {
        ((NotificationEmitter) collector).addNotificationListener(watch, null, null);
      }
    }
    return watch;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
    long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
    collections.incrementAndGet();
    peakBefore.accumulateAndGet(before, Math::max);
    maxAfter.accumulateAndGet(after, Math::max);
    lastAfter.set(after);
  }

  /** The heap pools only: the names the JVM's collectors give them, without the code cache and metaspace. */
  private static long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      String name = pool.getKey();
      boolean heap = name.contains("Eden") || name.contains("Survivor") || name.contains("Old") || name.contains("Tenured")
          || name.contains("ZHeap") || name.contains("ZGC") || name.contains("Shenandoah");
      if (heap) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  /**
   * Says what was seen so far, in MiB, with the maximum heap of this JVM.
   *
   * @return such as {@code "heap max 256.0 MiB; 812 collections; peak in use 201.3 MiB; live after collection at most 19.8 MiB, last 14.2 MiB"}
   */
  public String report() {
    return String.format(Locale.ROOT, "heap max %.1f MiB; %d collections; peak in use %.1f MiB; live after collection at most %.1f MiB, last %.1f MiB",
        mib(Runtime.getRuntime().maxMemory()), collections.get(), mib(peakBefore.get()), mib(maxAfter.get()), mib(lastAfter.get()));
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
