#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DraftStore;
struct Draft;

// What moving drafts to another account did.
struct DraftMoveResult
{
    QStringList moved;   // ids now on the target account
    QStringList refused; // one sentence per draft that stayed where it was
};

// Moves drafts to another account profile of the same family (a removed account's, or one
// whose login changed). A draft being edited or refused stays so; one waiting in the outbox
// waits in the target's outbox. A draft whose send may have happened (sending, lost answer,
// waiting for the user's decision), that was sent, that is between two steps (a cart with
// some numbers bought) or that its kind keeps on its account (DraftKindRules::whyItStays)
// stays where it is: moving it could create it twice, or on the wrong account. What a moved
// draft keeps is its kind's business (DraftKindRules::copied: a purchase drops its
// confirmation, which named the old account).
//
//     const DraftMoveResult r = DraftMove::move(store, ids, target.profile().id);
class DraftMove
{
    Q_DECLARE_TR_FUNCTIONS(DraftMove)

public:
    // Whether this draft may move; the reason when not. With a store, its kind's rules
    // have their say too.
    static bool canMove(const Draft &draft, QString *why = nullptr,
                        const DraftStore *store = nullptr);
    static DraftMoveResult move(DraftStore *store, const QStringList &ids,
                                const QString &targetProfileId);
};
