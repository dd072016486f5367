package io.sellercenter.export;

/**
 * The export's own connection, as the feature's mappers: a query opened through these
 * runs on the export pool (not on the pages' pool) and is the one the export stops when
 * its reader goes away.
 */
@FunctionalInterface
public interface ExportSession {

	<M> M mapper(Class<M> type);

}
