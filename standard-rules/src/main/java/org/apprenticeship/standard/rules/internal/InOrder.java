package org.apprenticeship.standard.rules.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Applies a function to the items of an iterator on several threads, and gives the results in the
 * order of the items: the work of a cohort on every core. Memory stays bounded: at most
 * {@code window} items are in flight (taken from the source and not yet given back as results),
 * and, beyond the first, only while their sizes add up to less than {@code maxSize}; so one huge
 * item is worked on alone. Items are taken from the source, and results given back, in the thread
 * that calls {@link #next()}; the function runs on the workers. With one thread there are no workers:
 * each item is taken and worked on when its result is asked for, and nothing is read ahead.
 *
 * <p>{@link #close()} stops the run: items not yet started are dropped, and the workers end. Workers
 * are daemon threads that also end after a second without work, so a run that is dropped without
 * being closed leaves no thread behind.
 *
 * <p>Not thread-safe: one thread iterates.
 *
 * @param <A> the type of the items
 * @param <B> the type of the results
 */
public final class InOrder<A, B> implements Iterator<B>, AutoCloseable {
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final Iterator<? extends A> source;
  private final Function<? super A, ? extends B> work;
  private final ToLongFunction<? super A> size;
  private final int threads;
  private final int window;
  private final long maxSize;
  private final ArrayDeque<InFlight<B>> inFlight = new ArrayDeque<>();
  private ThreadPoolExecutor workers;
  private long sizeInFlight;
  private boolean closed;

  /**
   * A run over a source.
   *
   * @param source the items; not null
   * @param work the function, run on the workers; it must be safe to call from several threads at once
   * @param size the size of an item, for the bound on memory
   * @param threads how many workers, at least 1 (1: none, the caller's thread does the work)
   * @param window the most items in flight, at least {@code threads}
   * @param maxSize the size items in flight may reach, beyond the first
   */
  public InOrder(Iterator<? extends A> source, Function<? super A, ? extends B> work, ToLongFunction<? super A> size, int threads,
      int window, long maxSize) {
    if (threads < 1 || window < threads || maxSize < 0) {
      throw new IllegalArgumentException("need threads >= 1, window >= threads and maxSize >= 0, not " + threads + ", " + window
          + " and " + maxSize);
    }
    this.source = Objects.requireNonNull(source, "source");
    this.work = Objects.requireNonNull(work, "work");
    this.size = Objects.requireNonNull(size, "size");
    this.threads = threads;
    this.window = window;
    this.maxSize = maxSize;
  }

  /** An item taken and its result to come. */
  private static final class InFlight<B> {
    final Future<? extends B> result;
    final long size;

    InFlight(Future<? extends B> result, long size) {
      this.result = result;
      this.size = size;
    }
  }

  @Override
  public boolean hasNext() {
    ensureOpen();
    if (threads == 1) {
      return source.hasNext();
    }
    fill();
    return !inFlight.isEmpty();
  }

  @Override
  public B next() {
    ensureOpen();
    if (threads == 1) {
      return work.apply(source.next());
    }
    fill();
    InFlight<B> head = inFlight.pollFirst();
    if (head == null) {
      throw new NoSuchElementException();
    }
    sizeInFlight -= head.size;
    fill(); // keep the workers busy while this result is waited for and used
    return join(head.result);
  }

  /** Takes items from the source while the window has room, and hands them to the workers. */
  private void fill() {
    while (inFlight.size() < window && (inFlight.isEmpty() || sizeInFlight < maxSize) && source.hasNext()) {
      A item = source.next();
      long itemSize = size.applyAsLong(item);
      inFlight.addLast(new InFlight<>(workers().submit(() -> work.apply(item)), itemSize));
      sizeInFlight += itemSize;
    }
  }

  private ThreadPoolExecutor workers() {
    if (workers == null) {
      int run = RUNS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      ThreadFactory factory = task -> {
        Thread thread = new Thread(task, "cohort-" + run + "-worker-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
      workers.allowCoreThreadTimeOut(true);
    }
    return workers;
  }

  private B join(Future<? extends B> result) {
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for a result");
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the run is closed");
    }
  }

  /** Stops the run: items not started are dropped, and the workers end once their current item is done. */
  @Override
  public void close() {
    closed = true;
    for (InFlight<B> item : inFlight) {
      item.result.cancel(false);
    }
    inFlight.clear();
    sizeInFlight = 0;
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
