package org.carbonsim.core.registry;

/**
 * Why allowances moved. Each reason is of one kind: creation (issuance), a move between accounts,
 * destruction by surrender, destruction by cancellation, or a memo that moves nothing.
 */
public enum TransferReason {
    /** Free allocation, pre-allocation, or filling a reserve or the auction account. */
    ISSUANCE(Kind.CREATE),
    /** Issuance of the rest of an allocation after verification. */
    TRUE_UP(Kind.CREATE),
    /** Early issuance of next year's vintage to an enterprise that borrows; owed back as a debt. */
    BORROWING(Kind.CREATE),
    /** A trade settled between two accounts. */
    TRADE(Kind.MOVE),
    /** A sale from the auction account. */
    AUCTION(Kind.MOVE),
    /** A transfer from a reserve to an enterprise (new-entrant allocation). */
    ALLOCATION(Kind.MOVE),
    /** A government intervention sale or buy-back. */
    INTERVENTION(Kind.MOVE),
    /** Physical delivery of a forward contract, seller to the clearing house or the clearing house to buyer. */
    FORWARD_DELIVERY(Kind.MOVE),
    /** A sale under repurchase (回购) to the lender, or the repurchase back from it. */
    REPO(Kind.MOVE),
    /** Pledged allowances taken by the lender because the loan was not repaid at maturity. */
    PLEDGE_FORFEIT(Kind.MOVE),
    /** Allowances surrendered for compliance. */
    SURRENDER(Kind.SURRENDER),
    /** A voluntary or administrative cancellation. */
    CANCELLATION(Kind.CANCEL),
    /** Withdrawal of over-allocation after verification. */
    WITHDRAWAL(Kind.CANCEL),
    /** Allowances cancelled at the deadline because the banking rule does not let them be carried. */
    BANKING_CANCELLATION(Kind.CANCEL),
    /** Memo: tonnes of an issuance held back to settle a debt (never created). */
    DEBT_NETTING(Kind.MEMO),
    /** Memo: tonnes locked in their account as the collateral of a pledge (质押); nothing moves. */
    PLEDGE_LOCK(Kind.MEMO),
    /** Memo: pledged tonnes released to their owner; nothing moves. */
    PLEDGE_RELEASE(Kind.MEMO);

    /** What a reason does to the allowances in circulation. */
    public enum Kind {
        /** Creates allowances. */
        CREATE,
        /** Moves allowances between accounts. */
        MOVE,
        /** Destroys allowances by surrender. */
        SURRENDER,
        /** Destroys allowances by cancellation. */
        CANCEL,
        /** Moves nothing. */
        MEMO
    }

    private final Kind kind;

    TransferReason(Kind kind) {
        this.kind = kind;
    }

    /** What this reason does. */
    public Kind kind() {
        return kind;
    }
}
