package io.exchangekit.adapter.powershell;

/**
 * What a session pool has done so far.
 *
 * @param opened sessions opened (processes started and connected)
 * @param reused leases served by a session that was already open
 * @param discarded sessions thrown away (broken, hung, expired or closed)
 * @param retried operations repeated on a fresh session after their session broke
 * @param open sessions open now
 */
public record PoolFigures(long opened, long reused, long discarded, long retried, int open) {}
