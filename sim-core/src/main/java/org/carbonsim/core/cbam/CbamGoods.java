package org.carbonsim.core.cbam;

/**
 * The goods CBAM covers (Regulation (EU) 2023/956, Annex I): the categories an exporting sector may
 * declare. Closed set.
 */
public enum CbamGoods {
    CEMENT,
    IRON_AND_STEEL,
    ALUMINIUM,
    FERTILISERS,
    HYDROGEN,
    ELECTRICITY
}
