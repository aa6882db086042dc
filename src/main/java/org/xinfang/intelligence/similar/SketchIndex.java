package org.xinfang.intelligence.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The similar-matters index (相似事项索引), in memory and bounded: per matter its id, petitioner, place and
 * {@link TextSketch} in int arrays, and an inverted list from each sketch hash to the rows holding it. A question looks
 * up its own sketch's hashes, counts the rows sharing them and scores those by {@link TextSketch#similarity}. Memory is
 * about 300 bytes a matter (128 for the sketch, as much again in the lists, ids and map); at {@code capacity} the
 * oldest tenth (lowest ids) is dropped. Reads run in parallel, a write takes the lock alone.
 */
public final class SketchIndex {

    /** A hash held by more rows than this finds nothing useful (a bigram as common as 问题) and is not followed. */
    static final int LONGEST_LIST = 20_000;

    /** A match: the matter and its estimated similarity. */
    public record Hit(long matterId, double score) {
    }

    /** What a question may keep: a row's petitioner and place path. */
    public interface RowFilter {
        boolean keep(long matterId, long petitionerId, String placePath);
    }

    private final int capacity;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private int rows;
    private long[] matterIds = new long[1024];
    private long[] petitioners = new long[1024];
    private int[] places = new int[1024];
    private int[] sketches = new int[1024 * TextSketch.K];
    private byte[] lengths = new byte[1024];
    private final List<String> placePaths = new ArrayList<>();
    private final Map<String, Integer> placeIndex = new HashMap<>();
    private final Map<Integer, int[]> lists = new HashMap<>();
    private final Map<Integer, Integer> listLengths = new HashMap<>();
    private final Map<Long, Integer> rowOf = new HashMap<>();
    private final ThreadLocal<int[]> counts = new ThreadLocal<>();

    public SketchIndex(int capacity) {
        this.capacity = capacity;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return rows;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds a matter, or does nothing when it is in already. */
    public void add(long matterId, long petitionerId, String placePath, int[] sketch) {
        lock.writeLock().lock();
        try {
            if (rowOf.containsKey(matterId)) {
                return;
            }
            if (rows >= capacity) {
                dropOldest();
            }
            put(matterId, petitionerId, place(placePath), sketch, 0, sketch.length);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The {@code limit} rows most like {@code sketch} at {@code floor} or above, best first, that the filter keeps. */
    public List<Hit> query(int[] sketch, double floor, int limit, RowFilter filter) {
        lock.readLock().lock();
        try {
            int[] count = counts.get();
            if (count == null || count.length < rows) {
                count = new int[Math.max(rows, 1024) + rows / 4];
                counts.set(count);
            }
            int[] touched = new int[64];
            int t = 0;
            for (int h : sketch) {
                int[] list = lists.get(h);
                if (list == null) {
                    continue;
                }
                int n = listLengths.get(h);
                if (n > LONGEST_LIST) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    int row = list[i];
                    if (count[row]++ == 0) {
                        if (t == touched.length) {
                            touched = Arrays.copyOf(touched, t * 2);
                        }
                        touched[t++] = row;
                    }
                }
            }
            PriorityQueue<Hit> best = new PriorityQueue<>(limit + 1, java.util.Comparator.comparingDouble(Hit::score));
            for (int i = 0; i < t; i++) {
                int row = touched[i];
                count[row] = 0;
                double s = TextSketch.similarity(sketch, sketches, row * TextSketch.K, lengths[row]);
                if (s < floor || (best.size() == limit && s <= best.peek().score()) 
                        || !filter.keep(matterIds[row], petitioners[row], placePaths.get(places[row]))) {
                    continue;
                }
                best.add(new Hit(matterIds[row], s));
                if (best.size() > limit) {
                    best.poll();
                }
            }
            List<Hit> hits = new ArrayList<>(best);
            hits.sort(java.util.Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::matterId));
            return hits;
        } finally {
            lock.readLock().unlock();
        }
    }

    private int place(String path) {
        String p = path == null ? "" : path;
        return placeIndex.computeIfAbsent(p, k -> {
            placePaths.add(k);
            return placePaths.size() - 1;
        });
    }

    private void put(long matterId, long petitionerId, int place, int[] from, int offset, int length) {
        if (rows == matterIds.length) {
            int n = rows * 2;
            matterIds = Arrays.copyOf(matterIds, n);
            petitioners = Arrays.copyOf(petitioners, n);
            places = Arrays.copyOf(places, n);
            lengths = Arrays.copyOf(lengths, n);
            sketches = Arrays.copyOf(sketches, n * TextSketch.K);
        }
        int row = rows++;
        matterIds[row] = matterId;
        petitioners[row] = petitionerId;
        places[row] = place;
        lengths[row] = (byte) length;
        System.arraycopy(from, offset, sketches, row * TextSketch.K, length);
        rowOf.put(matterId, row);
        for (int i = 0; i < length; i++) {
            int h = from[offset + i];
            int n = listLengths.getOrDefault(h, 0);
            int[] list = lists.get(h);
            if (list == null || list.length == n) {
                list = list == null ? new int[2] : Arrays.copyOf(list, n * 2);
                lists.put(h, list);
            }
            list[n] = row;
            listLengths.put(h, n + 1);
        }
    }

    /** Keeps the newest nine tenths by id: the rows are written again, the lists built anew. */
    private void dropOldest() {
        long[] sorted = Arrays.copyOf(matterIds, rows);
        Arrays.sort(sorted);
        long cutoff = sorted[rows / 10];
        long[] ids = matterIds;
        long[] pets = petitioners;
        int[] pl = places;
        int[] sk = sketches;
        byte[] len = lengths;
        int old = rows;
        rows = 0;
        matterIds = new long[ids.length];
        petitioners = new long[ids.length];
        places = new int[ids.length];
        lengths = new byte[ids.length];
        sketches = new int[sk.length];
        lists.clear();
        listLengths.clear();
        rowOf.clear();
        for (int r = 0; r < old; r++) {
            if (ids[r] >= cutoff) {
                put(ids[r], pets[r], pl[r], sk, r * TextSketch.K, len[r]);
            }
        }
    }
}
